import '../../core/time-messages';
import './timebar.css';
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  binDate,
  movedWindow,
  rangeOfWindow,
  tickBins,
  windowOfRange,
  type BinWindow,
  type TimeAxis,
} from '../../core/timeline';
import {
  selectTimeAxis,
  selectTimeHistogram,
  type TimeHistogram,
} from '../../store/time-selectors';
import { useT } from '../i18n';
import { useAtlas } from '../store-context';
import { SPEEDS, usePlay, type Speed } from './use-play';

/** What a drag on the track does: draw a new window from a bin, move it, or move one edge. */
type Drag =
  | { kind: 'draw'; anchor: number }
  | { kind: 'move'; grab: number; start: BinWindow }
  | { kind: 'from' | 'to'; start: BinWindow };

/**
 * The time bar under the map: how many partnerships were in force each year (or month), a window
 * of time to drag, widen and play, and the switch for the undated ones. The window is the date
 * filter (in the address and in scenes); the bars count every other filter's partnerships. The
 * axis runs left to right in both languages, as a chart's time does.
 */
export default function TimeBar() {
  const axis = useAtlas(selectTimeAxis);
  const histogram = useAtlas(selectTimeHistogram);
  if (!axis || !histogram) return null;
  return <TimeBarOf axis={axis} histogram={histogram} />;
}

function TimeBarOf({ axis, histogram }: { axis: TimeAxis; histogram: TimeHistogram }) {
  const { t, formatDate } = useT();
  const dateFrom = useAtlas((s) => s.filters.dateFrom);
  const dateTo = useAtlas((s) => s.filters.dateTo);
  const unknownDates = useAtlas((s) => s.filters.unknownDates);
  const setDateRange = useAtlas((s) => s.setDateRange);
  const setUnknownDates = useAtlas((s) => s.setUnknownDates);
  const { playing, setPlaying, speed, setSpeed } = usePlay(axis);
  const trackRef = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  /** The bin under the pointer, whose count is written above it. */
  const [hovered, setHovered] = useState<number | null>(null);

  const window = windowOfRange(axis, dateFrom, dateTo);
  const setWindow = (next: BinWindow | null) => {
    if (next === null) {
      setDateRange(null, null);
      return;
    }
    if (window && next.from === window.from && next.to === window.to) return;
    const range = rangeOfWindow(axis, next);
    setDateRange(range.dateFrom, range.dateTo);
  };

  const binName = (bin: number) => formatDate(binDate(axis, bin));
  const windowText = !window
    ? t('time.windowAll')
    : window.from === window.to
      ? binName(window.from)
      : t('time.windowValue', { from: binName(window.from), to: binName(window.to) });

  /** The bin under a pointer's x, held inside the axis. */
  const binAt = (clientX: number) => {
    const box = trackRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    const bin = Math.floor(((clientX - box.left) / box.width) * axis.count);
    return Math.min(axis.count - 1, Math.max(0, bin));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const bin = binAt(event.clientX);
    const edge = (event.target as HTMLElement).dataset.edge;
    if (window && (edge === 'from' || edge === 'to')) drag.current = { kind: edge, start: window };
    else if (window && bin >= window.from && bin <= window.to) {
      drag.current = { kind: 'move', grab: bin, start: window };
    } else {
      drag.current = { kind: 'draw', anchor: bin };
      setWindow({ from: bin, to: bin });
    }
    setPlaying(false);
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const bin = binAt(event.clientX);
    if (bin !== hovered) setHovered(bin);
    const current = drag.current;
    if (!current) return;
    if (current.kind === 'draw') {
      setWindow({ from: Math.min(current.anchor, bin), to: Math.max(current.anchor, bin) });
    } else if (current.kind === 'move') {
      setWindow(movedWindow(axis, current.start, bin - current.grab));
    } else if (current.kind === 'from') {
      setWindow({ from: Math.min(bin, current.start.to), to: current.start.to });
    } else {
      setWindow({ from: current.start.from, to: Math.max(bin, current.start.from) });
    }
  };

  const endDrag = () => {
    drag.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = axis.count - 1;
    const current = window ?? { from: 0, to: 0 };
    const step = event.key === 'ArrowRight' || event.key === 'ArrowUp' ? 1 : -1;
    let next: BinWindow | null | undefined;
    if (event.key === ' ') {
      setPlaying(!playing);
    } else if (/^Arrow(Left|Right|Up|Down)$/.test(event.key)) {
      next = event.shiftKey
        ? { from: current.from, to: Math.min(last, Math.max(current.from, current.to + step)) }
        : window
          ? movedWindow(axis, current, step)
          : current;
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      next = movedWindow(axis, current, event.key === 'PageUp' ? 10 : -10);
    } else if (event.key === 'Home') next = movedWindow(axis, current, -axis.count);
    else if (event.key === 'End') next = movedWindow(axis, current, axis.count);
    else if (event.key === 'Escape' && window) next = null;
    else return;
    event.preventDefault();
    if (next !== undefined) {
      setPlaying(false);
      setWindow(next);
    }
  };

  const ticks = useMemo(() => tickBins(axis, 8), [axis]);
  const from = window?.from ?? null;
  const to = window?.to ?? null;
  const bars = useMemo(
    () => barPaths(histogram, from === null || to === null ? null : { from, to }),
    [histogram, from, to],
  );
  const percent = (bin: number) => `${((bin / axis.count) * 100).toFixed(3)}%`;

  return (
    <section className="timebar" aria-label={t('time.label')}>
      <div className="timebar-controls">
        <button
          type="button"
          className="timebar-play"
          aria-pressed={playing}
          onClick={() => {
            setPlaying(!playing);
          }}
        >
          {t(playing ? 'time.pause' : 'time.play')}
        </button>
        <label className="timebar-speed">
          <span className="visually-hidden">{t('time.speed')}</span>
          <select
            value={speed}
            onChange={(event) => {
              setSpeed(Number(event.currentTarget.value) as Speed);
            }}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {`${String(s)}×`}
              </option>
            ))}
          </select>
        </label>
        <output className="timebar-value" aria-live={playing ? 'off' : 'polite'}>
          {windowText}
        </output>
        {window && (
          <button
            type="button"
            className="timebar-all"
            onClick={() => {
              setPlaying(false);
              setWindow(null);
            }}
          >
            {t('time.showAll')}
          </button>
        )}
        {(histogram.undated > 0 || !unknownDates) && (
          <label className="timebar-undated" title={t('time.undatedHelp')}>
            <input
              type="checkbox"
              checked={unknownDates}
              onChange={(event) => {
                setUnknownDates(event.currentTarget.checked);
              }}
            />
            {t('time.undated', { count: histogram.undated })}
          </label>
        )}
        {hovered !== null && (
          <span className="timebar-hover" aria-hidden="true">
            {t('time.bin', { bin: binName(hovered), count: histogram.counts[hovered] ?? 0 })}
          </span>
        )}
      </div>
      <div className="timebar-chart" dir="ltr">
        <div
          ref={trackRef}
          className="timebar-track"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onPointerLeave={() => {
            setHovered(null);
          }}
        >
          <svg
            viewBox={`0 0 ${String(axis.count)} ${String(Math.max(1, histogram.most))}`}
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            <path className="timebar-bars" d={bars.outside} />
            <path className="timebar-bars in-window" d={bars.inside} />
          </svg>
          <div
            className={`timebar-window${window ? '' : ' whole'}`}
            style={{
              insetInlineStart: percent(window?.from ?? 0),
              width: percent((window ? window.to - window.from : axis.count - 1) + 1),
            }}
            role="slider"
            tabIndex={0}
            aria-label={t('time.window')}
            aria-description={t('time.help')}
            aria-valuemin={0}
            aria-valuemax={axis.count - 1}
            aria-valuenow={window?.from ?? 0}
            aria-valuetext={windowText}
            onKeyDown={onKeyDown}
          >
            {window && <span className="timebar-edge" data-edge="from" />}
            {window && <span className="timebar-edge" data-edge="to" />}
          </div>
        </div>
        <div className="timebar-ticks" aria-hidden="true">
          {ticks.map((bin) => (
            <span key={bin} style={{ insetInlineStart: percent(bin + 0.5) }}>
              {binName(bin)}
            </span>
          ))}
        </div>
      </div>
    </section>
  );
}

/**
 * The bars as two SVG paths, one rectangle a bin (the viewBox is bins wide and the tallest bar
 * high): those inside the window and those outside it.
 */
function barPaths(
  histogram: TimeHistogram,
  window: BinWindow | null,
): { inside: string; outside: string } {
  const { counts, most } = histogram;
  const top = Math.max(1, most);
  // A gap between bars while each is wide enough to show one.
  const gap = counts.length <= 120 ? 0.15 : 0;
  let inside = '';
  let outside = '';
  counts.forEach((count, bin) => {
    if (count === 0) return;
    // At least a sliver, so that a bin with one partnership among thousands still shows.
    const height = Math.max(count, top * 0.02);
    const bar = `M${String(bin + gap / 2)} ${String(top)}v${String(-height)}h${String(1 - gap)}v${String(height)}z`;
    if (!window || (bin >= window.from && bin <= window.to)) inside += bar;
    else outside += bar;
  });
  return { inside, outside };
}
