import type { RefObject } from 'react';
import type { ArticleProposal } from '../../core/ingest/propose';
import { withSelection, type PairReview } from '../../core/ingest/review';
import type { Text } from '../../core/messages';
import { useT } from '../i18n';
import { ArticleText } from './ArticleText';
import { SelectionBar } from './SelectionBar';
import { useLabels } from './use-labels';

/**
 * The article beside the review, with the bar that makes any span selected in it an excerpt of a
 * pair (for its status or a domain). Shared by a new article's review and an edit.
 */
export function ArticleSide({
  proposal,
  language,
  reviews,
  textRef,
  onChange,
}: {
  proposal: ArticleProposal;
  language: 'ar' | 'en';
  reviews: readonly PairReview[];
  textRef: RefObject<HTMLDivElement | null>;
  onChange: (edit: (reviews: PairReview[]) => PairReview[]) => void;
}) {
  const labels = useLabels(proposal);
  return (
    <div className="workbench-side">
      <ArticleText proposal={proposal} language={language} boxRef={textRef} />
      <SelectionBar
        textRef={textRef}
        proposal={proposal}
        reviews={reviews}
        nameOf={labels.nameOf}
        domainLabel={labels.domainLabel}
        onUse={(pair, span, target) => {
          onChange((all) => withSelection(all, pair, span, target));
        }}
      />
    </div>
  );
}

/** What the review says (an error as an alert, else a status), and the located problems. */
export function ReviewMessage({
  message,
  issues,
}: {
  message: { kind: 'error' | 'info'; text: Text | string } | null;
  issues: readonly string[];
}) {
  const { say } = useT();
  return (
    <>
      {message && (
        <p
          className={message.kind === 'error' ? 'error' : 'note'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {typeof message.text === 'string' ? message.text : say(message.text)}
        </p>
      )}
      {issues.length > 0 && (
        <ul className="workbench-issues">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
    </>
  );
}
