import { useEffect, useId, useState, type RefObject } from 'react';
import type { ArticleProposal } from '../../core/ingest/propose';
import { selectionOf, type PairReview } from '../../core/ingest/review';
import { useT } from '../i18n';
import { offsetOf } from './text-offsets';

/**
 * Any span of the article selected with the mouse or the keyboard becomes an excerpt: exact
 * offsets into the stored text, outer spaces trimmed, for the status or a domain of a pair.
 */
export function SelectionBar({
  textRef,
  proposal,
  reviews,
  nameOf,
  domainLabel,
  onUse,
}: {
  textRef: RefObject<HTMLElement | null>;
  proposal: ArticleProposal;
  reviews: readonly PairReview[];
  nameOf: (actor: string) => string;
  domainLabel: (domain: string) => string;
  onUse: (pair: number, span: { start: number; end: number }, target: string) => void;
}) {
  const { t } = useT();
  const id = useId();
  const [span, setSpan] = useState<{ start: number; end: number } | null>(null);
  const [pair, setPair] = useState(0);
  const [target, setTarget] = useState('status');

  useEffect(() => {
    const update = () => {
      const selection = document.getSelection();
      const box = textRef.current;
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !box) return;
      const { anchorNode, focusNode } = selection;
      if (!anchorNode || !focusNode || !box.contains(anchorNode) || !box.contains(focusNode))
        return;
      const a = offsetOf(anchorNode, selection.anchorOffset);
      const b = offsetOf(focusNode, selection.focusOffset);
      setSpan(a === null || b === null ? null : selectionOf(proposal.text, a, b));
    };
    document.addEventListener('selectionchange', update);
    return () => {
      document.removeEventListener('selectionchange', update);
    };
  }, [textRef, proposal.text]);

  const review = reviews[pair];
  if (!span || !review) return null;
  const domains = [
    ...new Set([...review.domains.map((d) => d.domain), ...Object.keys(proposal.domainLabels)]),
  ];
  return (
    <div className="selection-bar" role="group" aria-label={t('workbench.selection')}>
      <p>
        {t('workbench.selected')}{' '}
        <span className="passage" dir="auto">
          {proposal.text.slice(span.start, span.end)}
        </span>
      </p>
      <label htmlFor={`${id}-pair`}>{t('workbench.selectionPair')}</label>{' '}
      <select
        id={`${id}-pair`}
        value={pair}
        onChange={(event) => {
          setPair(Number(event.target.value));
        }}
      >
        {reviews.map((r, index) => (
          <option key={r.parties.join('|')} value={index}>
            {`${nameOf(r.parties[0])} – ${nameOf(r.parties[1])}`}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-target`}>{t('workbench.selectionFor')}</label>{' '}
      <select
        id={`${id}-target`}
        value={target}
        onChange={(event) => {
          setTarget(event.target.value);
        }}
      >
        <option value="status">{t('workbench.status')}</option>
        {domains.map((domain) => (
          <option key={domain} value={domain}>
            {domainLabel(domain)}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        onClick={() => {
          onUse(pair, span, target);
          setSpan(null);
          document.getSelection()?.removeAllRanges();
        }}
      >
        {t('workbench.useSelection')}
      </button>
    </div>
  );
}
