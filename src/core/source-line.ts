/**
 * A source named in one line of plain text, for what cannot hold markup: exported images, the
 * presenter view, printed captions. It says what the source gives and, plainly, what it does not.
 */
import type { Language, Translator } from './messages';
import type { Source } from './types';

export function sourceLineText(source: Source, words: Translator): string {
  const { t, formatDate } = words;
  const name =
    source.headline === null
      ? untitled(source, words)
      : `${source.headline}${source.headlineTranslation ? ` (${t('details.headlineTranslation', { headline: source.headlineTranslation })})` : ''}`;
  const facts =
    source.publisher === null && source.published === null && source.url === null
      ? t('details.sourceUnknowns')
      : `${[
          source.publisher ?? t('details.publisherUnknown'),
          source.published === null ? t('details.dateUnknownShort') : formatDate(source.published),
          source.url ?? t('details.urlUnknown'),
        ].join(t('list.separator'))}.`;
  const stop = /[.!?؟)]$/.test(name) ? ' ' : '. ';
  return `${t('details.sourceLabel')} ${name}${stop}${facts}`;
}

/**
 * A source without a headline: a curated article says it has none and gives our description; a
 * source an imported file names is given as the file names it.
 */
export function untitled(source: Source, { t, language }: Translator): string {
  const subject = subjectIn(source, language);
  return source.file === null
    ? t('details.givenSource', { subject })
    : t('details.noHeadline', { subject });
}

/** Our description of a source in a language: the Arabic one where we have written it. */
export function subjectIn(source: Source, language: Language): string {
  return language === 'ar' && source.subjectAr !== undefined ? source.subjectAr : source.subject;
}

/** Whether an address is one to link to: `http:` or `https:` only (never `javascript:`). */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
