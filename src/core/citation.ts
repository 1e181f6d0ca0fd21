/**
 * The citation of a passage, as an analyst pastes it into a brief: the passage in its own language
 * and our labelled translation, the partnership and domain it is evidence for, the article (its
 * headline, or that it has none, and our description), what is unknown about it, and the date the
 * atlas was consulted, labelled as such. Written in the interface language, with its punctuation
 * (، and ؛ in Arabic). Pure: the date accessed is passed in.
 */
import { formatDate, translate, type Language } from './messages';
import { subjectIn } from './source-line';
import type { Excerpt, Source } from './types';

export interface CitationInput {
  excerpt: Excerpt;
  source: Source;
  /** The partnership the passage is shown for ("Egypt – NATO"), in the interface language. */
  partnership: string | null;
  /** The domain it is evidence for, in the interface language; null for the status or a framework. */
  domain: string | null;
  /** When the atlas was consulted: the day is written in the citation. */
  accessed: Date;
}

/** Separators as each language writes them: a list, and a series of facts. */
const PUNCTUATION: Record<Language, { list: string; facts: string }> = {
  en: { list: ', ', facts: '; ' },
  ar: { list: '، ', facts: '؛ ' },
};

/** The day of `date` as ISO `YYYY-MM-DD`, in the reader's own time zone (the day they read it). */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The article as the citation names it: its headline (translated into English in an English citation) or our description. */
function articleName(source: Source, language: Language): string {
  const say = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params);
  if (source.headline === null) {
    const subject = subjectIn(source, language);
    return source.file === null
      ? say('details.givenSource', { subject })
      : say('details.noHeadline', { subject });
  }
  // An Arabic citation quotes the Arabic headline alone; an English one adds our translation.
  if (language === source.language || !source.headlineTranslation) return source.headline;
  return `${source.headline} (${say('details.headlineTranslation', { headline: source.headlineTranslation })})`;
}

export function citationText(input: CitationInput, language: Language): string {
  const { excerpt, source } = input;
  const say = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params);
  const { list, facts } = PUNCTUATION[language];
  const unknown = [
    source.publisher === null ? say('citation.publisher') : null,
    source.published === null ? say('citation.date') : null,
    source.url === null ? say('citation.url') : null,
  ].filter((part): part is string => part !== null);
  const evidence = [
    input.partnership === null ? null : say('citation.partnership', { name: input.partnership }),
    input.domain === null ? null : say('citation.domain', { name: input.domain }),
  ].filter((part): part is string => part !== null);
  return [
    `«${excerpt.text.trim()}»`,
    excerpt.translation === null
      ? ''
      : `${say('details.translation')}: ${excerpt.translation.trim()}`,
    source.file === null ? say('details.notChecked') : '',
    evidence.join(facts),
    `${say('citation.source')}: ${articleName(source, language)}`,
    [
      ...[
        source.publisher,
        source.published === null ? null : formatDate(source.published, language),
        source.url,
      ].filter((v) => v !== null),
      ...(unknown.length > 0 ? [say('citation.unknown', { parts: unknown.join(list) })] : []),
    ].join(facts),
    say('citation.accessed', { date: formatDate(localDay(input.accessed), language) }),
  ]
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
