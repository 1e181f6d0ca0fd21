/**
 * GeoJSON for the map's data layers, built from a validated dataset. Built once per dataset: the
 * filter and the selection change what is shown through layer filters and feature state, never by
 * rebuilding these.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import { must, type DatasetIndex } from './dataset-index';
import { greatCircleArc } from './geometry';
import type { Actor, Dataset, LonLat } from './types';

export interface ArcProperties {
  id: string;
  /** Number of cooperation domains the partnership cites. */
  domainCount: number;
  status: string;
}

export interface ActorProperties {
  id: string;
  kind: Actor['kind'];
  name: string;
}

export function anchorOf(actor: Actor): LonLat {
  return [actor.anchor.lon, actor.anchor.lat];
}

/** One great-circle line per partnership, from its first party's anchor to its second's. */
export function arcFeatures(
  dataset: Dataset,
  index: DatasetIndex,
): FeatureCollection<LineString, ArcProperties> {
  return {
    type: 'FeatureCollection',
    features: dataset.partnerships.map((p) => ({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: greatCircleArc(
          anchorOf(must(index.actors, p.parties[0])),
          anchorOf(must(index.actors, p.parties[1])),
        ),
      },
      properties: { id: p.id, domainCount: p.domains.length, status: p.status },
    })),
  };
}

/** A point for every actor that takes part in a partnership, at its anchor. */
export function linkedActorFeatures(
  dataset: Dataset,
  index: DatasetIndex,
): FeatureCollection<Point, ActorProperties> {
  return {
    type: 'FeatureCollection',
    features: dataset.actors
      .filter((actor) => index.linkedActorIds.has(actor.id))
      .map((actor) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...anchorOf(actor)] },
        properties: { id: actor.id, kind: actor.kind, name: actor.name.en },
      })),
  };
}
