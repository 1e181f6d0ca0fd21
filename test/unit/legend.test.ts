import { describe, expect, it } from 'vitest';
import { exportLayout } from '../../src/core/export-layout';
import { frameLegend, legendItems, type LegendInput } from '../../src/core/legend';
import { summarizeDataset } from '../../src/core/summary';
import { seedJson } from './helpers';

const ACTORS: LegendInput['actors'] = [
  { kind: 'state', anchorKind: 'capital' },
  { kind: 'organization', anchorKind: 'headquarters' },
];
const NATO: LegendInput['focus'] = {
  name: 'NATO',
  members: { id: 'members', name: 'NATO', count: 32 },
  frameworks: [{ id: 'med-dialogue', name: 'Mediterranean Dialogue', count: 7 }],
};

describe('the legend', () => {
  it('on screen explains every line style in use and every group, with its switch', () => {
    const items = legendItems({
      actors: ACTORS,
      statuses: ['talks-held'],
      focus: NATO,
      hiddenGroups: ['members'],
    });
    expect(items.map((i) => i.kind)).toEqual([
      'state',
      'organization',
      'ribbon',
      'dashed',
      'solid',
      'selected',
      'disputed',
      'members',
      'partners',
    ]);
    expect(items.find((i) => i.kind === 'members')?.group).toBe('members');
  });

  it('adds the dotted style only where some status is not given', () => {
    const kinds = (statuses: LegendInput['statuses']) =>
      legendItems({ actors: ACTORS, statuses, focus: null, hiddenGroups: [] }).map((i) => i.kind);
    expect(kinds(['talks-held'])).not.toContain('dotted');
    expect(kinds(['not-given', 'agreement-signed'])).toContain('dotted');
  });

  it('in an image lists only what is drawn: no selection entry without one, no hidden group', () => {
    const items = legendItems({
      actors: ACTORS,
      statuses: ['talks-held'],
      focus: NATO,
      hiddenGroups: ['members'],
      drawnOnly: { selected: false },
    });
    const kinds = items.map((i) => i.kind);
    expect(kinds).not.toContain('selected');
    expect(kinds).not.toContain('members');
    expect(kinds).toContain('partners');
  });
});

describe('the exported image’s layout', () => {
  it('never puts the legend over the map, whatever the sizes', () => {
    for (const width of [320, 520, 1040, 1920]) {
      for (const height of [200, 640, 1080]) {
        for (const rows of [1, 9, 18, 41]) {
          const layout = exportLayout({ width, height }, rows, 3);
          const { map, legend, footer } = layout;
          expect(legend.y).toBeGreaterThanOrEqual(map.y + map.height);
          expect(footer.y).toBeGreaterThanOrEqual(legend.y + legend.height);
          expect(layout.height).toBe(footer.y + footer.height);
          for (const row of layout.rows) {
            expect(row.y).toBeGreaterThanOrEqual(legend.y);
            expect(row.y + row.height).toBeLessThanOrEqual(legend.y + legend.height);
            expect(row.x + layout.columnWidth).toBeLessThanOrEqual(legend.x + legend.width + 0.01);
          }
        }
      }
    }
  });

  it('spreads a long legend over columns on a wide image', () => {
    const narrow = exportLayout({ width: 520, height: 600 }, 18, 1);
    const wide = exportLayout({ width: 1920, height: 600 }, 18, 1);
    expect(new Set(narrow.rows.map((r) => r.x)).size).toBe(1);
    expect(new Set(wide.rows.map((r) => r.x)).size).toBeGreaterThan(1);
    expect(wide.legend.height).toBeLessThan(narrow.legend.height);
  });
});

describe('the legend of a view', () => {
  const summary = summarizeDataset(seedJson());
  const base = { focus: null, hiddenGroups: [], disputed: false, selected: false, parties: false };

  it('lists only the marks and domains of the partnerships on screen', () => {
    // Algeria–Spain alone: two states, talks (dashed), its eight domains; no organization.
    const algeriaSpain = frameLegend({ ...base, summary, links: [0] });
    const kinds = algeriaSpain.items.map((item) => item.kind);
    expect(kinds).toEqual(['state', 'ribbon', 'dashed']);
    expect(algeriaSpain.domains).toHaveLength(8);
    // Egypt–NATO brings the organization's marker.
    expect(frameLegend({ ...base, summary, links: [1] }).items.map((i) => i.kind)).toContain(
      'organization',
    );
  });

  it('names the selection, the parties’ territories and a disputed boundary only when shown', () => {
    const shown = frameLegend({
      ...base,
      summary,
      links: [0],
      selected: true,
      parties: true,
      disputed: true,
    }).items.map((item) => item.kind);
    expect(shown).toEqual(['state', 'ribbon', 'dashed', 'selected', 'party', 'disputed']);
    const empty = frameLegend({ ...base, summary, links: [] });
    expect(empty.items).toEqual([]);
    expect(empty.domains).toEqual([]);
  });
});
