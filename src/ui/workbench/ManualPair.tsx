import { useEffect, useId, useState } from 'react';
import type { KnownActor, Workbench } from '../../core/protocol';
import { useT } from '../i18n';

/**
 * A partnership the proposals missed: its two parties chosen from every actor the name lists know
 * (typed in either language); its evidence is then selected in the text.
 */
export function ManualPair({
  workbench,
  onAdd,
}: {
  workbench: Pick<Workbench, 'actors'>;
  onAdd: (parties: [KnownActor, KnownActor]) => void;
}) {
  const { t, localized } = useT();
  const id = useId();
  const [known, setKnown] = useState<KnownActor[]>([]);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  useEffect(() => {
    let live = true;
    workbench.actors().then(
      (list) => {
        if (live) setKnown(list);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workbench]);
  const find = (typed: string) => {
    const wanted = typed.trim().toLowerCase();
    return known.find(
      (a) =>
        a.id.toLowerCase() === wanted ||
        a.name.en.toLowerCase() === wanted ||
        a.name.ar === typed.trim(),
    );
  };
  const a = find(first);
  const b = find(second);
  const ready = a !== undefined && b !== undefined && a.id !== b.id;
  return (
    <fieldset className="manual-pair">
      <legend>{t('workbench.manual')}</legend>
      <datalist id={`${id}-actors`}>
        {known.map((actor) => (
          <option key={actor.id} value={localized(actor.name)} />
        ))}
      </datalist>
      <label htmlFor={`${id}-a`}>{t('workbench.manualFirst')}</label>
      <input
        id={`${id}-a`}
        dir="auto"
        list={`${id}-actors`}
        value={first}
        onChange={(event) => {
          setFirst(event.target.value);
        }}
      />
      <label htmlFor={`${id}-b`}>{t('workbench.manualSecond')}</label>
      <input
        id={`${id}-b`}
        dir="auto"
        list={`${id}-actors`}
        value={second}
        onChange={(event) => {
          setSecond(event.target.value);
        }}
      />
      <button
        type="button"
        disabled={!ready}
        onClick={() => {
          if (!a || !b) return;
          onAdd([a, b]);
          setFirst('');
          setSecond('');
        }}
      >
        {t('workbench.manualAdd')}
      </button>
      <p className="note">{t('workbench.manualHelp')}</p>
    </fieldset>
  );
}
