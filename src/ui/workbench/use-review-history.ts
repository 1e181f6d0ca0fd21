import { useCallback, useState, type KeyboardEvent } from 'react';
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

/** Ctrl/⌘+Z outside a text field undoes the review's last change (a field's own undo stays its own). */
export function undoKeys(undo: () => void) {
  return (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('input:not([type=checkbox]):not([type=radio]), textarea, select')) return;
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      undo();
    }
  };
}
