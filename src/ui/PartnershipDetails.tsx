import { useEffect, useRef } from 'react';
import { must, partnershipTitle, type DatasetIndex } from '../core/dataset-index';
import { t } from '../core/messages';
import type { Actor, Partnership } from '../core/types';
import { selectSelectedIsVisible } from '../store/selectors';
import { DomainChip } from './DomainChip';
import { ArabicText } from './ArabicText';
import { ExcerptQuote } from './ExcerptQuote';
import { SourceLine } from './SourceLine';
import { useAtlas } from './store-context';

/** Everything the dataset knows about the selected partnership, with the passages that say so. */
export function PartnershipDetails() {
  const selectedId = useAtlas((s) => s.selectedId);
  const details = useAtlas((s) => (s.details?.id === s.selectedId ? s.details : null));
  const visible = useAtlas(selectSelectedIsVisible);
  const select = useAtlas((s) => s.select);
  const showAllDomains = useAtlas((s) => s.showAllDomains);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move focus to the panel's heading when a new partnership opens, so keyboard and screen-reader
  // users land on what they chose.
  const id = details?.id;
  useEffect(() => {
    if (id) headingRef.current?.focus();
  }, [id]);

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
  const hidden = !visible;

  return (
    <aside className="details" aria-labelledby="details-heading">
      <header className="details-header">
        <h2 id="details-heading" ref={headingRef} tabIndex={-1}>
          {partnershipTitle(partnership, index)}
        </h2>
        <button type="button" className="close" onClick={() => select(null)}>
          {t('details.close')}
        </button>
      </header>
      {hidden && (
        <p className="notice">
          {t('details.hiddenByFilter')}{' '}
          <button type="button" onClick={showAllDomains}>
            {t('domains.showAll')}
          </button>
        </p>
      )}
      <dl className="facts">
        <dt>{t('details.status')}</dt>
        <dd>{t(`status.${partnership.status}`)}</dd>
        <dt>{t('details.date')}</dt>
        <dd>{partnership.date ?? <span className="unknown">{t('details.dateUnknown')}</span>}</dd>
      </dl>

      <h3>{t('details.summary')}</h3>
      <p>{partnership.summary.en}</p>
      <p className="note">{t('details.summaryNote')}</p>

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
                <strong>{person.name.en}</strong> (<ArabicText text={person.name.ar} />
                ): {person.role.en} (<ArabicText text={person.role.ar} />)
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('details.domains')}</h3>
      <ul className="chips">
        {partnership.domains.map((c) => (
          <li key={c.domain}>
            <DomainChip domain={must(index.domains, c.domain)} />
          </li>
        ))}
      </ul>

      <h3>{t('details.sources')}</h3>
      <ul className="sources">
        {partnership.sources.map((sourceId) => (
          <li key={sourceId}>
            <SourceLine source={must(index.sources, sourceId)} full />
          </li>
        ))}
      </ul>

      <h3>{t('details.evidence')}</h3>
      <Evidence partnership={partnership} index={index} />
    </aside>
  );
}

function Evidence({ partnership, index }: { partnership: Partnership; index: DatasetIndex }) {
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
                {t('details.evidenceFor', { domain: domain.label.en })}
              </span>
            </h4>
            {citation.excerpts.map((excerptId) => (
              <ExcerptQuote
                key={excerptId}
                excerpt={must(index.excerpts, excerptId)}
                index={index}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

function PartyItem({ actor, index }: { actor: Actor; index: DatasetIndex }) {
  return (
    <li>
      <strong>{actor.name.en}</strong> (<ArabicText text={actor.name.ar} />){' '}
      <span className="kind">{t(`actorKind.${actor.kind}`)}</span>
      <div className="note">{t('details.anchor', { place: actor.anchor.place.en })}</div>
      {actor.kind === 'organization' && actor.members.length > 0 && (
        <details className="members">
          <summary>
            {t('details.members', { name: actor.name.en, count: actor.members.length })}
          </summary>
          <ActorNames ids={actor.members} index={index} />
          {actor.reference && (
            <p className="note">{t('details.referenceNote', { note: actor.reference })}</p>
          )}
        </details>
      )}
      {actor.kind === 'organization' &&
        actor.frameworks.map((framework) => (
          <details className="members" key={framework.id}>
            <summary>
              {framework.launched === null
                ? t('details.frameworkNoYear', {
                    name: framework.name.en,
                    count: framework.members.length,
                  })
                : t('details.framework', {
                    name: framework.name.en,
                    year: framework.launched,
                    count: framework.members.length,
                  })}
            </summary>
            <ActorNames ids={framework.members} index={index} />
            {framework.reference && (
              <p className="note">{t('details.referenceNote', { note: framework.reference })}</p>
            )}
            {framework.excerpts.map((excerptId) => (
              <ExcerptQuote
                key={excerptId}
                excerpt={must(index.excerpts, excerptId)}
                index={index}
              />
            ))}
          </details>
        ))}
    </li>
  );
}

function ActorNames({ ids, index }: { ids: readonly string[]; index: DatasetIndex }) {
  const names = ids.map((id) => must(index.actors, id).name.en).sort((a, b) => a.localeCompare(b));
  return <p className="member-names">{names.join(', ')}</p>;
}
