import { describe, expect, it } from 'vitest';
import { PAIR_BOW } from '../../src/core/bowed-arc';
import { INSTANCE_FLOATS, pairInstances, STYLE_CODE } from '../../src/core/pair-instances';
import {
  drawnDomainMask,
  highlightFeatures,
  linkBend,
  linkLine,
  maskDomains,
  pairLineStyle,
  lineStyleOf,
  pairDomainMask,
  parsePatternName,
  patternName,
  linkStrands,
  MIN_STRAND_PX,
  ribbonWidth,
  STRAND_GAP,
  strandsReadable,
  zoomScale,
} from '../../src/core/link-drawing';
import { palette } from '../../src/core/palette';
import { summarizeDataset } from '../../src/core/summary';
import { ribbonPattern } from '../../src/map/marker-images';
import { seedJson, seedWithMoreLinks } from './helpers';

const midpoint = (line: [number, number][]) => line[Math.floor(line.length / 2)] ?? [0, 0];

describe('link ribbons', () => {
  it('draws one strand per domain, in the domain’s colour, centred on the link', () => {
    const summary = summarizeDataset(seedJson());
    // Zoomed in (lines 1.4 times as wide), six domains are wide enough to be strands.
    const strands = linkStrands(summary, 1, undefined, zoomScale(8));
    const domains = seedJson().partnerships[1]?.domains.map((c) => c.domain) ?? [];
    expect(strands).toHaveLength(domains.length);
    expect(strands.map((s) => summary.domains[s.properties.domain]?.id).sort()).toEqual(
      [...domains].sort(),
    );
    for (const strand of strands) {
      expect(strand.id).toBe(1);
      expect(strand.properties.link).toBe(1);
      expect(strand.properties.color).toBe(summary.domains[strand.properties.domain]?.color);
    }
    const offsets = strands.map((s) => s.properties.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(offsets[0]).toBeCloseTo(-(offsets.at(-1) ?? 0), 1);
    // Strands sit side by side without overlapping, and together make the ribbon's width.
    const width = strands[0]?.properties.width ?? 0;
    const step = (offsets[1] ?? 0) - (offsets[0] ?? 0);
    expect(width).toBeLessThan(step);
    expect(step * strands.length).toBeCloseTo(ribbonWidth(strands.length), 1);
  });

  it('widens with the number of domains, within bounds', () => {
    expect(ribbonWidth(1)).toBe(3);
    expect(ribbonWidth(2)).toBeGreaterThan(ribbonWidth(1));
    expect(ribbonWidth(4)).toBeGreaterThan(ribbonWidth(3));
    expect(ribbonWidth(8)).toBe(16);
    expect(ribbonWidth(32)).toBe(16);
  });

  it('shows strands only where each is 3 px wide on screen, else one neutral ribbon', () => {
    // Up to four domains read as strands at the overview zoom; not at the world's zoom.
    for (const n of [2, 3, 4]) expect(strandsReadable(n, ribbonWidth(n), 1)).toBe(true);
    expect(strandsReadable(2, ribbonWidth(2), zoomScale(1))).toBe(false);
    expect(strandsReadable(5, ribbonWidth(5), zoomScale(4))).toBe(false);
    expect(strandsReadable(5, ribbonWidth(5), zoomScale(7))).toBe(true);
    expect(strandsReadable(7, ribbonWidth(7), zoomScale(9))).toBe(false);
    expect(strandsReadable(1, 1, 0.5)).toBe(true);
    // The rule is the strand's own width on screen: 3 px and no less.
    const n = 4;
    const strand = (scale: number) => (ribbonWidth(n) / n) * (1 - STRAND_GAP) * scale;
    expect(strandsReadable(n, ribbonWidth(n), MIN_STRAND_PX / strand(1) - 0.01)).toBe(false);
    expect(strandsReadable(n, ribbonWidth(n), MIN_STRAND_PX / strand(1))).toBe(true);
    // Six domains on one ribbon: one feature in the neutral colour, at the ribbon's width.
    const summary = summarizeDataset(seedJson());
    const six = linkStrands(summary, 1, undefined, 1);
    expect(six).toHaveLength(1);
    expect(six[0]?.properties).toMatchObject({ domain: -1, color: palette.linkNeutral });
    expect(six[0]?.properties.width).toBe(ribbonWidth(6));
  });

  it('dashes talks and stated intent, dots a status not given, draws signed agreements solid', () => {
    expect(lineStyleOf('talks-held')).toBe('dashed');
    expect(lineStyleOf('intent-expressed')).toBe('dashed');
    expect(lineStyleOf('agreement-signed')).toBe('solid');
    expect(lineStyleOf('not-given')).toBe('dotted');
    const summary = summarizeDataset(seedWithMoreLinks());
    const styles = (link: number) => linkStrands(summary, link).map((s) => s.properties.style);
    expect(new Set(styles(0))).toEqual(new Set(['dashed']));
    expect(new Set(styles(1))).toEqual(new Set(['dashed']));
    expect(styles(2)).toEqual(['solid']);
  });

  it('spreads the bows of many partnerships of one pair within a narrow fan', () => {
    const seed = seedJson();
    const first = seed.partnerships[0];
    if (!first) throw new Error('no partnership');
    const many = {
      ...seed,
      partnerships: Array.from({ length: 23 }, (_, i) => ({ ...first, id: `dz-es-${i}` })),
    };
    const summary = summarizeDataset(many);
    const bends = Array.from({ length: 23 }, (_, link) => linkBend(summary, link));
    expect(Math.min(...bends)).toBeCloseTo(PAIR_BOW - 0.15);
    expect(Math.max(...bends)).toBeCloseTo(PAIR_BOW + 0.15);
    expect(new Set(bends).size).toBe(23);
  });

  it('bows partnerships of the same pair apart, and puts a pair’s only link on its ribbon', () => {
    const summary = summarizeDataset(seedWithMoreLinks());
    expect(linkBend(summary, 0)).toBeCloseTo(PAIR_BOW - 0.05);
    expect(linkBend(summary, 2)).toBeCloseTo(PAIR_BOW + 0.05);
    expect(linkBend(summary, 1)).toBe(PAIR_BOW);
    expect(linkBend(summary, 3)).toBe(PAIR_BOW);
    const first = linkLine(summary, 0);
    const second = linkLine(summary, 2);
    // Both drawn in the pair's direction (Algeria → Spain), ends shared, middles apart.
    expect(first[0]).toEqual(second[0]);
    expect(first.at(-1)).toEqual(second.at(-1));
    expect(first[0]).toEqual([3.0588, 36.7538]);
    const [a, b] = [midpoint(first), midpoint(second)];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(0.5);
  });

  it('draws one ribbon per pair, carrying the domains of all its partnerships', () => {
    const summary = summarizeDataset(seedWithMoreLinks());
    const ribbons = pairInstances(summary);
    expect(ribbons.count).toBe(3);
    // Algeria–Spain: the first link's 8 domains and the second's demining.
    const mask = pairDomainMask(summary, 0);
    expect(ribbons.masks[0]).toBe(mask);
    expect(maskDomains(mask, summary.domains.length)).toHaveLength(9);
    const look = ribbons.geometry.slice(4, INSTANCE_FLOATS);
    // Without values, the width by value is the width by domains.
    expect([...look]).toEqual([ribbonWidth(9), STYLE_CODE.solid, 9, ribbonWidth(9)]);
    // One of its partnerships is a signed agreement: the ribbon is solid.
    expect(pairLineStyle(summary, 0)).toBe('solid');
    expect(pairLineStyle(summary, 1)).toBe('dashed');
    expect(ribbons.geometry[INSTANCE_FLOATS + 5]).toBe(STYLE_CODE.dashed);
    // Egypt–NATO from Cairo to Brussels, west end first: Brussels (4.4° E) then Cairo (31.2° E).
    const egypt = ribbons.geometry.slice(INSTANCE_FLOATS, INSTANCE_FLOATS + 4);
    expect(egypt[0]).toBeCloseTo((4.426 + 180) / 360, 6);
    expect(egypt[2]).toBeCloseTo((31.2357 + 180) / 360, 6);
    expect(patternName(mask, 'solid')).toBe(`ribbon-${mask.toString(16)}-s`);
  });

  it('names ribbon patterns so that the map can paint them from the name alone', () => {
    expect(patternName(0x1ff, 'dashed')).toBe('ribbon-1ff-d');
    expect(parsePatternName('ribbon-1ff-d')).toEqual({ mask: 0x1ff, style: 'dashed' });
    expect(parsePatternName(patternName(0x80000001, 'solid'))).toEqual({
      mask: 0x80000001,
      style: 'solid',
    });
    expect(parsePatternName(patternName(0x3, 'dotted'))).toEqual({ mask: 0x3, style: 'dotted' });
    expect(parsePatternName('marker-state')).toBeNull();
    expect(parsePatternName('ribbon-xyz-d')).toBeNull();
  });
});

describe('highlightFeatures', () => {
  it('draws a casing and the strands of the selected and the hovered link, hovered on top', () => {
    const summary = summarizeDataset(seedJson());
    expect(highlightFeatures(summary, null, []).features).toEqual([]);
    const both = highlightFeatures(summary, 0, [1]).features.map((f) => [
      f.properties.part,
      f.properties.role,
      f.properties.link,
    ]);
    expect(both[0]).toEqual(['casing', 'selected', 0]);
    expect(both[1]).toEqual(['underlay', 'selected', 0]);
    // Eight and six domains at the overview zoom: too thin for strands, one neutral ribbon each.
    expect(both.filter(([part]) => part === 'strand')).toHaveLength(1 + 1);
    expect(both.findIndex(([, role]) => role === 'hovered')).toBeGreaterThan(2);
    const casing = highlightFeatures(summary, 0, []).features[0]?.properties;
    expect(casing?.part === 'casing' && casing.width).toBeGreaterThan(ribbonWidth(8));
    // Hovering the selected link draws it once.
    expect(highlightFeatures(summary, 1, [1]).features).toHaveLength(2 + 1);
    // Zoomed in far enough, the six domains are strands again.
    expect(highlightFeatures(summary, 1, [], [], zoomScale(8)).features).toHaveLength(2 + 6);
  });
});

describe('ribbonPattern', () => {
  const at = (image: { width: number; data: Uint8Array }, x: number, y: number) =>
    [...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)].join(',');

  it('paints one band per domain colour across the line, with a clear pixel between bands', () => {
    const image = ribbonPattern(['#332288', '#CC6677'], 'solid', ribbonWidth(2));
    expect(image.height).toBe(16);
    expect(at(image, 0, 0)).toBe('51,34,136,255');
    expect(at(image, 0, 7)).toBe('0,0,0,0');
    expect(at(image, 0, 8)).toBe('204,102,119,255');
    expect(at(image, 0, 15)).toBe('204,102,119,255');
  });

  it('leaves a clear gap along a dashed ribbon, the same length whatever the width', () => {
    const one = ribbonPattern(['#332288'], 'dashed', ribbonWidth(1));
    const eight = ribbonPattern(Array<string>(8).fill('#332288'), 'dashed', ribbonWidth(8));
    for (const image of [one, eight]) {
      const row = Array.from({ length: image.width }, (_, x) => at(image, x, 0) !== '0,0,0,0');
      const dash = row.filter(Boolean).length;
      // Dash : gap is 8 : 5 in CSS pixels at the ribbon's width.
      expect(dash / image.width).toBeCloseTo(8 / 13, 1);
      expect(row[0]).toBe(true);
      expect(row.at(-1)).toBe(false);
    }
    // Scaled to their widths (3 and 13.5 CSS px), both dashes are about 8 CSS px long.
    expect((one.width / one.height) * ribbonWidth(1)).toBeCloseTo(13, 0);
    expect((eight.width / eight.height) * ribbonWidth(8)).toBeCloseTo(13, 0);
  });

  it('dots a ribbon whose status is not given: short marks, unlike the dashes of talks', () => {
    const dotted = ribbonPattern(['#332288'], 'dotted', ribbonWidth(1));
    const dashed = ribbonPattern(['#332288'], 'dashed', ribbonWidth(1));
    const mark = (image: typeof dotted) =>
      Array.from({ length: image.width }, (_, x) => at(image, x, 0) !== '0,0,0,0').filter(Boolean)
        .length / image.height;
    // In line widths: a dot is under one width long, a dash well over two.
    expect(mark(dotted)).toBeLessThan(1);
    expect(mark(dashed)).toBeGreaterThan(2);
  });
});

describe('ribbons of the ticked domains', () => {
  it('draw only the ticked domains a link cites, as readable strands when few', () => {
    const summary = summarizeDataset(seedJson());
    const two = (1 << 0) | (1 << 1);
    expect(drawnDomainMask(summary, 0, two)).toBe(two);
    // A link that cites none of the ticked domains keeps its own.
    expect(drawnDomainMask(summary, 0, 0)).toBe(summary.links.domainMask[0]);
    const strands = linkStrands(summary, 0, undefined, 1, undefined, two);
    expect(strands.map((s) => s.properties.domain)).toEqual([0, 1]);
    const casing = highlightFeatures(summary, 0, [], [], 1, undefined, two).features[0];
    expect(casing?.properties.width).toBeGreaterThan(ribbonWidth(2));
    expect(casing?.properties.width).toBeLessThan(ribbonWidth(8));
  });
});
