/**
 * Text matching for search, in Arabic and English. Pure functions.
 *
 * Arabic: diacritics (tashkeel), the superscript alef and tatweel are ignored; أ إ آ ٱ fold to ا,
 * ة to ه, ى to ي, ؤ to و and ئ to ي; and a word also matches without the particles written joined
 * to it (و ف ب ك ل) and without the article ال, so "الناتو", "ناتو" and "وللناتو" meet. English
 * (and any Latin script): case and accents are ignored. Digits: Arabic-Indic digits fold to ASCII.
 */

/** Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, and tatweel. */
const IGNORED = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

const FOLDS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/** Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The form text is compared in: lower case, no accents or Arabic diacritics, Arabic letters folded
 * as described above, and every run of anything but letters and digits made one space.
 */
export function normalizeText(text: string): string {
  return (
    text
      // NFKD splits hamza and madda off their carrier (أ → ا + ٔ) and accents off Latin letters.
      .normalize('NFKD')
      .replace(IGNORED, '')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(FOLDABLE, (letter) => FOLDS[letter] ?? letter)
      .replace(ARABIC_DIGITS, (digit) => String((digit.charCodeAt(0) & 0xf) % 10))
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** Particles written joined to the next word, in the order they can be stacked ("وبال…"). */
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ك', 'ل'];
const ARTICLE = 'ال';

/**
 * The forms a normalized word can be found under: itself, and itself without the particles and
 * article that Arabic writes joined to it ("وللناتو" → "للناتو", "لناتو", "ناتو"…). A stem is never
 * cut shorter than two letters, so "ال" alone stays a word.
 */
export function wordForms(word: string): string[] {
  const forms = new Set([word]);
  const strip = (rest: string, prefixes: readonly string[]) =>
    prefixes.flatMap((p) =>
      rest.startsWith(p) && rest.length - p.length >= 2 ? [rest.slice(p.length)] : [],
    );
  let stage = [word];
  for (const prefixes of [CONJUNCTIONS, PREPOSITIONS]) {
    const next = stage.flatMap((w) => strip(w, prefixes));
    for (const w of next) forms.add(w);
    stage = [...stage, ...next];
  }
  // "لل…" is ل + ال with its alef dropped: "للناتو" is "ل" + "الناتو".
  for (const w of [...forms]) {
    if (w.startsWith('لل') && w.length >= 4) forms.add(`ا${w.slice(1)}`);
  }
  for (const w of [...forms]) {
    if (w.startsWith(ARTICLE) && w.length - ARTICLE.length >= 2) forms.add(w.slice(ARTICLE.length));
  }
  return [...forms];
}

/** The words of a query, normalized; empty words dropped. */
export function queryTerms(query: string): string[] {
  return normalizeText(query)
    .split(' ')
    .filter((term) => term !== '');
}

/**
 * A query term matches a word when one of the word's forms starts with one of the term's forms:
 * "ناتو" finds "الناتو", "الارهاب" finds "الإرهاب", "cyber" finds "Cybersecurity".
 */
export function termMatchesWord(term: string, word: string): boolean {
  const termForms = wordForms(term);
  return wordForms(word).some((form) => termForms.some((t) => form.startsWith(t)));
}

/** Whether every term of the query matches some word of the text. An empty query matches all. */
export function matchesQuery(text: string, terms: readonly string[]): boolean {
  return matchesNormalized(normalizeText(text), terms);
}

/** `matchesQuery` for text already through `normalizeText` (to normalize a corpus once). */
export function matchesNormalized(normalized: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const words = normalized.split(' ');
  return terms.every((term) => words.some((word) => termMatchesWord(term, word)));
}

/** A piece of text, marked when it is a word that matches the query. */
export interface TextPiece {
  text: string;
  match: boolean;
}

/** A piece of text with the name of the group of terms its word matched, or null. */
export interface MarkedPiece {
  text: string;
  mark: string | null;
}

/**
 * The text cut into pieces, each word that matches a term of one of the groups marked with the
 * group's name (the first group that matches wins). The pieces joined give back the text exactly.
 */
export function markWords(
  text: string,
  groups: readonly (readonly [name: string, terms: readonly string[]])[],
): MarkedPiece[] {
  const active = groups.filter(([, terms]) => terms.length > 0);
  if (active.length === 0 || text === '') return [{ text, mark: null }];
  const pieces: MarkedPiece[] = [];
  // Words are runs of letters, digits and the marks that belong to them (tashkeel included).
  const word = /[\p{L}\p{N}\p{M}\u0640]+/gu;
  let last = 0;
  for (const found of text.matchAll(word)) {
    const normalized = normalizeText(found[0]);
    if (normalized === '') continue;
    const group = active.find(([, terms]) => terms.some((t) => termMatchesWord(t, normalized)));
    if (!group) continue;
    if (found.index > last) pieces.push({ text: text.slice(last, found.index), mark: null });
    pieces.push({ text: found[0], mark: group[0] });
    last = found.index + found[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), mark: null });
  return pieces;
}

/**
 * The text cut into pieces, with the words that match a term of the query marked, for
 * highlighting. The pieces joined give back the text exactly.
 */
export function highlightMatches(text: string, terms: readonly string[]): TextPiece[] {
  return markWords(text, [['match', terms]]).map((p) => ({ text: p.text, match: p.mark !== null }));
}
