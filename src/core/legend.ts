/**
 * What the legend lists, from what the map draws: one list for the legend on screen and for the
 * legend of an exported image, so that no mark drawn goes without an entry in either.
 */
import {
  ALL_DOMAINS,
  drawnDomainMask,
  lineStyleOf,
  maskDomains,
  type LineStyle,
} from './link-drawing';
import { phrase, type Text } from './messages';
import { markerLegend, STATUSES, type ActorSummary, type DatasetSummary } from './summary';
import type { PartnershipStatus } from './types';

export type LegendKind =
  | 'state'
  | 'organization'
  | 'place'
  | 'ribbon'
  | LineStyle
  | 'selected'
  | 'party'
  | 'disputed'
  | 'members'
  | 'partners';

/** A corner of the map, where a legend block may sit. */
export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** What the map's view holds, for a legend of it (`MapController.frameContents`). */
export interface FrameContents {
  /** Pairs drawn in the view. */
  pairs: number[];
  /** Whether a disputed boundary is drawn in it. */
  disputed: boolean;
  /** Where a legend block covers the fewest points of those pairs' links. */
  corner: Corner;
}

export interface LegendItem {
  kind: LegendKind;
  text: Text;
  /** For members and partners: the group the entry switches on and off. */
  group?: string;
}

/** A group of states shaded (members) or outlined (a framework's partners) on the map. */
export interface LegendGroup {
  id: string;
  name: string;
  count: number;
}

export interface LegendInput {
  actors: readonly Pick<ActorSummary, 'kind' | 'anchorKind'>[];
  /** The statuses the dataset's partnerships have. */
  statuses: Iterable<PartnershipStatus>;
  /** The organization whose members and frameworks the map shows, if any. */
  focus: { name: string; members: LegendGroup | null; frameworks: LegendGroup[] } | null;
  /** Groups switched off in the legend: not drawn. */
  hiddenGroups: readonly string[];
  /**
   * Only what is drawn now (an exported image): the selection's entry only while a partnership is
   * selected, and no entry for a group switched off. On screen every entry stays, to explain and
   * to switch.
   */
  drawnOnly?: { selected: boolean };
}

const LINE_TEXT: Record<LineStyle, Text> = {
  dashed: phrase('legend.dashed'),
  solid: phrase('legend.solid'),
  dotted: phrase('legend.dotted'),
};

/**
 * The legend's entries in order: markers, the ribbon, the line styles, the selection, disputed
 * boundaries, then the organization's members and its frameworks' partners. Dashed and solid are
 * always explained; dotted (no status given) only where the data has it.
 */
export function legendItems(input: LegendInput): LegendItem[] {
  const styles = new Set<LineStyle>(['dashed', 'solid']);
  for (const status of input.statuses) styles.add(lineStyleOf(status));
  const drawnOnly = input.drawnOnly;
  const shown = (group: LegendGroup) => !drawnOnly || !input.hiddenGroups.includes(group.id);
  const items: LegendItem[] = markerLegend(input.actors).map((m) => ({
    kind: m.kind,
    text: phrase(m.label),
  }));
  items.push({ kind: 'ribbon', text: phrase('legend.ribbon') });
  for (const style of ['dashed', 'solid', 'dotted'] as const) {
    if (styles.has(style)) items.push({ kind: style, text: LINE_TEXT[style] });
  }
  if (!drawnOnly || drawnOnly.selected) {
    items.push({ kind: 'selected', text: phrase('legend.selected') });
  }
  items.push({ kind: 'disputed', text: phrase('legend.disputed') });
  const focus = input.focus;
  if (focus?.members && shown(focus.members)) {
    items.push({
      kind: 'members',
      group: focus.members.id,
      text: phrase('legend.members', { name: focus.name, count: focus.members.count }),
    });
  }
  for (const framework of focus?.frameworks ?? []) {
    if (!shown(framework)) continue;
    items.push({
      kind: 'partners',
      group: framework.id,
      text: phrase('legend.partners', { name: framework.name, count: framework.count }),
    });
  }
  return items;
}

export interface FrameLegendInput {
  summary: DatasetSummary;
  /** The partnerships drawn in the view (rows of the link table). */
  links: Iterable<number>;
  /** Whether a partnership is selected (drawn with its casing) in the view. */
  selected: boolean;
  /** Whether parties' territories are tinted. */
  parties: boolean;
  /** Whether a disputed boundary is drawn in the view. */
  disputed: boolean;
  focus: LegendInput['focus'];
  hiddenGroups: readonly string[];
  /** The ticked domains (a mask): a ribbon shows only their strands. Default: all. */
  ticked?: number;
}

/**
 * A legend of the view alone, for the presentation and an exported image: the markers, line
 * styles and domains of the partnerships drawn in it, the selection and the parties' territories
 * if shown, disputed boundaries if one is in view, and the groups shaded. Nothing that is not on
 * screen.
 */
export function frameLegend(input: FrameLegendInput): { items: LegendItem[]; domains: number[] } {
  const { summary } = input;
  const { partyA, partyB, status } = summary.links;
  const ticked = input.ticked ?? ALL_DOMAINS;
  const actors = new Set<number>();
  const styles = new Set<LineStyle>();
  let mask = 0;
  let count = 0;
  for (const link of input.links) {
    count++;
    actors.add(partyA[link] ?? 0);
    actors.add(partyB[link] ?? 0);
    styles.add(lineStyleOf(STATUSES[status[link] ?? 0] ?? 'not-given'));
    mask |= drawnDomainMask(summary, link, ticked);
  }
  const present = [...actors].flatMap((row) => summary.actors[row] ?? []);
  const kinds = new Set(present.map((a) => a.kind));
  const items: LegendItem[] = markerLegend(present)
    .filter((m) => kinds.has(m.kind))
    .map((m) => ({ kind: m.kind, text: phrase(m.label) }));
  if (count > 0) items.push({ kind: 'ribbon', text: phrase('legend.ribbonShort') });
  for (const style of ['dashed', 'solid', 'dotted'] as const) {
    if (styles.has(style)) items.push({ kind: style, text: LINE_TEXT[style] });
  }
  if (input.selected) items.push({ kind: 'selected', text: phrase('legend.selected') });
  if (input.parties) items.push({ kind: 'party', text: phrase('legend.party') });
  if (input.disputed) items.push({ kind: 'disputed', text: phrase('legend.disputed') });
  const groups = legendItems({
    actors: [],
    statuses: [],
    focus: input.focus,
    hiddenGroups: input.hiddenGroups,
    drawnOnly: { selected: false },
  }).filter((item) => item.group !== undefined);
  items.push(...groups);
  return { items, domains: maskDomains(mask >>> 0, summary.domains.length) };
}
