import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/core/json-schema';
import { validateDataset } from '../../src/core/validate';
import { DATA, ROOT, fileOf, readData, seedJson, seedSourceTexts } from './helpers';

/** SHA-256 of the articles in ../shared/seeds, as received. */
const SEED_HASHES: Record<string, string> = {
  'sources/000_37cbfe5228b1c951.txt':
    '347265498ce100bed069e157dfadd60f8c547a1f752c54552f73c812b4fcbbb6',
  'sources/004_a350234f16e35166.txt':
    '5a5783aa6d2addf91bfb5e226552e89d23e0a256446d9e529f0bae8910a6a144',
};

describe('the seed dataset', () => {
  const dataset = seedJson();

  it('passes validation, excerpts checked against their sources', () => {
    const result = validateDataset(dataset, {
      file: 'data/atlas.json',
      sourceTexts: seedSourceTexts(),
    });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('stores each source article byte for byte as received', () => {
    for (const source of dataset.sources) {
      const file = fileOf(source);
      const bytes = readFileSync(join(DATA, file));
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(SEED_HASHES[file]);
      const shared = join(ROOT, '..', 'shared', 'seeds', file.replace('sources/', ''));
      if (existsSync(shared)) expect(bytes.equals(readFileSync(shared)), shared).toBe(true);
    }
  });

  it('finds every excerpt character for character in its source file', () => {
    const files = new Map(dataset.sources.map((s) => [s.id, readData(fileOf(s))]));
    for (const excerpt of dataset.excerpts) {
      const text = files.get(excerpt.source);
      expect(text, `source of ${excerpt.id}`).toBeDefined();
      expect(text?.indexOf(excerpt.text), excerpt.id).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps publisher, date and URL unknown, as the articles give none', () => {
    for (const source of dataset.sources) {
      expect([source.publisher, source.published, source.url]).toEqual([null, null, null]);
    }
    for (const partnership of dataset.partnerships) expect(partnership.date).toBeNull();
  });

  it('never cites the writer’s commentary or background boxes as evidence', () => {
    const kinds = new Map(dataset.excerpts.map((e) => [e.id, e.kind]));
    for (const p of dataset.partnerships) {
      for (const c of p.domains)
        for (const id of c.excerpts)
          expect(kinds.get(id), `${p.id} ${c.domain} ${id}`).toBe('report');
    }
    // Every passage that the article marks as its own commentary is labelled so.
    const markers = [
      'ويرى الكاتب',
      'وهذا يشبه',
      'نصيحة ذهبية',
      'تحذير هام',
      'تذكر دائماً',
      'رسالة أخيرة',
    ];
    for (const excerpt of dataset.excerpts) {
      if (markers.some((m) => excerpt.text.startsWith(m)))
        expect(excerpt.kind, excerpt.id).toBe('commentary');
      if (excerpt.text.startsWith('هل تعلم')) expect(excerpt.kind, excerpt.id).toBe('background');
    }
  });

  it('has the two partnerships the articles report, with the names the sources use', () => {
    expect(dataset.partnerships.map((p) => p.parties)).toEqual([
      ['DZA', 'ESP'],
      ['EGY', 'nato'],
    ]);
    const names = new Map(dataset.actors.map((a) => [a.id, a.name.ar]));
    expect(names.get('DZA')).toBe('الجزائر');
    expect(names.get('ESP')).toBe('إسبانيا');
    expect(names.get('EGY')).toBe('مصر');
    expect(names.get('nato')).toBe('الناتو');
  });

  it('describes NATO as an organization at its Brussels headquarters with 32 members and the Mediterranean Dialogue', () => {
    const nato = dataset.actors.find((a) => a.id === 'nato');
    expect(nato?.kind).toBe('organization');
    if (nato?.kind !== 'organization') return;
    expect(nato.anchor.kind).toBe('headquarters');
    expect(nato.anchor.lon).toBeCloseTo(4.43, 1);
    expect(nato.anchor.lat).toBeCloseTo(50.88, 1);
    expect(new Set(nato.members).size).toBe(32);
    expect(nato.aliases).toContain('حلف شمال الأطلسي');
    const dialogue = nato.frameworks.find((f) => f.id === 'mediterranean-dialogue');
    expect(dialogue?.launched).toBe(1994);
    expect([...(dialogue?.members ?? [])].sort()).toEqual([
      'DZA',
      'EGY',
      'ISR',
      'JOR',
      'MAR',
      'MRT',
      'TUN',
    ]);
  });

  it('covers at least the domains the issue names, each with a distinct colour', () => {
    const ids = dataset.domains.map((d) => d.id);
    for (const id of [
      'cybersecurity',
      'counter-terrorism',
      'intelligence-sharing',
      'critical-infrastructure',
      'cybercrime',
      'cross-border-crime',
      'training',
      'joint-exercises',
      'demining',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(dataset.domains.map((d) => d.color.toLowerCase())).size).toBe(
      dataset.domains.length,
    );
  });

  it('ships a JSON Schema that matches the zod schema (regenerate with npm run data:schema)', () => {
    expect(JSON.parse(readData('atlas.schema.json'))).toEqual(datasetJsonSchema());
  });
});
