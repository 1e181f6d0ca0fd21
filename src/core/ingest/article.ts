/**
 * An article as the workbench stores it: its text exactly as read (the source its excerpts are
 * checked against) and only the facts the file states about it. Reads plain text and the
 * `<DOC> <TITLE> <TIME> <URL> <SRC> <TEXT>` wrapper of Arabic news corpora; a fact the file does
 * not state stays unknown.
 */

/** A fact about the article and where it came from: only ever the file itself. */
export interface Stated {
  value: string;
  from: 'file';
}

export interface ArticleFacts {
  headline: Stated | null;
  /** ISO date (`YYYY-MM-DD`, or as precise as the file says), when the file states one. */
  published: Stated | null;
  url: Stated | null;
  publisher: Stated | null;
}

export interface ReadArticle {
  format: 'text' | 'doc';
  /** The article's text, exactly as read: what excerpts are found in. */
  text: string;
  facts: ArticleFacts;
}

/** Why an article cannot be read. */
export type ArticleProblem = 'empty' | 'binary' | 'too-large';

/** The largest article accepted, in bytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const NONE: ArticleFacts = { headline: null, published: null, url: null, publisher: null };

const stated = (value: string | undefined): Stated | null => {
  const trimmed = value?.trim();
  return trimmed ? { value: trimmed, from: 'file' } : null;
};

/** Whether decoded text is really text: control characters other than tab and line breaks are not. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return sample.includes('\u0000') || controls > sample.length / 100;
}

export function readArticle(
  text: string,
  bytes: number,
): { ok: true; article: ReadArticle } | { ok: false; problem: ArticleProblem } {
  if (bytes > MAX_ARTICLE_BYTES) return { ok: false, problem: 'too-large' };
  if (looksBinary(text)) return { ok: false, problem: 'binary' };
  const doc = readDoc(text);
  const article: ReadArticle = doc ?? { format: 'text', text, facts: NONE };
  if (!/[\p{L}\p{N}]/u.test(article.text)) return { ok: false, problem: 'empty' };
  return { ok: true, article };
}

/** The corpus wrapper: `<DOC>`, then `<TITLE>`, `<TIME>`, `<URL>`, `<SRC>` and the `<TEXT>` itself. */
function readDoc(text: string): ReadArticle | null {
  if (!/^\s*<DOC>/i.test(text)) return null;
  const field = (tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'i').exec(text)?.[1];
  const body = /<TEXT>\r?\n?([\s\S]*?)\r?\n?<\/TEXT>/i.exec(text)?.[1];
  if (body === undefined) return null;
  return {
    format: 'doc',
    text: body,
    facts: {
      headline: stated(field('TITLE')),
      published: stated(isoOf(field('TIME'))),
      url: stated(field('URL')),
      publisher: stated(field('SRC')),
    },
  };
}

/** A stated time as an ISO date, as precise as it is; undefined when it is not a date we can read. */
function isoOf(time: string | undefined): string | undefined {
  const match = /(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?/.exec(time ?? '');
  if (!match) return undefined;
  const [, year, month, day] = match;
  const pad = (n: string) => n.padStart(2, '0');
  return [year, month && pad(month), day && pad(day)].filter(Boolean).join('-');
}
