/**
 * The stored article text cut into what the proposals are made of: normalized words, sentences
 * and paragraphs, each with its character offsets into the text exactly as stored (UTF-16 code
 * units, as `String.prototype.slice` counts them), so that whatever is proposed can be shown and
 * quoted from the very characters it came from.
 *
 * Normalizing for matching only: Arabic diacritics and the tatweel are dropped, the hamza-bearing
 * alefs become ا, ى becomes ي and ة becomes ه; Latin letters keep their case (an acronym is not a
 * word), and are compared case-blind where a lexicon asks.
 */

export interface Span {
  /** Offset of the first character in the stored text. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

export interface Word extends Span {
  /** The word normalized for matching. */
  norm: string;
  /**
   * The forms it is compared in: Arabic without its joined particles and article, Latin in lower
   * case and without a possessive "'s".
   */
  forms: string[];
  /** Its position among the text's words. */
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** The sentence's words, as indexes into the text's words: [first, last + 1). */
  words: [number, number];
}

export interface Paragraph extends Span {
  index: number;
}

export interface CutText {
  text: string;
  words: Word[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;
const FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  '’': "'",
};

/** A word (or a lexicon's phrase) as the matcher sees it. */
export function normalizeWord(word: string): string {
  let out = '';
  for (const char of word) {
    if (DIACRITICS.test(char)) continue;
    out += FOLD[char] ?? char;
  }
  return out;
}

const WORD = /[\p{L}\p{N}\p{M}\u0640]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
/** Where a sentence ends: . ! ? ; ؟ ؛ and a line break; not a dot inside a number or an initial. */
const SENTENCE_END = /[.!?;؟؛]+["»”)\]]*|\n/g;

export function cutText(text: string): CutText {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const norm = normalizeWord(match[0]);
    if (norm === '') continue;
    words.push({
      start: match.index,
      end: match.index + match[0].length,
      norm,
      forms: formsOf(norm),
      index: words.length,
    });
  }

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const trimmed = trimSpan(text, lineStart, lineEnd);
    if (trimmed) {
      const paragraph = paragraphs.length;
      paragraphs.push({ ...trimmed, index: paragraph });
      let from = trimmed.start;
      const ends = [...text.slice(trimmed.start, trimmed.end).matchAll(SENTENCE_END)];
      const cuts = ends
        .map((m) => trimmed.start + m.index + m[0].length)
        .filter((at) => !isNotAnEnd(text, at));
      for (const cut of [...cuts, trimmed.end]) {
        const span = withoutMarkers(text, trimSpan(text, from, cut));
        from = cut;
        if (!span || !/[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) continue;
        sentences.push({
          ...span,
          index: sentences.length,
          paragraph,
          words: wordRange(words, span),
        });
      }
    }
    lineStart = lineEnd + 1;
  }
  return { text, words, sentences, paragraphs };
}

/**
 * A dot between digits ("1.5"), in initials ("U.S.", "U.N.") or after a title ("Mr.", "Dr.") does
 * not end a sentence.
 */
function isNotAnEnd(text: string, at: number): boolean {
  if (text[at - 1] !== '.') return false;
  const before = text.slice(Math.max(0, at - 12), at);
  if (/\d\.$/.test(before) && /\d/.test(text[at] ?? '')) return true;
  return /(?:^|[^\p{L}])(?:(?:\p{Lu}\.){2,}|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Gen\.|Col\.|Lt\.)$/u.test(
    before,
  );
}

/**
 * A sentence without what marks it in a list or a page: a bullet ("- ", "• "), a footnote mark
 * ("[2]"), so that it can be quoted as an excerpt.
 */
function withoutMarkers(text: string, span: Span | null): Span | null {
  if (!span) return null;
  const marker = /^(?:[-–—•*·]\s+|\[\d+\]\s*)+/u.exec(text.slice(span.start, span.end));
  return marker ? trimSpan(text, span.start + marker[0].length, span.end) : span;
}

/** The span with its outer whitespace taken off; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return s < e ? { start: s, end: e } : null;
}

function wordRange(words: readonly Word[], span: Span): [number, number] {
  let first = lowerBound(words, span.start);
  let last = first;
  while (last < words.length && (words[last]?.end ?? Infinity) <= span.end) last++;
  if (last < first) first = last;
  return [first, last];
}

function lowerBound(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Joined particles an Arabic word may carry before a name: و ف, then ب ل ك; ل + ال is written لل. */
export function bareForms(norm: string): string[] {
  const forms = new Set<string>([norm]);
  const add = (form: string) => {
    if (form.length >= 2) forms.add(form);
  };
  const withoutConjunction = /^[وف]/.test(norm) ? [norm.slice(1)] : [];
  for (const first of [norm, ...withoutConjunction]) {
    add(first);
    if (first.startsWith('لل')) add(`ال${first.slice(2)}`);
    for (const particle of ['ب', 'ل', 'ك']) {
      if (first.startsWith(particle)) add(first.slice(1));
    }
  }
  return [...forms];
}

/** A form without the article, when it has one. */
export const withoutArticle = (form: string): string =>
  form.startsWith('ال') && form.length > 3 ? form.slice(2) : form;

const LATIN = /^[\p{Script=Latin}\d'’.-]+$/u;

/** Whether a normalized word is written in Latin letters (or digits). */
export const isLatinWord = (norm: string): boolean => LATIN.test(norm);

function formsOf(norm: string): string[] {
  if (isLatinWord(norm)) {
    const lower = norm.toLowerCase();
    const bare = lower.replace(/['’]s?$/u, '');
    return bare === lower ? [lower] : [lower, bare];
  }
  const forms = new Set<string>();
  for (const form of bareForms(norm)) {
    forms.add(form);
    forms.add(withoutArticle(form));
  }
  return [...forms];
}
