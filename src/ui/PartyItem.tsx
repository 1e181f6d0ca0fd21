import { must, type DatasetIndex } from '../core/dataset-index';
import { useT } from './i18n';
import type { Translator } from '../core/messages';
import type { Actor } from '../core/types';
import { BothLanguages } from './BothLanguages';
import { shownName } from './actor-name';
import { ExcerptQuote } from './ExcerptQuote';
import { useAtlas } from './store-context';

/** Where the map shows an actor, and how that place was chosen. */
function anchorNote(actor: Actor, { t, localized }: Translator): string {
  const place = localized(actor.anchor.place);
  switch (actor.anchor.kind) {
    case 'territory':
      return t('details.anchor.territory');
    case 'given':
      return t('details.anchor.given', { place });
    default:
      return t('details.anchor', { place });
  }
}

export function PartyItem({ actor, index }: { actor: Actor; index: DatasetIndex }) {
  const words = useT();
  const { t, localized } = words;
  const inFocus = useAtlas((s) => s.focus === actor.id);
  const setFocus = useAtlas((s) => s.setFocus);
  const name = useAtlas((s) => shownName(s, actor));
  return (
    <li>
      <BothLanguages text={name} strong />{' '}
      <span className="kind">{t(`actorKind.${actor.kind}`)}</span>{' '}
      <button
        type="button"
        className="link-button"
        aria-pressed={inFocus}
        onClick={() => {
          setFocus(inFocus ? null : actor.id);
        }}
      >
        {t('focus.on', { actor: localized(name) })}
      </button>
      <div className="note">{anchorNote(actor, words)}</div>
      {actor.anchor.note && (
        <p className="note placement-caveat">
          {t('details.placementNote', { note: localized(actor.anchor.note) })}
        </p>
      )}
      {actor.kind === 'organization' && actor.members.length > 0 && (
        <details className="members">
          <summary>
            {t('details.members', { name: localized(actor.name), count: actor.members.length })}
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
                    name: localized(framework.name),
                    count: framework.members.length,
                  })
                : t('details.framework', {
                    name: localized(framework.name),
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

/** The states of a group, by name; a caveat on where one is drawn follows the list. */
function ActorNames({ ids, index }: { ids: readonly string[]; index: DatasetIndex }) {
  const { t, localized } = useT();
  const actors = ids
    .map((id) => must(index.actors, id))
    .sort((a, b) => localized(a.name).localeCompare(localized(b.name)));
  return (
    <>
      <p className="member-names">{actors.map((a) => localized(a.name)).join(', ')}</p>
      {actors.map(
        (actor) =>
          actor.anchor.note && (
            <p className="note placement-caveat" key={actor.id}>
              {t('details.placementNoteOf', {
                actor: localized(actor.name),
                note: localized(actor.anchor.note),
              })}
            </p>
          ),
      )}
    </>
  );
}
