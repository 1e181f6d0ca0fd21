/**
 * `npm run ingest:eval`: how well the article workbench's proposals match what our fixture
 * articles report (test/fixtures/ingest, written for the tests) and the two seed articles (as
 * curated in data/atlas.json). Prints precision and recall for party pairs and for the domains of
 * the pairs found, status accuracy, and whether any commentary or background passage was proposed
 * as evidence. `--json` prints the figures only; `--verbose` lists every miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProposer } from './ingest';
import { readArticle } from '../src/core/ingest/article';
import type { ArticleProposal } from '../src/core/ingest/propose';

interface Expected {
  parties: [string, string];
  status: string;
  domains: string[];
}

const root = new URL('..', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures/ingest');

export interface Case {
  name: string;
  text: string;
  pairs: Expected[];
}

/** The articles of a fixture folder with their expectations (`expected.json`). */
export function loadFolder(folder: string): Case[] {
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Record<
    string,
    { pairs: Expected[] }
  >;
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const pairs = expected[name]?.pairs;
      if (!pairs) throw new Error(`${file}: no expectation in expected.json`);
      return { name, text: readFileSync(join(folder, file), 'utf8'), pairs };
    });
}

/** The held-out articles: written after tuning, never tuned on. */
export const loadHeldOut = (): Case[] => loadFolder(join(fixtures, 'held-out'));

/** The fixtures the lexicon was developed on, and the two seed articles. */
export function loadCases(): Case[] {
  const cases = loadFolder(fixtures);
  // The seed articles, as the curated dataset reads them.
  const atlas = JSON.parse(readFileSync(join(root, 'data/atlas.json'), 'utf8')) as {
    sources: { id: string; file: string | null }[];
    excerpts: { id: string; source: string }[];
    partnerships: {
      parties: [string, string];
      status: string;
      domains: { domain: string; excerpts: string[] }[];
    }[];
  };
  for (const source of atlas.sources) {
    if (!source.file) continue;
    const ids = new Set(atlas.excerpts.filter((e) => e.source === source.id).map((e) => e.id));
    const pairs = atlas.partnerships
      .filter((p) => p.domains.some((d) => d.excerpts.some((e) => ids.has(e))))
      .map((p) => ({
        parties: p.parties,
        status: p.status,
        domains: p.domains.map((d) => d.domain),
      }));
    cases.push({
      name: `seed ${source.file}`,
      text: readFileSync(join(root, 'data', source.file), 'utf8'),
      pairs,
    });
  }
  return cases;
}

const same = (a: readonly string[], b: readonly string[]) =>
  (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);

export interface Figures {
  articles: number;
  pairs: { expected: number; proposed: number; found: number; precision: number; recall: number };
  domains: { expected: number; proposed: number; found: number; precision: number; recall: number };
  status: { right: number; of: number; accuracy: number };
  commentaryAsEvidence: number;
  misses: string[];
}

export function evaluate(cases: readonly Case[]): Figures {
  const proposer = loadProposer();
  const f = {
    pairs: { expected: 0, proposed: 0, found: 0 },
    domains: { expected: 0, proposed: 0, found: 0 },
    status: { right: 0, of: 0 },
    commentaryAsEvidence: 0,
    misses: [] as string[],
  };
  for (const c of cases) {
    const read = readArticle(c.text, c.text.length);
    if (!read.ok) throw new Error(`${c.name}: ${read.problem}`);
    const proposal: ArticleProposal = proposer.propose(read.article.text);
    f.pairs.expected += c.pairs.length;
    f.pairs.proposed += proposal.pairs.length;
    for (const pair of proposal.pairs) {
      for (const index of pair.evidence) {
        const role = proposal.sentences[index]?.role;
        if (role === 'commentary' || role === 'background') f.commentaryAsEvidence++;
      }
      if (!c.pairs.some((e) => same(e.parties, pair.parties))) {
        f.misses.push(`${c.name}: proposed ${pair.parties.join('–')}, not reported`);
      }
    }
    for (const expected of c.pairs) {
      const pair = proposal.pairs.find((p) => same(p.parties, expected.parties));
      if (!pair) {
        f.misses.push(`${c.name}: missed ${expected.parties.join('–')}`);
        continue;
      }
      f.pairs.found++;
      const proposed = pair.domains.map((d) => d.domain);
      f.domains.expected += expected.domains.length;
      f.domains.proposed += proposed.length;
      for (const d of expected.domains) {
        if (proposed.includes(d)) f.domains.found++;
        else f.misses.push(`${c.name}: ${expected.parties.join('–')} lacks ${d}`);
      }
      for (const d of proposed) {
        if (!expected.domains.includes(d))
          f.misses.push(`${c.name}: ${expected.parties.join('–')} extra ${d}`);
      }
      f.status.of++;
      if (pair.status?.value === expected.status) f.status.right++;
      else
        f.misses.push(
          `${c.name}: ${expected.parties.join('–')} status ${pair.status?.value ?? 'none'}, expected ${expected.status}`,
        );
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    articles: cases.length,
    pairs: {
      ...f.pairs,
      precision: ratio(f.pairs.found, f.pairs.proposed),
      recall: ratio(f.pairs.found, f.pairs.expected),
    },
    domains: {
      ...f.domains,
      precision: ratio(f.domains.found, f.domains.proposed),
      recall: ratio(f.domains.found, f.domains.expected),
    },
    status: { ...f.status, accuracy: ratio(f.status.right, f.status.of) },
    commentaryAsEvidence: f.commentaryAsEvidence,
    misses: f.misses,
  };
}

function print(title: string, figures: Figures, verbose: boolean): void {
  console.log(`${title}: ${figures.articles} articles`);
  console.log(
    `  pairs:   precision ${figures.pairs.precision}  recall ${figures.pairs.recall}  (${figures.pairs.found} of ${figures.pairs.expected} found, ${figures.pairs.proposed} proposed)`,
  );
  console.log(
    `  domains: precision ${figures.domains.precision}  recall ${figures.domains.recall}  (of the pairs found)`,
  );
  console.log(
    `  status:  ${figures.status.right} of ${figures.status.of} right (${figures.status.accuracy})`,
  );
  console.log(`  commentary or background proposed as evidence: ${figures.commentaryAsEvidence}`);
  if (verbose) for (const miss of figures.misses) console.log(`    ${miss}`);
}

if (process.argv[1]?.endsWith('ingest-eval.ts')) {
  const developed = evaluate(loadCases());
  const heldOut = evaluate(loadHeldOut());
  if (process.argv.includes('--json')) {
    const bare = (f: Figures) => ({ ...f, misses: undefined });
    console.log(JSON.stringify({ developed: bare(developed), heldOut: bare(heldOut) }, null, 2));
  } else {
    const verbose = process.argv.includes('--verbose');
    print('Fixtures and seeds (the lexicon was developed on these)', developed, verbose);
    print('Held out (written after, never tuned on)', heldOut, verbose);
  }
}
