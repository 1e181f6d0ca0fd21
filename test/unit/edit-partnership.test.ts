import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editPartnership, reviewOfPartnership, type SourceFacts } from '../../src/core/ingest/edit';
import type { Lexicon } from '../../src/core/ingest/lexicon';
import type { NameList } from '../../src/core/ingest/names';
import { createProposer } from '../../src/core/ingest/propose';
import { reviewedOf, toggled, type PairReview } from '../../src/core/ingest/review';
import type { Dataset } from '../../src/core/types';
import { validateDataset } from '../../src/core/validate';
import { ROOT, seedJson } from './helpers';

const json = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const lexicon = json('data/ingest/lexicon.json') as Lexicon;
const proposer = createProposer(json('data/ingest/actors.json') as NameList, lexicon);
const SOURCES: Record<string, string> = {
  'sources/000_37cbfe5228b1c951.txt': readFileSync(
    join(ROOT, 'data/sources/000_37cbfe5228b1c951.txt'),
    'utf8',
  ),
  'sources/004_a350234f16e35166.txt': readFileSync(
    join(ROOT, 'data/sources/004_a350234f16e35166.txt'),
    'utf8',
  ),
};
const LINK = 'egy-nato-closer-cooperation';
const SOURCE = 'egy-nato-meeting';

function open(dataset: Dataset = seedJson()) {
  const source = dataset.sources.find((s) => s.id === SOURCE);
  const text = SOURCES[source?.file ?? ''] ?? '';
  const proposal = proposer.propose(text);
  const review = reviewOfPartnership(dataset, LINK, SOURCE, proposal);
  if (!review || !source) throw new Error('not opened');
  const facts: SourceFacts = { ...source };
  const save = (changed: PairReview, changedFacts: SourceFacts = facts) => {
    const reviewed = reviewedOf(proposal, changed);
    if (!reviewed) throw new Error('no status');
    return editPartnership({
      dataset,
      sources: SOURCES,
      partnership: LINK,
      source: SOURCE,
      facts: changedFacts,
      reviewed,
      domainLabel: (id) => lexicon.domains.find((d) => d.id === id)?.label ?? null,
      addedDomain: 'added',
    });
  };
  return { dataset, text, proposal, review, save };
}

const citations = (dataset: Dataset) => {
  const link = dataset.partnerships.find((p) => p.id === LINK);
  if (!link) throw new Error('gone');
  return {
    status: link.status,
    statusExcerpts: [...link.statusExcerpts].sort(),
    domains: Object.fromEntries(link.domains.map((d) => [d.domain, [...d.excerpts].sort()])),
  };
};

const check = (dataset: Dataset) => {
  const checked = validateDataset(dataset, {
    file: 'data/atlas.json',
    sourceTexts: new Map(Object.entries(SOURCES)),
  });
  return checked.ok ? [] : checked.issues;
};

describe('editing a partnership’s evidence', () => {
  it('opens the citations as they stand, and saving them unchanged changes nothing', () => {
    const { dataset, review, save } = open();
    expect(review.accepted).toBe(true);
    expect(review.status).toBe('intent-expressed');
    // Every citation is there: as a ticked sentence, or as a selection at its exact place.
    const cited = review.domains.filter(
      (d) => d.ticked.length > 0 || review.selections.some((s) => s.for === d.domain),
    );
    expect(cited.map((d) => d.domain).sort()).toEqual(
      Object.keys(citations(dataset).domains).sort(),
    );
    const saved = save(review);
    if (!saved.ok) throw new Error(saved.reason);
    expect(citations(saved.dataset)).toEqual(citations(dataset));
    expect(saved.dataset.excerpts).toEqual(dataset.excerpts);
    expect(check(saved.dataset)).toEqual([]);
  });

  it('fixes a translation in place, the excerpt’s words untouched', () => {
    const { dataset, text, review, save } = open();
    const demining = dataset.excerpts.find((e) => e.id === 'egy-nato-demining');
    if (!demining) throw new Error('seed changed');
    const at = text.indexOf(demining.text);
    const changed: PairReview = {
      ...review,
      selections: review.selections.map((s) =>
        s.start === at ? { ...s, translation: 'Demining: our corrected translation.' } : s,
      ),
      translations: Object.fromEntries(
        Object.entries(review.translations).map(([k, v]) => [
          k,
          v === demining.translation ? 'Demining: our corrected translation.' : v,
        ]),
      ),
    };
    const saved = save(changed);
    if (!saved.ok) throw new Error(saved.reason);
    const after = saved.dataset.excerpts.find((e) => e.id === 'egy-nato-demining');
    expect(after).toEqual({ ...demining, translation: 'Demining: our corrected translation.' });
    expect(citations(saved.dataset)).toEqual(citations(dataset));
  });

  it('removes a domain whose passages are all unticked, and the excerpt nothing cites any more', () => {
    const { dataset, text, review, save } = open();
    const demining = dataset.excerpts.find((e) => e.id === 'egy-nato-demining');
    if (!demining) throw new Error('seed changed');
    const at = text.indexOf(demining.text);
    const changed: PairReview = {
      ...review,
      selections: review.selections.filter((s) => !(s.for === 'demining' && s.start === at)),
      domains: review.domains.map((d) => (d.domain === 'demining' ? { ...d, ticked: [] } : d)),
    };
    const saved = save(changed);
    if (!saved.ok) throw new Error(saved.reason);
    expect(citations(saved.dataset).domains).not.toHaveProperty('demining');
    expect(saved.dataset.excerpts.some((e) => e.id === 'egy-nato-demining')).toBe(false);
    // The commentary and background passages kept to be shown as such stay.
    expect(saved.dataset.excerpts.filter((e) => e.kind !== 'report')).toHaveLength(2);
    expect(check(saved.dataset)).toEqual([]);
  });

  it('adds a passage selected in the text for a domain the dataset lacks, from the lexicon', () => {
    const { text, review, save } = open();
    const words = 'الاستفادة من خبرات الناتو وتقنياته المتقدمة';
    const start = text.indexOf(words);
    expect(start).toBeGreaterThan(0);
    const changed: PairReview = {
      ...review,
      selections: [
        ...review.selections,
        { start, end: start + words.length, for: 'arms-and-equipment', translation: '' },
      ],
    };
    const saved = save(changed);
    if (!saved.ok) throw new Error(saved.reason);
    const added = saved.dataset.excerpts.find((e) => e.text === words);
    expect(added).toMatchObject({ source: SOURCE, translation: null, kind: 'report' });
    expect(citations(saved.dataset).domains['arms-and-equipment']).toEqual([added?.id]);
    expect(saved.dataset.domains.map((d) => d.id)).toContain('arms-and-equipment');
  });

  it('changes the status, and refuses one left with no passage', () => {
    const { review, save } = open();
    const talks = save({ ...review, status: 'talks-held' });
    if (!talks.ok) throw new Error(talks.reason);
    expect(citations(talks.dataset).status).toBe('talks-held');
    const bare = save({
      ...review,
      statusTicked: review.statusTicked.reduce((list, i) => toggled(list, i), review.statusTicked),
      selections: review.selections.filter((s) => s.for !== 'status'),
    });
    expect(bare).toEqual({ ok: false, reason: 'no-status-evidence', id: LINK });
  });

  it('corrects the source’s facts', () => {
    const { dataset, review, save } = open();
    const source = dataset.sources.find((s) => s.id === SOURCE);
    if (!source) throw new Error('seed changed');
    const saved = save(review, { ...source, publisher: 'A publisher the page names' });
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.dataset.sources.find((s) => s.id === SOURCE)?.publisher).toBe(
      'A publisher the page names',
    );
  });
});
