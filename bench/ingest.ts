/**
 * The article workbench's proposals on a long article: the two seed articles and the fixtures,
 * repeated to about 5,000 words, proposed by the same core code the import worker runs (here in
 * Node, on this machine's CPU). The medians of `runs` after two warm-ups. Part of `npm run bench`;
 * `npm run bench -- --ingest-only` runs it alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProposer } from '../src/core/ingest/propose';
import type { Lexicon } from '../src/core/ingest/lexicon';
import type { NameList } from '../src/core/ingest/names';

export interface IngestFigures {
  words: number;
  sentences: number;
  medianMs: number;
  maxMs: number;
}

export function benchIngest(runs = 9, targetWords = 5000): IngestFigures {
  const read = (path: string) => readFileSync(path, 'utf8');
  const proposer = createProposer(
    JSON.parse(read('data/ingest/actors.json')) as NameList,
    JSON.parse(read('data/ingest/lexicon.json')) as Lexicon,
  );
  const pieces = [
    ...readdirSync('data/sources').map((f) => read(join('data/sources', f))),
    ...readdirSync('test/fixtures/ingest')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => read(join('test/fixtures/ingest', f))),
  ];
  let text = '';
  for (let i = 0; text.split(/\s+/).length < targetWords; i++)
    text += `${pieces[i % pieces.length] ?? ''}\n`;
  const times: number[] = [];
  let sentences = 0;
  for (let run = 0; run < runs + 2; run++) {
    const start = performance.now();
    sentences = proposer.propose(text).sentences.length;
    if (run >= 2) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    words: text.split(/\s+/).length,
    sentences,
    medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0),
    maxMs: Math.round(times.at(-1) ?? 0),
  };
}
