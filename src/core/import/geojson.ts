/**
 * Partnerships from GeoJSON: each LineString (or MultiLineString) is a partnership from its first
 * point to its last; Points are actors, found by the `origin` and `dest` properties of the lines.
 * Properties are recognised by the same names as CSV columns (`origin`, `dest`, `domains`,
 * `status`, `date`, `source`, `excerpt`, and `origin_name` / `dest_name` for names), so that the
 * GeoJSON this atlas exports comes back as it went out. Problems name the feature (its number,
 * from 1) and the property.
 */
import { spanReversed } from '../dates';
import { phrase, type Text } from '../messages';
import { readQuantity } from './number';
import { normalizeText } from '../search-text';
import {
  checkPoint,
  guessLinkMapping,
  LinkCollector,
  readDate,
  readSpanDate,
  readStatus,
  splitDomains,
  STATUS_VALUES,
  type ImportedActor,
  type LinkField,
  type LinksImport,
  type RowIssue,
} from './links-table';

type Properties = Record<string, unknown>;
interface FeatureLike {
  geometry: { type: string; coordinates?: unknown } | null;
  properties: Properties;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string'
      ? value.trim()
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : Array.isArray(value)
          ? value.map(text).join(';')
          : JSON.stringify(value);

/** The features of a GeoJSON value, or why it is not GeoJSON this import reads. */
function featuresOf(value: unknown): FeatureLike[] | Text {
  if (!isObject(value)) return phrase('import.notGeoJson');
  if (value.type === 'FeatureCollection' && Array.isArray(value.features)) {
    return value.features.map((feature) =>
      isObject(feature)
        ? {
            geometry: isObject(feature.geometry)
              ? (feature.geometry as FeatureLike['geometry'])
              : null,
            properties: isObject(feature.properties) ? feature.properties : {},
          }
        : { geometry: null, properties: {} },
    );
  }
  if (value.type === 'Feature') return featuresOf({ type: 'FeatureCollection', features: [value] });
  if (typeof value.type === 'string' && 'coordinates' in value) {
    return [{ geometry: value as FeatureLike['geometry'], properties: {} }];
  }
  return phrase('import.notGeoJson');
}

const isPosition = (value: unknown): value is [number, number] =>
  Array.isArray(value) &&
  typeof value[0] === 'number' &&
  typeof value[1] === 'number' &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]);

/** The first and last positions of a LineString or MultiLineString. */
function ends(geometry: NonNullable<FeatureLike['geometry']>): [unknown, unknown] | null {
  const coordinates = geometry.coordinates;
  if (!Array.isArray(coordinates)) return null;
  if (geometry.type === 'LineString') return [coordinates[0], coordinates.at(-1)];
  const first: unknown = coordinates[0];
  const last: unknown = coordinates.at(-1);
  return Array.isArray(first) && Array.isArray(last) ? [first[0], last.at(-1)] : null;
}

/** Reads a parsed GeoJSON value into links, with the problems of each feature. */
export function readGeoJson(value: unknown): LinksImport {
  const collected = new LinkCollector();
  const features = featuresOf(value);
  if (!Array.isArray(features)) {
    const result = collected.result();
    return { ...result, issues: [{ line: 0, column: '', value: '', message: features }] };
  }

  // Points first: they are the actors the lines name.
  const places = new Map<string, ImportedActor>();
  features.forEach((feature, index) => {
    if (feature.geometry?.type !== 'Point') return;
    const properties = feature.properties;
    const id = text(properties.id) || text(properties.name);
    const position = feature.geometry.coordinates;
    if (id === '' || !isPosition(position)) return;
    const checked = checkPoint(position[1], position[0]);
    if ('error' in checked) {
      collected.add(
        [
          {
            line: index + 1,
            column: 'geometry',
            value: JSON.stringify(position),
            message: checked.error,
          },
        ],
        null,
      );
      return;
    }
    const actor: ImportedActor = {
      key: id,
      name: text(properties.name) || id,
      nameAr: text(properties.name_ar) || null,
      point: checked.point,
      placedBy: 'file',
      entry: null,
    };
    places.set(normalizeText(id), actor);
  });

  features.forEach((feature, index) => {
    const line = index + 1;
    const geometry = feature.geometry;
    if (geometry?.type === 'Point') return;
    const rowIssues: RowIssue[] = [];
    const problem = (column: string, found: string, message: Text) =>
      rowIssues.push({ line, column, value: found, message });
    if (!geometry || (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString')) {
      problem('geometry', geometry?.type ?? '', phrase('import.geometryUnsupported'));
      collected.add(rowIssues, null);
      return;
    }
    // The properties as a header and a row, so that they are recognised as CSV columns are.
    const keys = Object.keys(feature.properties);
    const { mapping } = guessLinkMapping(keys);
    const property = (field: LinkField) => {
      const at = mapping[field];
      return at === undefined
        ? { key: '', value: '' }
        : { key: keys[at] ?? '', value: text(feature.properties[keys[at] ?? '']) };
    };
    const nameOf = (side: 'origin' | 'dest') => {
      const names =
        side === 'origin'
          ? ['origin_name', 'source_name', 'from_name']
          : ['dest_name', 'target_name', 'to_name'];
      const key = keys.find((k) => names.includes(k.toLowerCase()));
      return key === undefined || !Object.hasOwn(feature.properties, key)
        ? ''
        : text(feature.properties[key]);
    };

    const endpoints = ends(geometry);
    const parties = (['origin', 'dest'] as const).map((side, i): ImportedActor | null => {
      const position = endpoints?.[i];
      if (!isPosition(position)) {
        problem('geometry', JSON.stringify(position ?? null), phrase('import.lineEnds'));
        return null;
      }
      const checked = checkPoint(position[1], position[0]);
      if ('error' in checked) {
        problem('geometry', JSON.stringify(position), checked.error);
        return null;
      }
      const id = property(side).value;
      const known = id === '' ? undefined : places.get(normalizeText(id));
      const name = nameOf(side) || known?.name || id;
      return {
        key: known?.key ?? (id !== '' ? id : `${checked.point[1]},${checked.point[0]}`),
        name: name || `${checked.point[1].toFixed(2)}, ${checked.point[0].toFixed(2)}`,
        nameAr: known?.nameAr ?? null,
        // The line's own end is where the file draws it.
        point: checked.point,
        placedBy: 'file',
        entry: null,
      };
    });
    const [origin, dest] = parties;
    if (origin && dest && origin.key === dest.key) {
      problem(property('dest').key, property('dest').value, phrase('import.sameActor'));
    }
    const status = readStatus(property('status').value);
    if (status === undefined) {
      problem(
        property('status').key,
        property('status').value,
        phrase('import.statusUnknown', { values: STATUS_VALUES.join(', ') }),
      );
    }
    const dateText = property('date').value;
    const date = dateText === '' ? null : readDate(dateText);
    if (dateText !== '' && date === null) {
      problem(property('date').key, dateText, phrase('import.dateInvalid'));
    }
    const span = (side: 'start' | 'end') => {
      const found = readSpanDate(property(side).value, side);
      if (found === undefined) {
        problem(property(side).key, property(side).value, phrase('import.dateInvalid'));
      }
      return found ?? null;
    };
    const start = span('start');
    const end = span('end');
    if (start && end && spanReversed(start, end)) {
      problem(property('end').key, end, phrase('import.spanReversed', { start, end }));
    }
    const value = readQuantity(property('value').value);
    if (property('value').key !== '') collected.sawValueColumn(property('value').key);
    if ('error' in value) problem(property('value').key, property('value').value, value.error);
    const mapped = new Set(Object.values(mapping).map((at) => keys[at]));
    collected.add(
      rowIssues,
      rowIssues.length > 0 || !origin || !dest || status === undefined
        ? null
        : {
            line,
            parties: [origin, dest],
            domains: splitDomains(property('domains').value),
            status,
            date,
            start,
            end,
            source: property('source').value || null,
            excerpt: property('excerpt').value || null,
            value: 'value' in value ? value.value : null,
            fields: keys.flatMap((name) => {
              const found = mapped.has(name) ? '' : text(feature.properties[name]);
              return found === '' ? [] : [{ name, value: found }];
            }),
          },
    );
  });
  return collected.result();
}
