import type { ReactNode, RefObject } from 'react';
import type { ArticleProposal } from '../../core/ingest/propose';
import type { MessageKey } from '../../core/messages';
import { useT } from '../i18n';

const ROLE_LABEL: Partial<Record<string, MessageKey>> = {
  commentary: 'workbench.role.commentary',
  background: 'workbench.role.background',
  heading: 'workbench.role.heading',
  residue: 'workbench.role.residue',
};

/**
 * The article as stored, sentence by sentence, its actors marked: commentary and background are
 * labelled (never evidence), so the analyst sees what the proposals were made from.
 */
export function ArticleText({
  proposal,
  language,
  boxRef,
}: {
  proposal: ArticleProposal;
  language: 'ar' | 'en';
  boxRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useT();
  const { text, mentions } = proposal;
  return (
    <section className="workbench-text" aria-label={t('workbench.textHeading')}>
      <h3>{t('workbench.textHeading')}</h3>
      <div lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'} ref={boxRef}>
        {proposal.sentences.map((sentence) => {
          const label = ROLE_LABEL[sentence.role];
          const parts: ReactNode[] = [];
          let at = sentence.start;
          for (const m of sentence.mentions) {
            const mention = mentions[m];
            if (!mention) continue;
            parts.push(text.slice(at, mention.start));
            parts.push(<mark key={mention.start}>{text.slice(mention.start, mention.end)}</mark>);
            at = mention.end;
          }
          parts.push(text.slice(at, sentence.end));
          return (
            <p
              key={sentence.index}
              className={`sentence role-${sentence.role}`}
              data-start={sentence.start}
            >
              {label && (
                <span className="role-label" dir="auto" data-label="">
                  {t(label)}
                </span>
              )}
              {parts}
            </p>
          );
        })}
      </div>
    </section>
  );
}
