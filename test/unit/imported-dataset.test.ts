/**
 * Imported data may lack what curated data must carry; the checks for `data/` keep their strictness
 * while an import says plainly what its file did not give.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  readStatus,
  type ImportedActor,
  type ImportedLink,
} from '../../src/core/import/links-table';
import { datasetFromLinks, slugify } from '../../src/core/import/to-dataset';
import { formatDate, loadMessages, translator } from '../../src/core/messages';

const { say } = translator('en');
import { markerLegend, MAX_DOMAINS, summarizeDataset } from '../../src/core/summary';
import type { Dataset } from '../../src/core/types';
import { curatedNotes, validateDataset } from '../../src/core/validate';
import { seedJson, seedSourceTexts } from './helpers';

beforeAll(async () => {
  await loadMessages('ar');
});

const place = (key: string, point: [number, number], nameAr: string | null = null) =>
  ({ key, name: key, nameAr, point, placedBy: 'file', entry: null }) satisfies ImportedActor;

const link = (line: number, overrides: Partial<ImportedLink> = {}): ImportedLink => ({
  line,
  parties: [place('Alger', [3.06, 36.75]), place('Madrid', [-3.7, 40.42])],
  domains: [],
  status: null,
  date: null,
  start: null,
  end: null,
  source: null,
  excerpt: null,
  value: null,
  fields: [],
  ...overrides,
});

/** The seed with what an imported file could lack. */
function relaxedSeed(): Dataset {
  const d = seedJson();
  const [source] = d.sources;
  const [excerpt] = d.excerpts;
  const [first] = d.partnerships;
  if (!source || !excerpt || !first) throw new Error('seed changed');
  source.file = null;
  excerpt.translation = null;
  first.status = 'not-given';
  first.statusExcerpts = [];
  first.sources = [];
  first.date = '2024-05';
  for (const citation of first.domains) citation.excerpts = [];
  d.actors.push({
    id: 'somewhere',
    kind: 'place',
    name: { en: 'Somewhere', ar: 'Somewhere' },
    aliases: [],
    anchor: { lon: 1, lat: 2, kind: 'given', place: { en: 'Somewhere', ar: 'Somewhere' } },
  });
  const state = d.actors.find((a) => a.kind === 'state');
  if (state) state.anchor.kind = 'given';
  return d;
}

describe('curated and imported data', () => {
  it('keeps the checks of data/ by default, each problem located', () => {
    const result = validateDataset(relaxedSeed(), {
      file: 'data/atlas.json',
      sourceTexts: seedSourceTexts(),
    });
    expect(result.ok).toBe(false);
    const found = result.ok ? [] : result.issues.map((i) => `${i.field}: ${say(i.message)}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'kind: the atlas’s own data names only states and organizations (a place of unknown kind comes only from an import)',
        'anchor.kind: the atlas’s own data shows a state at its capital',
        'file: the atlas’s own data keeps the text of every source in data/sources/',
        'status: the atlas’s own data always gives the status, with a passage that shows it',
        'statusExcerpts: the status must cite at least one excerpt',
        'sources: a partnership needs at least one source',
        'domains[0].excerpts: every domain must cite at least one excerpt',
      ]),
    );
  });

  it('allows what the interface says is missing, as notes: a translation, a summary, a capital', () => {
    const d = seedJson();
    const [excerpt] = d.excerpts;
    const [first] = d.partnerships;
    const state = d.actors.find((a) => a.kind === 'state');
    if (!excerpt || !first || !state) throw new Error('seed changed');
    excerpt.translation = null;
    first.summaryBy = 'import';
    state.anchor.kind = 'territory';
    const notes = (raw: Dataset) => {
      const result = validateDataset(raw, {
        file: 'data/atlas.json',
        sourceTexts: seedSourceTexts(),
      });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return curatedNotes(result.dataset, 'data/atlas.json').map(
        (n) => `${n.field}: ${say(n.message)}`,
      );
    };
    expect(notes(d)).toEqual([
      'anchor.kind: placed at the centre of its territory, not at its capital (the atlas says how it is placed)',
      'translation: not translated yet (the atlas says so beside the passage)',
      'summaryBy: no summary written yet (the atlas says so)',
    ]);
    expect(notes(seedJson())).toEqual([]);
  });

  it('accepts the same data as an import, still checking references and dates', () => {
    expect(validateDataset(relaxedSeed(), { file: 'mine.json', curated: false }).ok).toBe(true);
    const badDate = relaxedSeed();
    const [first] = badDate.partnerships;
    if (first) first.date = '2024-02-30';
    const result = validateDataset(badDate, { file: 'mine.json', curated: false });
    expect(result.ok ? [] : result.issues.map((i) => [i.field, say(i.message)])).toEqual([
      ['date', 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY, such as 2024-05-17'],
    ]);
  });

  it('writes a date as precisely as it is known', () => {
    expect(formatDate('2024', 'en')).toBe('2024');
    expect(formatDate('2024-05', 'en')).toBe('May 2024');
    expect(formatDate('2024-05-17', 'en')).toBe('May 17, 2024');
  });

  it('reads "not given" as no status, and anything unreadable as a problem', () => {
    expect(readStatus('not-given')).toBeNull();
    expect(readStatus('Unknown')).toBeNull();
    expect(readStatus('غير مذكورة')).toBeNull();
    expect(readStatus('signed')).toBe('agreement-signed');
    expect(readStatus('maybe')).toBeUndefined();
  });

  it('reads the later steps of a relationship, as our exports and analysts write them', () => {
    expect(['renewed', 'Renewal', 'تجديد'].map(readStatus)).toEqual([
      'renewed',
      'renewed',
      'renewed',
    ]);
    expect(['suspended', 'Suspension', 'تعليق'].map(readStatus)).toEqual([
      'suspended',
      'suspended',
      'suspended',
    ]);
    expect(['ended', 'Terminated', 'expired', 'انتهاء', 'إنهاء'].map(readStatus)).toEqual([
      'ended',
      'ended',
      'ended',
      'ended',
      'ended',
    ]);
  });
});

describe('rows into a dataset', () => {
  const options = { file: 'links.csv', unit: 'line' as const, domainsColumn: 'Domains' };

  it('says what the rows did not give instead of filling it in', () => {
    const { dataset, issues } = datasetFromLinks(
      [
        link(2),
        link(3, {
          domains: ['Cyber security', 'cyber security'],
          excerpt: 'بحث التعاون في مجال الأمن السيبراني',
          source: 'وكالة الأنباء',
          date: '2024',
        }),
      ],
      options,
    );
    expect(issues).toEqual([]);
    expect(validateDataset(dataset, { file: 'links.csv', curated: false }).ok).toBe(true);
    expect(dataset.title).toEqual({ en: 'links.csv', ar: 'links.csv' });
    expect(dataset.domains.map((d) => [d.id, d.label.en])).toEqual([
      ['not-given', 'Domain not given'],
      ['cyber-security', 'Cyber security'],
    ]);
    const [first, second] = dataset.partnerships;
    expect(first).toMatchObject({
      id: 'alger-madrid',
      status: 'not-given',
      statusExcerpts: [],
      sources: [],
      date: null,
      domains: [{ domain: 'not-given', excerpts: [] }],
    });
    expect(second?.id).toBe('alger-madrid-2');
    expect(second?.date).toBe('2024');
    // An Arabic passage: its source is taken to be in Arabic; no translation is made up.
    const [source] = dataset.sources;
    expect(source).toMatchObject({
      file: null,
      language: 'ar',
      subject: 'وكالة الأنباء',
      url: null,
    });
    expect(dataset.excerpts).toEqual([
      {
        id: 'alger-madrid-2-passage',
        source: source?.id,
        text: 'بحث التعاون في مجال الأمن السيبراني',
        translation: null,
        kind: 'report',
      },
    ]);
    expect(second?.domains).toEqual([
      { domain: 'cyber-security', excerpts: ['alger-madrid-2-passage'] },
    ]);
    expect(dataset.actors.map((a) => [a.id, a.kind, a.anchor.kind])).toEqual([
      ['alger', 'place', 'given'],
      ['madrid', 'place', 'given'],
    ]);
  });

  it(`leaves out a row whose domain would be one more than ${MAX_DOMAINS}, and says so`, () => {
    const rows = Array.from({ length: MAX_DOMAINS + 1 }, (_, i) =>
      link(i + 2, { domains: [`domain ${i}`] }),
    );
    const { dataset, issues, kept } = datasetFromLinks(rows, options);
    expect(kept).toBe(MAX_DOMAINS);
    expect(issues.map((i) => [i.line, i.column, i.value, say(i.message)])).toEqual([
      [
        MAX_DOMAINS + 2,
        'Domains',
        `domain ${MAX_DOMAINS}`,
        `would add a domain beyond the ${MAX_DOMAINS} a dataset can hold; left out`,
      ],
    ]);
    expect(validateDataset(dataset, { file: 'x', curated: false }).ok).toBe(true);
  });

  it('gives ids that are slugs, also for names without Latin letters', () => {
    expect(slugify('Île fantôme')).toBe('ile-fantome');
    const { dataset } = datasetFromLinks(
      [link(2, { parties: [place('الجزائر', [3, 36]), place('مدريد', [-3.7, 40.4])] })],
      options,
    );
    expect(dataset.actors.map((a) => a.id)).toEqual(['place-1', 'place-2']);
    expect(dataset.partnerships[0]?.id).toBe('place-1-place-2');
  });

  it('names in the legend where markers stand and the places of unknown kind', () => {
    const seed = summarizeDataset(seedJson());
    expect(markerLegend(seed.actors).map((m) => m.label)).toEqual([
      'legend.state',
      'legend.organization',
    ]);
    const imported = summarizeDataset(datasetFromLinks([link(2)], options).dataset);
    expect(markerLegend(imported.actors).map((m) => m.label)).toEqual([
      'legend.state',
      'legend.organization',
      'legend.place',
    ]);
    const moved = seedJson();
    const state = moved.actors.find((a) => a.kind === 'state');
    if (state) state.anchor.kind = 'territory';
    expect(markerLegend(summarizeDataset(moved).actors)[0]?.label).toBe('legend.stateElsewhere');
  });
});
