import { useId } from 'react';
import type { ReadArticle } from '../../core/ingest/article';
import type { MessageKey } from '../../core/messages';
import { useT } from '../i18n';

/** The facts about the article as the analyst confirms them. */
export interface FactsDraft {
  headline: string;
  published: string;
  publisher: string;
  url: string;
  subject: string;
  language: 'ar' | 'en';
  /** Which fields the file itself stated. */
  fromFile: ReadonlySet<'headline' | 'published' | 'publisher' | 'url'>;
}

/** Arabic when most of the letters are. */
const languageOf = (text: string): 'ar' | 'en' => {
  const arabic = text.match(/[\u0600-\u06ff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic >= latin ? 'ar' : 'en';
};

/** The draft from what the file states, and nothing else. */
export function factsFrom(article: ReadArticle): FactsDraft {
  const { facts } = article;
  const fromFile = new Set<'headline' | 'published' | 'publisher' | 'url'>();
  for (const key of ['headline', 'published', 'publisher', 'url'] as const) {
    if (facts[key]) fromFile.add(key);
  }
  return {
    headline: facts.headline?.value ?? '',
    published: facts.published?.value ?? '',
    publisher: facts.publisher?.value ?? '',
    url: facts.url?.value ?? '',
    subject: facts.headline?.value ?? '',
    language: languageOf(article.text),
    fromFile,
  };
}

const FIELDS: readonly {
  key: 'headline' | 'published' | 'publisher' | 'url';
  label: MessageKey;
}[] = [
  { key: 'headline', label: 'workbench.headline' },
  { key: 'published', label: 'workbench.published' },
  { key: 'publisher', label: 'workbench.publisher' },
  { key: 'url', label: 'workbench.url' },
];

export function ArticleFactsForm({
  facts,
  onChange,
}: {
  facts: FactsDraft;
  onChange: (facts: FactsDraft) => void;
}) {
  const { t } = useT();
  const id = useId();
  return (
    <fieldset className="workbench-facts">
      <legend>{t('workbench.facts')}</legend>
      {FIELDS.map(({ key, label }) => (
        <label key={key} htmlFor={`${id}-${key}`}>
          <span>
            {t(label)}{' '}
            <span className="note">
              {facts.fromFile.has(key)
                ? `(${t('workbench.fromFile')})`
                : facts[key] === ''
                  ? `(${t('workbench.unknownFact')})`
                  : ''}
            </span>
          </span>
          <input
            id={`${id}-${key}`}
            dir="auto"
            value={facts[key]}
            onChange={(event) => {
              onChange({ ...facts, [key]: event.target.value });
            }}
          />
        </label>
      ))}
      <label htmlFor={`${id}-subject`}>
        <span>{t('workbench.subject')}</span>
        <input
          id={`${id}-subject`}
          dir="auto"
          required
          value={facts.subject}
          onChange={(event) => {
            onChange({ ...facts, subject: event.target.value });
          }}
        />
      </label>
      <label htmlFor={`${id}-language`}>
        <span>{t('workbench.language')}</span>
        <select
          id={`${id}-language`}
          value={facts.language}
          onChange={(event) => {
            onChange({ ...facts, language: event.target.value === 'en' ? 'en' : 'ar' });
          }}
        >
          <option value="ar">{t('workbench.lang.ar')}</option>
          <option value="en">{t('workbench.lang.en')}</option>
        </select>
      </label>
    </fieldset>
  );
}
