/**
 * `npm run data:check [file.json …]`: validates datasets as the app does at load, excerpts checked
 * against their source files, and the briefing decks in `data/briefings/` against the dataset they
 * sit beside; exits non-zero with one line per problem.
 */
import { z } from 'zod';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkDeckReferences, parseDeck } from '../src/core/deck-schema';
import { indexDataset } from '../src/core/dataset-index';
import type { Dataset } from '../src/core/types';
import { curatedNotes, parseDataset, formatIssue } from '../src/core/validate';
import { translator } from '../src/core/messages';
import { lexiconSchema, nameListSchema } from '../src/core/ingest/data-schema';

/** The list's shape, as `npm run data:check` checks it. */
const cowListSchema = z.strictObject({
  source: z.string().min(1),
  crosswalk: z.string().min(1),
  states: z.array(
    z.strictObject({
      code: z.number().int().positive(),
      abbreviation: z.string().regex(/^[A-Z]{3}$/),
      name: z.string().min(1),
      years: z.array(z.tuple([z.number().int(), z.number().int()])).min(1),
      iso3: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .nullable(),
    }),
  ),
});

/** The check speaks English, as the terminal does. */
const ENGLISH = translator('en');

const files = process.argv.slice(2);
const targets = files.length > 0 ? files : ['data/atlas.json'];

let failed = false;
for (const target of targets) {
  const file = relative(process.cwd(), target) || target;
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  // Source texts are named relative to the dataset's folder ("sources/x.txt").
  const result = parseDataset(text, { file, sourceTexts: readSources(text, dirname(target)) });
  if (result.ok) {
    const d = result.dataset;
    console.log(
      `${file}: OK — ${d.actors.length} actors, ${d.domains.length} domains, ${d.sources.length} sources, ${d.excerpts.length} excerpts (all found verbatim), ${d.partnerships.length} partnerships`,
    );
    // Allowed, and said in the atlas: listed so that an editor sees what is left to do.
    for (const note of curatedNotes(d, file)) console.log(`  note: ${formatIssue(note, ENGLISH)}`);
    if (!checkDecks(d, join(dirname(target), 'briefings'))) failed = true;
  } else {
    failed = true;
    console.error(`${file}: ${result.issues.length} problem(s)`);
    for (const issue of result.issues) console.error(`  ${formatIssue(issue, ENGLISH)}`);
  }
}
if (files.length === 0 && !checkIngestData()) failed = true;
if (files.length === 0 && !checkCowList()) failed = true;
process.exit(failed ? 1 : 0);

/** Checks every deck in `folder` against the dataset; false when one has a problem. */
function checkDecks(dataset: Dataset, folder: string): boolean {
  if (!existsSync(folder)) return true;
  const index = indexDataset(dataset);
  let ok = true;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
    const file = relative(process.cwd(), join(folder, name));
    const result = parseDeck(readFileSync(join(folder, name), 'utf8'), file);
    const issues = result.ok ? checkDeckReferences(result.deck, index, file) : result.issues;
    if (result.ok && issues.length === 0) {
      console.log(`${file}: OK — ${result.deck.scenes.length} scenes, every reference found`);
    } else {
      ok = false;
      console.error(`${file}: ${issues.length} problem(s)`);
      for (const issue of issues) console.error(`  ${formatIssue(issue, ENGLISH)}`);
    }
  }
  return ok;
}

/** The article workbench's name lists and lexicon: their shape, and no actor or domain twice. */
function checkIngestData(): boolean {
  let ok = true;
  for (const [file, schema] of [
    ['data/ingest/actors.json', nameListSchema],
    ['data/ingest/lexicon.json', lexiconSchema],
  ] as const) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      ok = false;
      continue;
    }
    const result = schema.safeParse(parsed);
    if (!result.success) {
      ok = false;
      for (const issue of result.error.issues) {
        console.error(`${file} › ${issue.path.join('.')}: ${issue.message}`);
      }
      continue;
    }
    const ids =
      'states' in result.data
        ? [...result.data.states, ...result.data.organizations].map((e) => e.id)
        : result.data.domains.map((d) => d.id);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (twice.length > 0) {
      ok = false;
      console.error(`${file}: listed twice: ${twice.join(', ')}`);
    } else console.log(`${file}: OK — ${ids.length} entries`);
  }
  return ok;
}

/** The Correlates of War list: its shape, and no code or abbreviation twice. */
function checkCowList(): boolean {
  const file = 'data/import/cow-states.json';
  const result = cowListSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    for (const issue of result.error.issues) {
      console.error(`${file} › ${issue.path.join('.')}: ${issue.message}`);
    }
    return false;
  }
  const { states } = result.data;
  for (const key of ['code', 'abbreviation'] as const) {
    const values = states.map((s) => s[key]);
    const twice = values.filter((v, i) => values.indexOf(v) !== i);
    if (twice.length > 0) {
      console.error(`${file}: ${key} listed twice: ${twice.join(', ')}`);
      return false;
    }
  }
  const unplaced = states.filter((s) => s.iso3 === null).length;
  console.log(`${file}: OK — ${states.length} states, ${unplaced} with no present-day territory`);
  return true;
}

/** Reads every `sources[].file` the dataset names; unreadable ones map to undefined. */
function readSources(text: string, folder: string): Map<string, string | undefined> {
  const into = new Map<string, string | undefined>();
  let names: string[] = [];
  try {
    const raw = JSON.parse(text) as { sources?: { file?: unknown }[] };
    names = (raw.sources ?? []).flatMap((s) => (typeof s.file === 'string' ? [s.file] : []));
  } catch {
    // A syntax error is reported by parseDataset itself.
  }
  for (const name of names) {
    try {
      into.set(name, readFileSync(join(folder, name), 'utf8'));
    } catch {
      into.set(name, undefined);
    }
  }
  return into;
}
