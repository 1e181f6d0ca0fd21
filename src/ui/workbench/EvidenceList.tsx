import { useId } from 'react';
import type { ArticleProposal } from '../../core/ingest/propose';
import { useT } from '../i18n';

/** Sentences offered as evidence, each with a tick and, once ticked, our optional translation. */
export function EvidenceList({
  heading,
  proposal,
  sentences,
  ticked,
  translations,
  onToggle,
  onTranslate,
}: {
  heading: string;
  proposal: ArticleProposal;
  sentences: readonly number[];
  ticked: readonly number[];
  translations: Readonly<Record<number, string>>;
  onToggle: (sentence: number) => void;
  onTranslate: (sentence: number, text: string) => void;
}) {
  const { t } = useT();
  const id = useId();
  if (sentences.length === 0) return null;
  return (
    <fieldset className="evidence-list">
      <legend>{heading}</legend>
      {sentences.map((index) => {
        const sentence = proposal.sentences[index];
        if (!sentence) return null;
        const on = ticked.includes(index);
        return (
          <div key={index} className={`evidence${on ? ' ticked' : ''}`}>
            <label>
              <input
                type="checkbox"
                checked={on}
                onChange={() => {
                  onToggle(index);
                }}
              />{' '}
              <span className="passage" dir="auto">
                {proposal.text.slice(sentence.start, sentence.end)}
              </span>
            </label>
            {on && (
              <label className="translation" htmlFor={`${id}-${index}`}>
                <span>{t('workbench.translation')}</span>
                <input
                  id={`${id}-${index}`}
                  dir="auto"
                  value={translations[index] ?? ''}
                  onChange={(event) => {
                    onTranslate(index, event.target.value);
                  }}
                />
              </label>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
