/**
 * How partnerships are drawn: a ribbon of parallel strands along an arc, one strand per domain in
 * that domain's colour, widening with the number of domains; dashed for talks and intent, solid for
 * a signed agreement, dotted where no status is given.
 *
 * Two levels. Every pair of parties gets one ribbon carrying the domains of all their
 * partnerships, drawn by the GPU as one instance per pair (`pair-instances.ts`,
 * `map/arc-layer.ts`), which keeps hundreds of thousands of partnerships cheap to draw. The partnerships of the pair under the pointer, and the
 * selected one, are drawn one by one on top (`highlightFeatures`): real strands, bowed apart when
 * the pair has several, so each is visible and clickable on its own.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { bowedArc, PAIR_BOW } from './bowed-arc';
import { palette } from './palette';
import { STATUSES, type DatasetSummary } from './summary';
import type { PartnershipStatus } from './types';

/**
 * How a link's line is drawn, from what its status says: solid for a signed agreement, dashed for
 * talks held or intent expressed, dotted where the source gives no status (imported rows), so that
 * a file that says nothing is never drawn as if it said "talks".
 */
export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** The line style of each status. */
export function lineStyleOf(status: PartnershipStatus): LineStyle {
  if (status === 'not-given') return 'dotted';
  // Solid while an agreement is in force (signed or renewed); dashed before one, or after it.
  return status === 'agreement-signed' || status === 'renewed' ? 'solid' : 'dashed';
}

/** Which style wins on a pair's ribbon: what is known most firmly (solid over dashed over dotted). */
const STYLE_RANK: Record<LineStyle, number> = { dotted: 0, dashed: 1, solid: 2 };

const statusStyle = (summary: DatasetSummary, link: number): LineStyle =>
  lineStyleOf(STATUSES[summary.links.status[link] ?? 0] ?? 'not-given');

/** Ribbon width in CSS pixels at the overview zoom, for a link with `domains` domains. */
export function ribbonWidth(domains: number): number {
  // One domain: a 3 px line; more: 4 px a domain (strands of 3.4 px), up to 16 px.
  return domains <= 1 ? 3 : Math.min(16, 4 * domains);
}

/** A mask with every domain ticked. */
export const ALL_DOMAINS = 0xffffffff;

/** Space between neighbouring strands, as a share of a strand's width. */
export const STRAND_GAP = 0.15;

/**
 * The narrowest a strand may be on screen, in CSS pixels, for its colour to be told from its
 * neighbours'. A ribbon whose strands would be thinner is drawn in one neutral colour, and its
 * domains are named in words (tooltip, details, caption).
 */
export const MIN_STRAND_PX = 3;

/** How much wider than at the overview zoom lines are drawn at `zoom` (the style's scaling). */
export function zoomScale(zoom: number): number {
  if (zoom <= 2) return 0.75;
  if (zoom <= 4) return 0.75 + ((zoom - 2) / 2) * 0.25;
  if (zoom <= 7) return 1 + ((zoom - 4) / 3) * 0.4;
  return 1.4;
}

/**
 * Whether a ribbon `width` CSS pixels wide (at the overview zoom) shows its `domains` as strands
 * when lines are drawn `scale` times that width: each strand at least `MIN_STRAND_PX` on screen.
 */
export function strandsReadable(domains: number, width: number, scale: number): boolean {
  if (domains <= 1) return true;
  return (width / domains) * (1 - STRAND_GAP) * scale >= MIN_STRAND_PX - 1e-6;
}

/** How far apart neighbouring partnerships of one pair bow, as a share of the arc's length. */
const BEND_STEP = 0.1;
/**
 * The widest spread of a pair's partnerships' bows: twenty partnerships on one pair share it
 * rather than bowing out to the far side of the world.
 */
const BEND_SPREAD = 0.3;

export interface StrandProperties {
  /** Row of the partnership in the summary's link table; also the feature id. */
  link: number;
  /** Index of the domain in the dataset's taxonomy; -1 for a ribbon drawn in the neutral colour. */
  domain: number;
  color: string;
  /** Strand width in CSS pixels at the overview zoom. */
  width: number;
  /** Sideways offset of the strand from the arc, in CSS pixels at the overview zoom. */
  offset: number;
  style: LineStyle;
}

/**
 * The bow of each partnership of a pair: the pair's own (`PAIR_BOW`) for its only link, so that it
 * lies on the ribbon, else spread evenly on both sides of it (0.04, 0.14, 0.24 for three), in the
 * order the dataset lists them.
 */
export function linkBend(summary: DatasetSummary, link: number): number {
  const { pairStart, pairLinks } = summary.pairs;
  const pair = summary.links.pair[link] ?? 0;
  const start = pairStart[pair] ?? 0;
  const count = (pairStart[pair + 1] ?? 0) - start;
  if (count <= 1) return PAIR_BOW;
  let slot = 0;
  while (slot < count && pairLinks[start + slot] !== link) slot++;
  const step = Math.min(BEND_STEP, BEND_SPREAD / (count - 1));
  return PAIR_BOW + (slot - (count - 1) / 2) * step;
}

/**
 * The centre line of a partnership, as [lon, lat] points, from the first party of the pair's first
 * link (the bows of a pair's links all fall on the same side of one chord; see `bowedArc`).
 */
export function linkLine(summary: DatasetSummary, link: number): [number, number][] {
  const { links, actors, pairs } = summary;
  const first = pairs.pairLinks[pairs.pairStart[links.pair[link] ?? 0] ?? 0] ?? link;
  const a = actors[links.partyA[first] ?? 0];
  const b = actors[links.partyB[first] ?? 0];
  if (!a || !b) return [];
  return bowedArc(a.anchor, b.anchor, linkBend(summary, link));
}

/**
 * The domains of a link drawn as strands: those of `ticked` (a mask of the taxonomy) it cites, or
 * all it cites when it cites none of them.
 */
export function drawnDomainMask(summary: DatasetSummary, link: number, ticked: number): number {
  const mask = summary.links.domainMask[link] ?? 0;
  return (mask & ticked) >>> 0 || mask;
}

/**
 * The strands of one partnership, centred on its line, in taxonomy order (of the ticked domains
 * only); or, where they would be too thin to tell apart at line scale `scale`
 * (`strandsReadable`), one ribbon in `neutral`.
 */
export function linkStrands(
  summary: DatasetSummary,
  link: number,
  line: [number, number][] = linkLine(summary, link),
  scale = 1,
  neutral: string = palette.linkNeutral,
  ticked = ALL_DOMAINS,
): Feature<LineString, StrandProperties>[] {
  const mask = drawnDomainMask(summary, link, ticked);
  const domains: number[] = [];
  summary.domains.forEach((_, d) => {
    if ((mask & (1 << d)) !== 0) domains.push(d);
  });
  const n = Math.max(1, domains.length);
  const style = statusStyle(summary, link);
  if (!strandsReadable(n, ribbonWidth(n), scale)) {
    const properties = {
      link,
      domain: -1,
      color: neutral,
      width: ribbonWidth(n),
      offset: 0,
      style,
    };
    return [
      {
        type: 'Feature',
        id: link,
        geometry: { type: 'LineString', coordinates: line },
        properties,
      },
    ];
  }
  const step = ribbonWidth(n) / n;
  const width = step * (1 - STRAND_GAP);
  return domains.map((domain, k) => ({
    type: 'Feature',
    id: link,
    geometry: { type: 'LineString', coordinates: line },
    properties: {
      link,
      domain,
      color: summary.domains[domain]?.color ?? '#000000',
      width: round2(width),
      offset: round2((k - (n - 1) / 2) * step),
      style,
    },
  }));
}

/** The domains of all the partnerships of a pair, as a mask. */
export function pairDomainMask(summary: DatasetSummary, pair: number): number {
  const { pairStart, pairLinks } = summary.pairs;
  let mask = 0;
  for (let k = pairStart[pair] ?? 0; k < (pairStart[pair + 1] ?? 0); k++) {
    mask |= summary.links.domainMask[pairLinks[k] ?? 0] ?? 0;
  }
  return mask >>> 0;
}

/**
 * A pair's ribbon style: solid when one of its partnerships is a signed agreement, else dashed when
 * one is talks or intent, else dotted (no status given for any).
 */
export function pairLineStyle(summary: DatasetSummary, pair: number): LineStyle {
  const { pairStart, pairLinks } = summary.pairs;
  let style: LineStyle = 'dotted';
  for (let k = pairStart[pair] ?? 0; k < (pairStart[pair + 1] ?? 0); k++) {
    const next = statusStyle(summary, pairLinks[k] ?? 0);
    if (STYLE_RANK[next] > STYLE_RANK[style]) style = next;
  }
  return style;
}

const STYLE_LETTER: Record<LineStyle, string> = { solid: 's', dashed: 'd', dotted: 'o' };

/** "ribbon-3-d": the pattern of a ribbon with the domains of mask 0x3, dashed ("s" solid, "o" dotted). */
export function patternName(mask: number, style: LineStyle): string {
  return `ribbon-${(mask >>> 0).toString(16)}-${STYLE_LETTER[style]}`;
}

/** The domain mask and line style of a pattern name, or null for any other image name. */
export function parsePatternName(name: string): { mask: number; style: LineStyle } | null {
  const match = /^ribbon-([0-9a-f]{1,8})-([dso])$/.exec(name);
  if (!match) return null;
  const style = match[2] === 'd' ? 'dashed' : match[2] === 'o' ? 'dotted' : 'solid';
  return { mask: Number.parseInt(match[1] ?? '0', 16) >>> 0, style };
}

/** Indices of the domains in a mask, in taxonomy order. */
export function maskDomains(mask: number, domainCount: number): number[] {
  const out: number[] = [];
  for (let d = 0; d < domainCount; d++) if ((mask & (1 << d)) !== 0) out.push(d);
  return out;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Extra width of a highlighted ribbon's casing beyond the ribbon, in CSS pixels. */
const CASING_MARGIN = 5;

export type HighlightRole = 'selected' | 'hovered' | 'focus';

export type HighlightProperties =
  | ({ part: 'strand'; role: HighlightRole } & StrandProperties)
  | { part: 'casing' | 'underlay'; role: HighlightRole; link: number; width: number };

/**
 * What the map draws over the dimmed links for the selected and the hovered partnership: a casing
 * (dark for the selection, white for the hover), a white underlay that shows through the dashes,
 * and a copy of the link's strands. The selection
 * comes first, so a hovered link is drawn above it. Empty when neither is set.
 */
export function highlightFeatures(
  summary: DatasetSummary,
  selected: number | null,
  hovered: readonly number[],
  focus: ArrayLike<number> & Iterable<number> = [],
  scale = 1,
  neutral: string = palette.linkNeutral,
  ticked = ALL_DOMAINS,
): FeatureCollection<LineString, HighlightProperties> {
  const features: Feature<LineString, HighlightProperties>[] = [];
  // The partnerships of the actor in focus: their own strands, without a casing, under the rest.
  const shown = new Set([selected, ...hovered]);
  for (const link of focus) {
    if (shown.has(link)) continue;
    for (const strand of linkStrands(summary, link, undefined, scale, neutral, ticked)) {
      features.push({
        ...strand,
        properties: { ...strand.properties, part: 'strand', role: 'focus' },
      });
    }
  }
  const add = (link: number, role: HighlightRole) => {
    const line = linkLine(summary, link);
    const strands = linkStrands(summary, link, line, scale, neutral, ticked);
    const domains = maskDomains(drawnDomainMask(summary, link, ticked), summary.domains.length);
    const full = ribbonWidth(Math.max(1, domains.length));
    for (const [part, width] of [
      ['casing', full + CASING_MARGIN],
      ['underlay', full + 1],
    ] as const) {
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: line },
        properties: { part, role, link, width },
      });
    }
    for (const strand of strands) {
      features.push({ ...strand, properties: { ...strand.properties, part: 'strand', role } });
    }
  };
  if (selected !== null) add(selected, 'selected');
  for (const link of hovered) if (link !== selected) add(link, 'hovered');
  return { type: 'FeatureCollection', features };
}
