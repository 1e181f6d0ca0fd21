/** Data problems as text, without the validator (so that the page's entry can show them). */
import type { Translator } from './messages';
import type { DataIssue } from './types';

/** One line per issue: `data/atlas.json › partnerships[1] "egy-nato" › domains[0]: message`. */
export function formatIssue(issue: DataIssue, { say }: Translator): string {
  const place = [issue.file, issue.record, issue.field].filter((part) => part !== '').join(' › ');
  return `${place}: ${say(issue.message)}`;
}
