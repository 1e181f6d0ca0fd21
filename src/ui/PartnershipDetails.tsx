import { OtherFields, SpanFact, ValueFact } from './RowFields';
import { useEffect, useRef } from 'react';
import { must, type DatasetIndex } from '../core/dataset-index';
import { useT } from './i18n';
import type { Partnership } from '../core/types';
import { rowOf, selectSelectedIsVisible, selectListedLinks } from '../store/selectors';
import { linkDomains, linkTitle, STATUSES } from '../core/summary';
import { BothLanguages } from './BothLanguages';
import { DomainChip } from './DomainChip';
import { ExcerptQuote } from './ExcerptQuote';
import { SourceLine } from './SourceLine';
import { shownName } from './actor-name';
import { PairHistory } from './PairHistory';
import { PartyItem } from './PartyItem';
import { useAtlas, useAtlasStore } from './store-context';
import { useWorkbenchOpener } from './workbench/WorkbenchHost';

/** Everything the dataset knows about the selected partnership, with the passages that say so. */
export function PartnershipDetails() {
  const { t, localized, formatDate } = useT();
  const selectedId = useAtlas((s) => s.selectedId);
  const details = useAtlas((s) => (s.details?.id === s.selectedId ? s.details : null));
  const visible = useAtlas(selectSelectedIsVisible);
  const select = useAtlas((s) => s.select);
  const clearFilters = useAtlas((s) => s.clearFilters);
  const store = useAtlasStore();
  const opener = useWorkbenchOpener();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move focus to the panel's heading when a new partnership opens, so keyboard and screen-reader
  // users land on what they chose.
  const id = details?.id;
  useEffect(() => {
    if (id) headingRef.current?.focus();
  }, [id]);

  // A passage chosen in the search is brought into view (its first appearance, under its first
  // domain) once the details are here.
  const chosen = useAtlas((s) => s.chosenPassage);
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!id || chosen === null) return;
    panelRef.current
      ?.querySelector(`[data-excerpt-id="${CSS.escape(chosen)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [id, chosen]);

  if (selectedId === null) return null;
  if (!details) {
    return (
      <aside className="details" aria-busy="true" aria-label={t('details.loading')}>
        <p role="status">{t('details.loading')}</p>
      </aside>
    );
  }
  const { bundle, index } = details;
  const partnership = bundle.partnership;
  // Added in the article workbench: its sources keep their texts (an import's name none).
  const fromArticles =
    partnership.sources.length > 0 &&
    partnership.sources.every((id) => index.sources.get(id)?.file != null);
  const hidden = !visible;
  const title = partnership.parties
    .map((id) => localized(shownName(store.getState(), must(index.actors, id))))
    .join(' – ');

  return (
    <aside
      ref={panelRef}
      className="details"
      aria-labelledby="details-heading"
      onKeyDown={(event) => {
        // Esc closes the details, and the focus goes back to the list it came from.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        select(null);
        document.getElementById('partnership-list-heading')?.focus();
      }}
    >
      <header className="details-header">
        <h2 id="details-heading" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="close" onClick={() => select(null)}>
          {t('details.close')}
        </button>
      </header>
      <StepThrough />
      {hidden && (
        <p className="notice">
          {t('details.hiddenByFilter')}{' '}
          <button type="button" onClick={clearFilters}>
            {t('list.clearFilters')}
          </button>
        </p>
      )}
      <dl className="facts">
        <dt>{t('details.status')}</dt>
        <dd>{t(`status.${partnership.status}`)}</dd>
        <dt>{t('details.date')}</dt>
        <dd>
          {partnership.date === null ? (
            <span className="unknown">{t('details.dateUnknown')}</span>
          ) : (
            <time dateTime={partnership.date}>{formatDate(partnership.date)}</time>
          )}
        </dd>
        <SpanFact partnership={partnership} />
        <ValueFact partnership={partnership} />
      </dl>
      <OtherFields partnership={partnership} />
      <PairHistory history={bundle.history} index={index} current={partnership.id} title={title} />

      <h3>
        {t(
          partnership.summaryBy === 'import' ? 'details.summaryImportedHeading' : 'details.summary',
        )}
      </h3>
      <p>{localized(partnership.summary)}</p>
      <p className="note">
        {t(
          partnership.summaryBy !== 'import'
            ? 'details.summaryNote'
            : fromArticles
              ? 'details.summaryNotWritten'
              : 'details.summaryImported',
        )}
      </p>

      <h3>{t('details.parties')}</h3>
      <ul className="parties">
        {partnership.parties.map((partyId) => (
          <PartyItem key={partyId} actor={must(index.actors, partyId)} index={index} />
        ))}
      </ul>

      {partnership.people.length > 0 && (
        <>
          <h3>{t('details.people')}</h3>
          <ul className="people">
            {partnership.people.map((person) => (
              <li key={person.name.en}>
                <BothLanguages text={person.name} strong />: <BothLanguages text={person.role} />
              </li>
            ))}
          </ul>
        </>
      )}

      <SameParties />

      <h3>{t('details.domains')}</h3>
      <ul className="chips">
        {partnership.domains.map((c) => (
          <li key={c.domain}>
            <DomainChip domain={must(index.domains, c.domain)} />
          </li>
        ))}
      </ul>

      <h3>{t('details.sources')}</h3>
      {partnership.sources.length === 0 && <p className="unknown">{t('details.noSources')}</p>}
      <ul className="sources">
        {partnership.sources.map((sourceId) => {
          const source = must(index.sources, sourceId);
          return (
            <li key={sourceId}>
              <SourceLine source={source} full />
              {/* Only a source whose text the dataset keeps can have its passages edited. */}
              {opener && source.file !== null && (
                <button
                  type="button"
                  className="source-edit"
                  title={t('details.editLabel')}
                  onClick={() => {
                    opener.openEdit(partnership.id, sourceId);
                  }}
                >
                  {t('details.edit')}
                </button>
              )}
            </li>
          );
        })}
      </ul>

      <h3>{t('details.evidence')}</h3>
      <Evidence partnership={partnership} index={index} />
    </aside>
  );
}

/** Previous and next partnership in the list's order (the filters applied). */
function StepThrough() {
  const { t } = useT();
  const visible = useAtlas(selectListedLinks);
  const row = useAtlas((s) => rowOf(s, s.selectedId));
  const ids = useAtlas((s) => s.summary?.links.ids);
  const select = useAtlas((s) => s.select);
  const position = visible.indexOf(row);
  if (!ids || position < 0 || visible.length < 2) return null;
  const at = (p: number) => ids[visible[p] ?? -1] ?? null;
  const previous = position > 0 ? at(position - 1) : null;
  const next = position < visible.length - 1 ? at(position + 1) : null;
  return (
    <nav className="step-through" aria-label={t('details.stepLabel')}>
      <button type="button" disabled={previous === null} onClick={() => select(previous)}>
        {t('details.previous')}
      </button>
      <span>{t('details.position', { position: position + 1, count: visible.length })}</span>
      <button type="button" disabled={next === null} onClick={() => select(next)}>
        {t('details.next')}
      </button>
    </nav>
  );
}

/** The other partnerships between the same two parties, whatever the filters. */
function SameParties() {
  const { t, localized, language } = useT();
  const summary = useAtlas((s) => s.summary);
  const row = useAtlas((s) => rowOf(s, s.selectedId));
  const select = useAtlas((s) => s.select);
  if (!summary || row < 0) return null;
  const pair = summary.links.pair[row] ?? 0;
  const { pairStart, pairLinks } = summary.pairs;
  const others: number[] = [];
  for (let k = pairStart[pair] ?? 0; k < (pairStart[pair + 1] ?? 0); k++) {
    const other = pairLinks[k] ?? 0;
    if (other !== row) others.push(other);
  }
  if (others.length === 0) return null;
  return (
    <>
      <h3>{t('details.sameParties', { count: others.length })}</h3>
      <ul className="same-parties">
        {others.map((other) => {
          const id = summary.links.ids[other] ?? '';
          const status = STATUSES[summary.links.status[other] ?? 0] ?? 'talks-held';
          return (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => select(id)}>
                {linkTitle(summary, other, language)}
              </button>{' '}
              <span className="note">
                {t(`status.${status}`)} ·{' '}
                {linkDomains(summary, other)
                  .map((d) => localized(d.label))
                  .join(', ')}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Evidence({ partnership, index }: { partnership: Partnership; index: DatasetIndex }) {
  const { t, localized } = useT();
  const title = useAtlas((s) =>
    partnership.parties.map((id) => localized(shownName(s, must(index.actors, id)))).join(' – '),
  );
  return (
    <div className="evidence">
      {partnership.domains.map((citation) => {
        const domain = must(index.domains, citation.domain);
        const headingId = `evidence-${partnership.id}-${domain.id}`;
        return (
          <section key={domain.id} aria-labelledby={headingId} className="evidence-domain">
            <h4 id={headingId}>
              <DomainChip domain={domain} />
              <span className="visually-hidden">
                {t('details.evidenceFor', { domain: localized(domain.label) })}
              </span>
            </h4>
            {citation.excerpts.length === 0 && <p className="unknown">{t('details.noPassage')}</p>}
            {citation.excerpts.map((excerptId) => (
              <ExcerptQuote
                key={excerptId}
                excerpt={must(index.excerpts, excerptId)}
                index={index}
                keywords={domain.keywords}
                context={{ partnership: title, domain: localized(domain.label) }}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}
