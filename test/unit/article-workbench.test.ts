import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { initialReview, reviewedPartnerships, tickSuggested } from '../../src/core/ingest/review';
import { addArticle } from '../../src/core/ingest/to-dataset';
import type { ArticleTarget, ImportAssets } from '../../src/core/protocol';
import type { Dataset } from '../../src/core/types';
import { parseDataset, validateDataset } from '../../src/core/validate';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { openDatasetLibrary } from '../../src/data/dataset-library';
import { DatasetPipeline } from '../../src/data/dataset-pipeline';
import { createImportInlineClient } from '../../src/data/import-inline-client';
import { IMPORT_ASSETS, IMPORT_FILES, repositoryFetch, ROOT, seedJson } from './helpers';

const ASSETS: ImportAssets = IMPORT_ASSETS;
const fetcher = repositoryFetch({
  ...IMPORT_FILES,
  'http://test/data/atlas.json': 'data/atlas.json',
  'http://test/data/sources/000_37cbfe5228b1c951.txt': 'data/sources/000_37cbfe5228b1c951.txt',
  'http://test/data/sources/004_a350234f16e35166.txt': 'data/sources/004_a350234f16e35166.txt',
});
const SEED: ArticleTarget = {
  file: 'data/atlas.json',
  url: 'http://test/data/atlas.json',
  sourceUrls: {},
  title: 'Mediterranean security partnerships (seed)',
};
const fixture = (name: string) =>
  readFileSync(join(ROOT, 'test/fixtures/ingest', `${name}.txt`), 'utf8');

describe('an article added in the workbench', () => {
  it('reaches a working copy whose excerpts are the article’s own characters, checked on load', async () => {
    const library = openDatasetLibrary({ factory: new IDBFactory() });
    const client = createImportInlineClient(fetcher, ASSETS, () => library);
    const text = fixture('ar-01-signed-mou');
    const read = await client.readArticle(
      'ar-01-signed-mou.txt',
      new TextEncoder().encode(text),
      null,
    );
    if (!read.ok) throw new Error(read.problem);
    const reviews = initialReview(read.proposal, () => null);
    expect(reviewedPartnerships(read.proposal, reviews)).toEqual({
      ok: false,
      reason: 'none-accepted',
    });
    const accepted = reviews.map((r) => tickSuggested({ ...r, accepted: true }));
    const reviewed = reviewedPartnerships(read.proposal, accepted);
    if (!reviewed.ok) throw new Error('nothing to add');

    const added = await client.addArticle(
      SEED,
      {
        name: 'ar-01-signed-mou.txt',
        text: read.article.text,
        language: 'ar',
        headline: null,
        headlineTranslation: null,
        subject: 'Morocco and France sign a memorandum on maritime security',
        publisher: null,
        published: null,
        url: null,
      },
      reviewed.partnerships,
    );
    if (!added.ok) throw new Error(JSON.stringify(added.issues));
    expect(added.info.name).toBe('Mediterranean security partnerships (seed) (working copy)');
    const entry = await (await library).get(added.info.id);
    if (!entry) throw new Error('not kept');
    expect(Object.keys(entry.sources)).toEqual([
      'sources/000_37cbfe5228b1c951.txt',
      'sources/004_a350234f16e35166.txt',
      'sources/ar-01-signed-mou.txt',
    ]);
    const dataset = entry.dataset as Dataset;
    const partnership = dataset.partnerships.find((p) => p.id === added.partnerships[0]);
    expect(partnership).toMatchObject({
      parties: ['MAR', 'FRA'],
      status: 'agreement-signed',
      summaryBy: 'import',
    });
    for (const excerpt of dataset.excerpts.filter((e) => e.source === 'ar-01-signed-mou')) {
      expect(text).toContain(excerpt.text);
      expect(excerpt.text.trim()).toBe(excerpt.text);
    }

    // The data worker loads it as the atlas would, checking each excerpt against the kept text.
    const pipeline = new DatasetPipeline(fetcher, undefined, () => library);
    const loaded = await pipeline.load(
      { file: added.info.name, stored: added.info.id },
      () => undefined,
    );
    expect(loaded.ok).toBe(true);
    // A second article changes the working copy itself: no second copy is made.
    const again = await client.addArticle(
      { file: added.info.name, stored: added.info.id, title: added.info.name },
      {
        name: 'ar-01-signed-mou.txt',
        text: read.article.text,
        language: 'ar',
        headline: null,
        headlineTranslation: null,
        subject: 'The same article, recorded again as its own partnership',
        publisher: null,
        published: null,
        url: null,
      },
      reviewed.partnerships,
    );
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    expect((await (await library).list()).map((info) => [info.id, info.partnerships])).toEqual([
      [added.info.id, dataset.partnerships.length + 1],
    ]);
  });

  it('refuses a passage that is not the article’s text, and changes nothing', () => {
    const seed = seedJson();
    const result = addArticle({
      dataset: seed,
      sources: {},
      article: {
        name: 'a.txt',
        text: 'وقعت مصر والأردن اتفاقية.',
        language: 'ar',
        headline: null,
        headlineTranslation: null,
        subject: 'x',
        publisher: null,
        published: null,
        url: null,
      },
      partnerships: [
        {
          parties: ['EGY', 'JOR'],
          status: 'agreement-signed',
          statusPassages: [],
          domains: [{ domain: 'training', passages: [{ start: 3, end: 400, translation: null }] }],
          date: null,
          summary: null,
        },
      ],
      actorEntry: () => null,
      domainLabel: () => null,
      noSummary: { en: 'none', ar: 'لا' },
      addedDomain: 'added',
    });
    expect(result).toEqual({ ok: false, reason: 'bad-passage', id: '3-400' });
    expect(seed.partnerships).toHaveLength(2);
  });

  it('adds an article as a further source of an existing partnership, never merging silently', () => {
    const seed = seedJson();
    const text = 'عقدت الجزائر وإسبانيا مباحثات جديدة حول مكافحة الإرهاب.';
    const base = {
      dataset: seed,
      sources: {},
      article: {
        name: 'new.txt',
        text,
        language: 'ar' as const,
        headline: null,
        headlineTranslation: null,
        subject: 'New talks',
        publisher: null,
        published: null,
        url: null,
      },
      actorEntry: () => null,
      domainLabel: () => null,
      noSummary: { en: 'none', ar: 'لا' },
      addedDomain: 'added',
    };
    const passage = { start: 0, end: text.length, translation: null };
    const reviewed = {
      parties: ['DZA', 'ESP'] as [string, string],
      status: 'talks-held' as const,
      statusPassages: [passage],
      domains: [{ domain: 'counter-terrorism', passages: [passage] }],
      date: null,
      summary: null,
    };
    const further = addArticle({
      ...base,
      partnerships: [{ ...reviewed, addTo: 'dza-esp-cyber-ct-talks' }],
    });
    const separate = addArticle({ ...base, partnerships: [reviewed] });
    if (!further.ok || !separate.ok) throw new Error('refused');
    expect(further.dataset.partnerships).toHaveLength(2);
    expect(further.dataset.partnerships[0]?.sources).toEqual(['dz-es-talks', 'new']);
    expect(separate.dataset.partnerships).toHaveLength(3);
    const checked = validateDataset(separate.dataset, {
      file: 'x',
      curated: false,
      sourceTexts: new Map([
        ['sources/new.txt', text],
        ...seed.sources.flatMap((s) =>
          s.file
            ? [[s.file, readFileSync(join(ROOT, 'data', s.file), 'utf8')] as [string, string]]
            : [],
        ),
      ]),
    });
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });
});

describe('an article’s events kept in the workbench', () => {
  it('become the partnership’s dated history, its status the latest, loaded and checked', async () => {
    const library = openDatasetLibrary({ factory: new IDBFactory() });
    const client = createImportInlineClient(fetcher, ASSETS, () => library);
    const text = readFileSync(join(ROOT, 'test/fixtures/ingest-events/ar-history.txt'), 'utf8');
    const read = await client.readArticle('ar-history.txt', new TextEncoder().encode(text), null);
    if (!read.ok) throw new Error(read.problem);
    const published = '2024-03-09';
    const [review] = initialReview(read.proposal, () => null);
    if (!review) throw new Error('no pair proposed');
    // The status (intent) is dated by the analyst's acceptance of the suggestion; the talks and
    // the 2017 signing are offered as further events, unticked and undated until accepted.
    expect(review.status).toBe('intent-expressed');
    expect(review.events.map((e) => [e.kind, e.ticked, e.date])).toEqual([
      ['talks-held', false, ''],
      ['agreement-signed', false, ''],
    ]);
    const accepted = {
      ...tickSuggested({ ...review, accepted: true }, '2024-03'),
      events: review.events.map((e, i) => ({
        ...e,
        ticked: true,
        date: i === 0 ? '2024-03-08' : '2017-03-09',
      })),
    };
    const reviewed = reviewedPartnerships(read.proposal, [accepted]);
    if (!reviewed.ok) throw new Error(reviewed.reason);
    const added = await client.addArticle(
      SEED,
      {
        name: 'ar-history.txt',
        text: read.article.text,
        language: 'ar',
        headline: null,
        headlineTranslation: null,
        subject: 'Algeria and Tunisia to sign a border security agreement',
        publisher: null,
        published,
        url: null,
      },
      reviewed.partnerships,
    );
    if (!added.ok) throw new Error(JSON.stringify(added.issues));
    const entry = await (await library).get(added.info.id);
    const dataset = entry?.dataset as Dataset;
    const partnership = dataset.partnerships.find((p) => p.id === added.partnerships[0]);
    expect(partnership?.status).toBe('intent-expressed');
    expect(partnership?.date).toBe('2024-03');
    expect(partnership?.events?.map((e) => [e.kind, e.date])).toEqual([
      ['agreement-signed', '2017-03-09'],
      ['talks-held', '2024-03-08'],
      ['intent-expressed', '2024-03'],
    ]);
    for (const event of partnership?.events ?? []) {
      expect(event.excerpts.length).toBeGreaterThan(0);
      for (const id of event.excerpts)
        expect(text).toContain(dataset.excerpts.find((e) => e.id === id)?.text);
    }
    const pipeline = new DatasetPipeline(fetcher, undefined, () => library);
    const loaded = await pipeline.load(
      { file: added.info.name, stored: added.info.id },
      () => undefined,
    );
    expect(loaded.ok).toBe(true);
  });

  it('are refused, named, when a kept event is later than the status or a date is not a date', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/ingest-events/ar-history.txt'), 'utf8');
    return (async () => {
      const client = createImportInlineClient(fetcher, ASSETS, () =>
        openDatasetLibrary({ factory: new IDBFactory() }),
      );
      const read = await client.readArticle('a.txt', new TextEncoder().encode(text), null);
      if (!read.ok) throw new Error(read.problem);
      const [review] = initialReview(read.proposal, () => null);
      if (!review) throw new Error('no pair proposed');
      const base = tickSuggested({ ...review, accepted: true });
      const later = {
        ...base,
        statusDate: '2024-03',
        events: base.events.map((e, i) => ({ ...e, ticked: i === 0, date: '2024-04-02' })),
      };
      expect(reviewedPartnerships(read.proposal, [later])).toMatchObject({
        ok: false,
        reason: 'status-not-latest',
        later: { kind: 'talks-held', date: '2024-04-02' },
      });
      // An undated status with a dated event: the status cannot be shown as the latest.
      const undated = {
        ...later,
        statusDate: '',
        events: later.events.map((e) => ({ ...e, date: '2017' })),
      };
      expect(reviewedPartnerships(read.proposal, [undated])).toMatchObject({
        reason: 'status-not-latest',
      });
      const wrong = { ...later, statusDate: '2024-13' };
      expect(reviewedPartnerships(read.proposal, [wrong])).toMatchObject({
        reason: 'bad-date',
        value: '2024-13',
        event: null,
      });
      const wrongEvent = { ...later, events: later.events.map((e) => ({ ...e, date: '8 March' })) };
      expect(reviewedPartnerships(read.proposal, [wrongEvent])).toMatchObject({
        reason: 'bad-date',
        value: '8 March',
        event: 0,
      });
    })();
  });
});

describe('the repository zip', () => {
  it('a working copy goes out as atlas.json and sources/*.txt that pass the data check, and comes back checked', async () => {
    const library = openDatasetLibrary({ factory: new IDBFactory() });
    const client = createImportInlineClient(fetcher, ASSETS, () => library);
    const text = fixture('ar-02-talks-particles');
    const read = await client.readArticle('ar-02.txt', new TextEncoder().encode(text), null);
    if (!read.ok) throw new Error(read.problem);
    // Curated standards: every passage translated by us, a summary written, parties at capitals.
    const reviews = initialReview(read.proposal, () => null).map((r) => {
      const ticked = tickSuggested({
        ...r,
        accepted: true,
        summary: 'Algeria and Tunisia discussed border security.',
      });
      const sentences = [...ticked.statusTicked, ...ticked.domains.flatMap((d) => d.ticked)];
      return {
        ...ticked,
        translations: Object.fromEntries(
          sentences.map((i) => [i, `Our translation of sentence ${i}.`]),
        ),
      };
    });
    const reviewed = reviewedPartnerships(read.proposal, reviews);
    if (!reviewed.ok) throw new Error('nothing to add');
    const added = await client.addArticle(
      SEED,
      {
        name: 'ar-02.txt',
        text: read.article.text,
        language: 'ar',
        headline: null,
        headlineTranslation: null,
        subject: 'Algeria and Tunisia discuss border security',
        publisher: null,
        published: null,
        url: null,
      },
      reviewed.partnerships,
    );
    if (!added.ok) throw new Error(JSON.stringify(added.issues));

    const zip = await client.exportRepository({
      file: added.info.name,
      stored: added.info.id,
      title: added.info.name,
    });
    if (!zip) throw new Error('no zip');
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'atlas.json',
      'sources/000_37cbfe5228b1c951.txt',
      'sources/004_a350234f16e35166.txt',
      'sources/ar-02.txt',
    ]);
    const atlas = strFromU8(files['atlas.json'] ?? new Uint8Array());
    const sourceTexts = new Map(
      Object.entries(files)
        .filter(([name]) => name.startsWith('sources/'))
        .map(([name, bytes]) => [name, strFromU8(bytes)] as [string, string]),
    );
    // What `npm run data:check` runs on data/ (curated checks, excerpts against their files).
    const checked = parseDataset(atlas, { file: 'data/atlas.json', sourceTexts });
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    expect(sourceTexts.get('sources/ar-02.txt')).toBe(text);

    // Imported back, its sources keep their texts: the excerpts stay checked.
    const opened = await client.open('atlas-repository.zip', zip, undefined, () => undefined);
    if (!opened.ok) throw new Error('not opened');
    expect(opened.preview.kind).toBe('dataset');
    const outcome = await client.read(opened.preview.id, {}, null, () => undefined);
    expect(outcome?.counts.kept).toBe(3);
    const info = await client.save(
      opened.preview.id,
      'From the repository',
      'atlas-repository.zip',
    );
    const entry = await (await library).get(info.id);
    expect(Object.keys(entry?.sources ?? {})).toHaveLength(3);
    const pipeline = new DatasetPipeline(fetcher, undefined, () => library);
    const loaded = await pipeline.load({ file: info.name, stored: info.id }, () => undefined);
    expect(loaded.ok).toBe(true);
  });

  it('refuses a zip that is not ours, and one whose excerpts are not in its texts', async () => {
    const client = createImportInlineClient(fetcher, ASSETS, () =>
      openDatasetLibrary({ factory: new IDBFactory() }),
    );
    const notOurs = zipSync({ 'readme.txt': strToU8('hello') });
    const refused = await client.open('other.zip', notOurs, undefined, () => undefined);
    expect(refused.ok).toBe(false);
    const seed = readFileSync(join(ROOT, 'data/atlas.json'), 'utf8');
    const wrongText = zipSync({
      'atlas.json': strToU8(seed),
      'sources/000_37cbfe5228b1c951.txt': strToU8('another text entirely'),
      'sources/004_a350234f16e35166.txt': strToU8(
        readFileSync(join(ROOT, 'data/sources/004_a350234f16e35166.txt'), 'utf8'),
      ),
    });
    const opened = await client.open('tampered.zip', wrongText, undefined, () => undefined);
    if (!opened.ok) throw new Error('not opened');
    const outcome = await client.read(opened.preview.id, {}, null, () => undefined);
    expect(outcome?.counts.kept).toBe(0);
    expect(outcome?.issues.length).toBeGreaterThan(0);
  });
});
