import { must, type DatasetIndex } from '../core/dataset-index';
import { formatDate, messageLanguage, t } from '../core/messages';
import type { Excerpt, Source } from '../core/types';
import { SourceLine } from './SourceLine';
import { untitled } from '../core/source-line';
import { useAtlas } from './store-context';
import { useMemo, useState } from 'react';
import { markWords, queryTerms } from '../core/search-text';

const NO_KEYWORDS: readonly string[] = [];

/**
 * A passage exactly as the article prints it, in its own language and direction, with our English
 * translation beneath and the article it comes from.
 */
export function ExcerptQuote({
  excerpt,
  index,
  keywords = NO_KEYWORDS,
}: {
  excerpt: Excerpt;
  index: DatasetIndex;
  /** Words that tie the passage to the domain it is shown for, marked in it. */
  keywords?: readonly string[];
}) {
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
            <span className="translation-label" lang={messageLanguage()}>
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
            <p className="translation unknown">{t('details.noTranslation')}</p>
          )
        )}
        {source.file === null && <p className="unknown not-checked">{t('details.notChecked')}</p>}
        <SourceLine source={source} />
        <p className="excerpt-actions">
          <CopyCitation excerpt={excerpt} source={source} />
          <FeatureInScene excerpt={excerpt} />
        </p>
      </figcaption>
    </figure>
  );
}

/**
 * The citation as an analyst pastes it into a brief: the passage in its own language, our
 * translation (labelled as ours), the headline (or that there is none) and what is unknown.
 */
export function citationText(excerpt: Excerpt, source: Source): string {
  const unknown = [
    source.publisher === null ? t('citation.publisher') : null,
    source.published === null ? t('citation.date') : null,
    source.url === null ? t('citation.url') : null,
  ].filter((part): part is string => part !== null);
  return [
    `«${excerpt.text}»`,
    excerpt.translation === null ? '' : `${t('details.translation')}: ${excerpt.translation}`,
    source.file === null ? t('details.notChecked') : '',
    source.headline === null
      ? untitled(source)
      : `${source.headline}${source.headlineTranslation ? ` (${source.headlineTranslation})` : ''}`,
    [
      ...[
        source.publisher,
        source.published === null ? null : formatDate(source.published),
        source.url,
      ].filter((v) => v !== null),
      ...(unknown.length > 0 ? [t('citation.unknown', { parts: unknown.join(', ') })] : []),
    ].join('; '),
  ]
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function CopyCitation({ excerpt, source }: { excerpt: Excerpt; source: Source }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy-citation">
      <button
        type="button"
        className="link-button"
        onClick={() => {
          navigator.clipboard.writeText(citationText(excerpt, source)).then(
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
