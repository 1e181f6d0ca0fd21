import { must, type DatasetIndex } from '../core/dataset-index';
import { citationText } from '../core/citation';
import { useT } from './i18n';
import type { Excerpt, Source } from '../core/types';
import { SourceLine } from './SourceLine';
import { useAtlas } from './store-context';
import { useMemo, useState } from 'react';
import { markWords, queryTerms } from '../core/search-text';

const NO_KEYWORDS: readonly string[] = [];

/** The partnership and domain a passage is shown for, in the interface language. */
export interface CitationContext {
  partnership: string | null;
  domain: string | null;
}
const NO_CONTEXT: CitationContext = { partnership: null, domain: null };

/**
 * A passage exactly as the article prints it, in its own language and direction, with our English
 * translation beneath and the article it comes from.
 */
export function ExcerptQuote({
  excerpt,
  index,
  keywords = NO_KEYWORDS,
  context = NO_CONTEXT,
}: {
  excerpt: Excerpt;
  index: DatasetIndex;
  /** Words that tie the passage to the domain it is shown for, marked in it. */
  keywords?: readonly string[];
  /** What the passage is shown as evidence for, named in its citation. */
  context?: CitationContext;
}) {
  const { t, language } = useT();
  const source = must(index.sources, excerpt.source);
  const query = useAtlas((s) => s.query);
  const chosen = useAtlas((s) => s.chosenPassage === excerpt.id);
  // Words matching the search, then the domain's own words, are marked; the text is never altered.
  const groups = useMemo(
    () =>
      [
        ['search', queryTerms(query)],
        ['keyword', keywords.flatMap((k) => queryTerms(k))],
      ] as const,
    [query, keywords],
  );
  return (
    <figure
      className={`excerpt excerpt-${excerpt.kind}${chosen ? ' excerpt-chosen' : ''}`}
      data-excerpt-id={excerpt.id}
      aria-current={chosen ? 'true' : undefined}
    >
      {excerpt.kind !== 'report' && (
        <p className="excerpt-kind">{t(`excerptKind.${excerpt.kind}`)}</p>
      )}
      <blockquote lang={source.language} dir={source.language === 'ar' ? 'rtl' : 'ltr'}>
        {markWords(excerpt.text, groups).map((piece, i) =>
          piece.mark === null ? (
            piece.text
          ) : (
            <mark key={i} className={`mark-${piece.mark}`}>
              {piece.text}
            </mark>
          ),
        )}
      </blockquote>
      <figcaption>
        {/* Our translation is English and reads left to right in either interface. */}
        {excerpt.translation !== null ? (
          <p className="translation" lang="en" dir="ltr">
            <span className="translation-label" lang={language}>
              {t('details.translation')}:
            </span>{' '}
            {markWords(excerpt.translation, groups.slice(0, 1)).map((piece, i) =>
              piece.mark === null ? (
                piece.text
              ) : (
                <mark key={i} className={`mark-${piece.mark}`}>
                  {piece.text}
                </mark>
              ),
            )}
          </p>
        ) : (
          source.language !== 'en' && (
            <p className="translation unknown">
              {t(source.file === null ? 'details.noTranslation' : 'details.noTranslationYet')}
            </p>
          )
        )}
        {source.file === null && <p className="unknown not-checked">{t('details.notChecked')}</p>}
        <SourceLine source={source} />
        <p className="excerpt-actions">
          <CopyCitation excerpt={excerpt} source={source} context={context} />
          <FeatureInScene excerpt={excerpt} />
        </p>
      </figcaption>
    </figure>
  );
}

function CopyCitation({
  excerpt,
  source,
  context,
}: {
  excerpt: Excerpt;
  source: Source;
  context: CitationContext;
}) {
  const { t, language } = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy-citation">
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const text = citationText(
            { excerpt, source, ...context, accessed: new Date() },
            language,
          );
          navigator.clipboard.writeText(text).then(
            () => {
              setState('copied');
            },
            () => {
              setState('failed');
            },
          );
        }}
      >
        {t('citation.copy')}
      </button>{' '}
      <span role="status">
        {state === 'copied' ? t('citation.copied') : state === 'failed' ? t('citation.failed') : ''}
      </span>
    </span>
  );
}

/**
 * While a briefing scene is open, makes this passage the one its caption features (or shows that
 * it already is).
 */
function FeatureInScene({ excerpt }: { excerpt: Excerpt }) {
  const { t } = useT();
  const index = useAtlas((s) => s.sceneIndex);
  const scene = useAtlas((s) => (s.sceneIndex === null ? null : s.deck?.scenes[s.sceneIndex]));
  const updateScene = useAtlas((s) => s.updateScene);
  if (!scene || index === null) return null;
  const featured = scene.excerpt === excerpt.id;
  return (
    <button
      type="button"
      className="link-button"
      aria-pressed={featured}
      onClick={() => {
        updateScene(scene.id, { excerpt: featured ? null : excerpt.id });
      }}
    >
      {featured
        ? t('deck.featured', { number: index + 1 })
        : t('deck.feature', { number: index + 1 })}
    </button>
  );
}
