import { useEffect, useState } from 'react';
import { movedWindow, rangeOfWindow, windowOfRange, type TimeAxis } from '../../core/timeline';
import { useAtlasStore } from '../store-context';

/** How many steps a second each speed plays. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * Play: the time window steps one bin later every `1 / speed` seconds, keeping its width, until it
 * reaches the axis's end. With no window it starts on the first bin; started at the end, it starts
 * over. The step is a change of the date filter, so the map, the list and the counts follow.
 */
export function usePlay(axis: TimeAxis): {
  playing: boolean;
  setPlaying: (playing: boolean) => void;
  speed: Speed;
  setSpeed: (speed: Speed) => void;
} {
  const store = useAtlasStore();
  const [playing, setPlayingState] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);

  const setPlaying = (next: boolean) => {
    if (next) {
      const { filters, setDateRange } = store.getState();
      const window = windowOfRange(axis, filters.dateFrom, filters.dateTo);
      // From the start when there is no window, or when it already stands at the end.
      if (!window || window.to >= axis.count - 1) {
        const width =
          window && window.to - window.from < axis.count - 1 ? window.to - window.from : 0;
        const start = rangeOfWindow(axis, { from: 0, to: width });
        setDateRange(start.dateFrom, start.dateTo);
      }
    }
    setPlayingState(next);
  };

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { filters, setDateRange } = store.getState();
      const window = windowOfRange(axis, filters.dateFrom, filters.dateTo) ?? { from: 0, to: 0 };
      const next = movedWindow(axis, window, 1);
      if (next === window) {
        setPlayingState(false);
        return;
      }
      const range = rangeOfWindow(axis, next);
      setDateRange(range.dateFrom, range.dateTo);
      if (next.to >= axis.count - 1) setPlayingState(false);
    }, 1000 / speed);
    return () => {
      clearInterval(timer);
    };
  }, [playing, speed, axis, store]);

  return { playing, setPlaying, speed, setSpeed };
}
