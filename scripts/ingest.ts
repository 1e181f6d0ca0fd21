/**
 * `npm run ingest -- <file>... [--json]`: the article workbench's proposal for each file, from the
 * same core code the app runs (src/core/ingest). Plain text (any encoding the importer reads) or
 * the `<DOC>` corpus wrapper. `--json` prints one report per file (its shape: the README).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeBytes } from '../src/core/import/decode';
import { readArticle } from '../src/core/ingest/article';
import { createProposer } from '../src/core/ingest/propose';
import { reportOf, type IngestReport } from '../src/core/ingest/report';
import type { NameList } from '../src/core/ingest/names';
import type { Lexicon } from '../src/core/ingest/lexicon';

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

export function loadProposer() {
  return createProposer(
    readJson('../data/ingest/actors.json') as NameList,
    readJson('../data/ingest/lexicon.json') as Lexicon,
  );
}

export function ingestFile(path: string, proposer = loadProposer()): IngestReport {
  const bytes = readFileSync(path);
  const decoded = decodeBytes(new Uint8Array(bytes));
  const read = readArticle(decoded.text, bytes.length);
  if (!read.ok) {
    const why = {
      empty: 'it holds no text',
      binary: 'it is not a text file',
      'too-large': 'it is larger than 5 MB',
    }[read.problem];
    throw new Error(`${path}: ${why}`);
  }
  return reportOf(basename(path), read.article.facts, proposer.propose(read.article.text));
}

function printReport(report: IngestReport): void {
  const out: string[] = [`# ${report.file}`];
  for (const [key, fact] of Object.entries(report.facts)) {
    out.push(
      `${key}: ${fact ? `${(fact as { value: string }).value} (from the file)` : 'unknown'}`,
    );
  }
  out.push(
    `actors: ${report.actors.map((a) => `${a.id} (${a.via.join(', ')})`).join('; ') || 'none found: add the parties yourself'}`,
  );
  for (const pair of report.pairs) {
    out.push(`\n## ${pair.parties.join(' – ')}  (score ${pair.score})`);
    out.push(
      `status: ${pair.status ? `${pair.status.value} ← "${pair.status.cue.text}"` : 'none suggested'}`,
    );
    for (const d of pair.domains) {
      out.push(`  ${d.domain}: ${d.evidence.map((e) => `[${e.start}-${e.end}]`).join(' ')}`);
    }
    for (const note of pair.notes) out.push(`  note: ${note}`);
  }
  for (const f of report.flagged)
    out.push(`\n${f.role} (${f.marker ?? '?'}): [${f.start}-${f.end}] ${f.text.slice(0, 80)}…`);
  console.log(out.join('\n'));
}

const isMain = process.argv[1]?.endsWith('ingest.ts');
if (isMain) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length === 0) {
    console.error('usage: npm run ingest -- <file>... [--json]');
    process.exit(2);
  }
  const proposer = loadProposer();
  let failed = false;
  const reports: IngestReport[] = [];
  for (const file of files) {
    try {
      reports.push(ingestFile(file, proposer));
    } catch (error) {
      failed = true;
      console.error(error instanceof Error ? error.message : String(error));
    }
  }
  if (json)
    console.log(JSON.stringify(files.length === 1 ? (reports[0] ?? null) : reports, null, 2));
  else reports.forEach(printReport);
  process.exit(failed ? 1 : 0);
}
