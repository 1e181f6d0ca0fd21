import { useCallback, useState } from 'react';
import type { PairReview } from '../../core/ingest/review';

/** How many steps back the review keeps. */
const STEPS = 100;

/**
 * The review with its history while the workbench is open: every change can be undone (the
 * button, or Ctrl/⌘+Z outside a text field, whose own undo stays its own), and `start` begins a
 * fresh review with nothing to undo.
 */
export function useReviewHistory() {
  const [state, setState] = useState<{ now: PairReview[]; past: PairReview[][] }>({
    now: [],
    past: [],
  });
  const change = useCallback((edit: (reviews: PairReview[]) => PairReview[]) => {
    setState(({ now, past }) => ({ now: edit(now), past: [...past, now].slice(-STEPS) }));
  }, []);
  const undo = useCallback(() => {
    setState(({ now, past }) => {
      const previous = past.at(-1);
      return previous ? { now: previous, past: past.slice(0, -1) } : { now, past };
    });
  }, []);
  const start = useCallback((reviews: PairReview[]) => {
    setState({ now: reviews, past: [] });
  }, []);
  return { reviews: state.now, canUndo: state.past.length > 0, change, undo, start };
}
