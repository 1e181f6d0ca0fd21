/**
 * The domain colours stay apart for readers with deuteranopia (the commonest colour-vision
 * deficiency): each colour is seen through Machado, Oliveira and Fernandes's (2009) simulation at
 * full severity, and neighbours are compared by their distance in CIELAB (ΔE*ab, CIE 1976).
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_DOMAIN_COLOURS } from '../../src/core/import/to-dataset';
import { palette } from '../../src/core/palette';
import { seedJson } from './helpers';

/** Machado et al. 2009, deuteranomaly at severity 1.0, on linear RGB. */
const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
] as const;

/** Colours closer than this (ΔE*ab) are taken as hard to tell apart side by side. */
const DISTINGUISHABLE = 12;

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

function linearRgb(hex: string): [number, number, number] {
  const channel = (i: number) => toLinear(Number.parseInt(hex.slice(i, i + 2), 16));
  return [channel(1), channel(3), channel(5)];
}

function deuteranopia(rgb: readonly [number, number, number]): [number, number, number] {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const [r, g, b] = rgb;
  const row = (m: readonly number[]) => clamp((m[0] ?? 0) * r + (m[1] ?? 0) * g + (m[2] ?? 0) * b);
  return [row(DEUTERANOPIA[0]), row(DEUTERANOPIA[1]), row(DEUTERANOPIA[2])];
}

/** CIELAB (D65) of a linear-RGB colour. */
function lab([r, g, b]: readonly [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** ΔE*ab between two colours as a reader with deuteranopia sees them. */
export function deuteranopeDistance(a: string, b: string): number {
  const [l1, a1, b1] = lab(deuteranopia(linearRgb(a)));
  const [l2, a2, b2] = lab(deuteranopia(linearRgb(b)));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** Every two colours of the list with their distance, closest first. */
function closest(colours: readonly string[], pairs: 'neighbours' | 'all') {
  const out: { a: string; b: string; distance: number }[] = [];
  colours.forEach((a, i) => {
    const others = pairs === 'neighbours' ? colours.slice(i + 1, i + 2) : colours.slice(i + 1);
    for (const b of others) out.push({ a, b, distance: deuteranopeDistance(a, b) });
  });
  return out.sort((x, y) => x.distance - y.distance);
}

describe('domain colours under deuteranopia', () => {
  it('tells a red from a green apart only with normal colour vision (the check can fail)', () => {
    expect(deuteranopeDistance('#D55E00', '#6A9E00')).toBeLessThan(DISTINGUISHABLE);
    expect(deuteranopeDistance('#332288', '#DDCC77')).toBeGreaterThan(DISTINGUISHABLE);
  });

  it('keeps every two of the seed’s domain colours apart, as any two may lie side by side', () => {
    const colours = seedJson().domains.map((d) => d.color);
    expect(colours.length).toBeGreaterThan(1);
    expect(closest(colours, 'all')[0]?.distance).toBeGreaterThanOrEqual(DISTINGUISHABLE);
  });

  it('keeps neighbouring colours of an imported dataset apart, and each from the neutral grey', () => {
    expect(closest(IMPORT_DOMAIN_COLOURS, 'neighbours')[0]?.distance).toBeGreaterThanOrEqual(
      DISTINGUISHABLE,
    );
    // The first nine, which a typical import uses, are apart in every pair.
    expect(closest(IMPORT_DOMAIN_COLOURS.slice(0, 9), 'all')[0]?.distance).toBeGreaterThanOrEqual(
      DISTINGUISHABLE,
    );
    for (const colour of IMPORT_DOMAIN_COLOURS) {
      expect(deuteranopeDistance(colour, palette.linkNeutral)).toBeGreaterThanOrEqual(
        DISTINGUISHABLE,
      );
    }
  });
});
