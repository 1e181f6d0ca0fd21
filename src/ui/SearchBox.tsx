import { useId, useMemo, useState } from 'react';
import { type MessageKey } from '../core/messages';
import { useT } from './i18n';
import { highlightMatches, matchesQuery, queryTerms } from '../core/search-text';
import { linkTitle, type DatasetSummary } from '../core/summary';
import { useAtlas, useAtlasStore } from './store-context';

interface Result {
  key: string;
  kind: 'actor' | 'partnership' | 'domain' | 'excerpt';
  label: string;
  /** The label's language, where it is not the interface's (a passage's, a name's). */
  labelLang?: 'ar' | 'en';
  /** A passage's translation (ours, English), shown beneath it and marked like it. */
  translation?: string;
  /** A second line: the name in the other language, or the partnership a passage belongs to. */
  detail?: string;
  detailLang?: 'ar' | 'en';
  choose: () => void;
}

const GROUPS: readonly [Result['kind'], MessageKey][] = [
  ['actor', 'search.actors'],
  ['partnership', 'search.partnerships'],
  ['domain', 'search.domains'],
  ['excerpt', 'search.excerpts'],
];

/** At most this many results of each kind are listed. */
const PER_GROUP = 8;

/** The matched words of a text, marked. */
function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightMatches(text, terms).map((piece, i) =>
        piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </>
  );
}

function localResults(summary: DatasetSummary, terms: readonly string[]) {
  const actors = summary.actors
    .filter((a) => matchesQuery(`${a.name.en} ${a.name.ar} ${a.id}`, terms))
    .slice(0, PER_GROUP);
  const partnerships: number[] = [];
  for (let row = 0; row < summary.links.ids.length && partnerships.length < PER_GROUP; row++) {
    const a = summary.actors[summary.links.partyA[row] ?? 0];
    const b = summary.actors[summary.links.partyB[row] ?? 0];
    const text = `${a?.name.en ?? ''} ${a?.name.ar ?? ''} ${b?.name.en ?? ''} ${b?.name.ar ?? ''}`;
    if (matchesQuery(text, terms)) partnerships.push(row);
  }
  const domains = summary.domains.filter((d) =>
    matchesQuery(`${d.label.en} ${d.label.ar} ${d.description}`, terms),
  );
  return { actors, partnerships, domains };
}

/**
 * One search box over actors, partnerships, domains and excerpt text, in English or Arabic (see
 * `core/search-text.ts`). Results are grouped by kind and chosen with the arrow keys and Enter:
 * an actor is brought into focus, a partnership or an excerpt's partnership is opened, a domain
 * becomes the only one ticked.
 */
export function SearchBox() {
  const { t, localized } = useT();
  const store = useAtlasStore();
  const summary = useAtlas((s) => s.summary);
  const query = useAtlas((s) => s.query);
  const excerptHits = useAtlas((s) => s.excerptHits);
  const excerptQuery = useAtlas((s) => s.excerptQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const terms = useMemo(() => queryTerms(query), [query]);

  const language = useAtlas((s) => s.language);
  const results = useMemo((): Result[] => {
    if (!summary || terms.length === 0) return [];
    const state = () => store.getState();
    const found = localResults(summary, terms);
    const out: Result[] = [];
    for (const actor of found.actors) {
      out.push({
        key: `actor:${actor.id}`,
        kind: 'actor',
        label: localized(actor.name),
        detail: actor.name[language === 'ar' ? 'en' : 'ar'],
        detailLang: language === 'ar' ? 'en' : 'ar',
        choose: () => {
          state().setFocus(actor.id);
        },
      });
    }
    for (const row of found.partnerships) {
      const partnershipId = summary.links.ids[row] ?? '';
      out.push({
        key: `partnership:${partnershipId}`,
        kind: 'partnership',
        label: linkTitle(summary, row, language),
        choose: () => {
          state().select(partnershipId);
        },
      });
    }
    for (const domain of found.domains) {
      out.push({
        key: `domain:${domain.id}`,
        kind: 'domain',
        label: localized(domain.label),
        detail: domain.label[language === 'ar' ? 'en' : 'ar'],
        detailLang: language === 'ar' ? 'en' : 'ar',
        choose: () => {
          state().onlyDomain(domain.id);
        },
      });
    }
    if (excerptQuery === query.trim()) {
      for (const hit of excerptHits) {
        const first = hit.partnerships[0] ?? '';
        const row = state().linkRows.get(first) ?? -1;
        out.push({
          key: `excerpt:${hit.id}`,
          kind: 'excerpt',
          label: hit.text,
          labelLang: hit.language,
          // Whichever language matched, the passage and our translation are both shown, marked.
          ...(hit.translation !== null && hit.language !== 'en'
            ? { translation: hit.translation }
            : {}),
          detail: row >= 0 ? linkTitle(summary, row, language) : first,
          choose: () => {
            state().selectPassage(first, hit.id);
          },
        });
      }
    }
    return out;
  }, [summary, terms, excerptHits, excerptQuery, query, store, language, localized]);

  const expanded = open && terms.length > 0;
  const choose = (result: Result | undefined) => {
    if (!result) return;
    result.choose();
    setOpen(false);
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`}>{t('search.label')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-results`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${id}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        dir="auto"
        onChange={(event) => {
          store.getState().setQuery(event.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(results.length - 1, a + 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (event.key === 'Enter' && expanded) {
            event.preventDefault();
            choose(results[active]);
          } else if (event.key === 'Escape') {
            // The first Esc closes the results (and stops the browser clearing the box); the
            // next clears the search.
            if (expanded) {
              event.preventDefault();
              setOpen(false);
            } else store.getState().setQuery('');
          }
        }}
        onBlur={(event) => {
          const input = event.currentTarget;
          // Let a click on a result land first; stay open if the box has focus again by then.
          setTimeout(() => {
            if (document.activeElement !== input) setOpen(false);
          }, 150);
        }}
      />
      {expanded && (
        <div
          id={`${id}-results`}
          role="listbox"
          className="search-results"
          aria-label={t('search.results')}
        >
          {results.length === 0 && <p className="help">{t('search.none')}</p>}
          {GROUPS.map(([kind, heading]) => {
            const group = results.map((r, i) => [r, i] as const).filter(([r]) => r.kind === kind);
            if (group.length === 0) return null;
            return (
              <div role="group" aria-labelledby={`${id}-${kind}`} key={kind}>
                <p className="search-group" id={`${id}-${kind}`} role="presentation">
                  {t(heading)}
                </p>
                {group.map(([result, i]) => (
                  <div
                    key={result.key}
                    id={`${id}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className="search-result"
                    onMouseDown={(event) => {
                      event.preventDefault();
                    }}
                    onClick={() => {
                      choose(result);
                    }}
                    onMouseEnter={() => {
                      setActive(i);
                    }}
                  >
                    <span
                      className="search-label"
                      lang={result.labelLang}
                      dir={result.labelLang === 'ar' ? 'rtl' : undefined}
                    >
                      <Marked text={result.label} terms={terms} />
                    </span>
                    {result.translation !== undefined && (
                      <span className="search-translation" lang="en" dir="ltr">
                        <span className="translation-label" lang={language}>
                          {t('details.translation')}:
                        </span>{' '}
                        <Marked text={result.translation} terms={terms} />
                      </span>
                    )}
                    {result.detail && (
                      <span className="search-detail" lang={result.detailLang}>
                        <Marked text={result.detail} terms={terms} />
                      </span>
                    )}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
