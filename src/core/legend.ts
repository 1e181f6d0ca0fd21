/**
 * What the legend lists, from what the map draws: one list for the legend on screen and for the
 * legend of an exported image, so that no mark drawn goes without an entry in either.
 */
import { lineStyleOf, type LineStyle } from './link-drawing';
import { phrase, type Text } from './messages';
import { markerLegend, type ActorSummary } from './summary';
import type { PartnershipStatus } from './types';

export type LegendKind =
  | 'state'
  | 'organization'
  | 'place'
  | 'ribbon'
  | LineStyle
  | 'selected'
  | 'disputed'
  | 'members'
  | 'partners';

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
