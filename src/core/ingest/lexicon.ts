/**
 * The bilingual lexicon the proposals read (`data/ingest/lexicon.json`), compiled into phrase
 * matchers. A phrase is matched word by word on normalized words, each word allowed its joined
 * particles and article; a word ending in `*` matches any word it begins.
 */
import { isLatinWord, normalizeWord, withoutArticle, type CutText, type Word } from './text';
import type { PartnershipStatus } from '../types';

interface Bilingual {
  en: string[];
  ar: string[];
}

/** The shape of `data/ingest/lexicon.json`. */
export interface Lexicon {
  domains: { id: string; label: { en: string; ar: string }; en: string[]; ar: string[] }[];
  cooperation: Bilingual;
  status: Record<Exclude<PartnershipStatus, 'not-given'>, Bilingual>;
  negation: Bilingual;
  future: Bilingual;
  denial: Bilingual;
  /** Words of tension or conflict: a sentence with one and no status joins no pair. */
  hostility: Bilingual;
  commentary: Bilingual;
  background: Bilingual;
  pronouns: Bilingual;
  roles: Bilingual;
  /** Words that place a date against the article's own ("next week", "أمس"), with what they mean. */
  relativeDates: (Bilingual & { when: RelativeWhen })[];
}

/**
 * What a relative date word means, counted from the article's date: a day, week, month or year
 * before or after it (`part`: only the part of this month or year before or after the article), a
 * day of the week (0: Sunday), or nothing that can be counted ("recently", "soon").
 */
export type RelativeWhen =
  | { unit: 'vague' }
  | { unit: 'day' | 'week' | 'month' | 'year'; offset: number; part?: 'before' | 'after' }
  | { unit: 'weekday'; day: number };

/** One word of a phrase: the word itself, or its beginning (`*`). */
interface Token {
  text: string;
  prefix: boolean;
  latin: boolean;
}

export interface PhraseHit {
  /** The phrase as the lexicon writes it. */
  phrase: string;
  /** The words matched: [first, last + 1). */
  words: [number, number];
}

function tokenize(phrase: string): Token[] {
  return phrase
    .split(/\s+/)
    .filter((part) => part !== '')
    .map((part) => {
      const prefix = part.endsWith('*');
      const text = normalizeWord(prefix ? part.slice(0, -1) : part);
      const latin = isLatinWord(text);
      return { text: latin ? text.toLowerCase() : withoutArticle(text), prefix, latin };
    });
}

function tokenFits(token: Token, word: Word): boolean {
  return word.forms.some((form) =>
    token.prefix ? form.startsWith(token.text) : form === token.text,
  );
}

export interface PhraseMatcher {
  /** Every phrase found in the words [from, to), longest first where they overlap. */
  find(cut: CutText, from: number, to: number): PhraseHit[];
}

/** Phrases are looked up by the first two letters of their first word. */
const keyOf = (text: string) => text.slice(0, 2);

export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const index = new Map<string, { phrase: string; tokens: Token[] }[]>();
  for (const phrase of phrases) {
    const tokens = tokenize(phrase);
    const first = tokens[0];
    if (!first) continue;
    const key = keyOf(first.text);
    index.set(key, [...(index.get(key) ?? []), { phrase, tokens }]);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return {
    find: (cut, from, to) => {
      const hits: PhraseHit[] = [];
      let i = from;
      while (i < to) {
        const word = cut.words[i] as Word;
        let matched: PhraseHit | null = null;
        let best = 0;
        for (const key of new Set(word.forms.map(keyOf))) {
          for (const { phrase, tokens } of index.get(key) ?? []) {
            if (tokens.length <= best || i + tokens.length > to) continue;
            if (tokens.every((token, k) => tokenFits(token, cut.words[i + k] as Word))) {
              matched = { phrase, words: [i, i + tokens.length] };
              best = tokens.length;
            }
          }
        }
        if (matched) {
          hits.push(matched);
          i = matched.words[1];
        } else i++;
      }
      return hits;
    },
  };
}

/** Both languages' phrases of one entry. */
export const both = (entry: Bilingual): string[] => [...entry.en, ...entry.ar];
