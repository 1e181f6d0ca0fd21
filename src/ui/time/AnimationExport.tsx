import '../../core/present-messages';
import '../../core/time-messages';
import { useRef, useState } from 'react';
import { describeError } from '../error-text';
import { useT } from '../i18n';
import type { MapHandleRef } from '../map-handle';
import { useAtlas, useAtlasStore } from '../store-context';
import {
  ANIMATION_SPEEDS,
  canRecordVideo,
  exportAnimation,
  type AnimationSpeed,
} from './animation-export';

/**
 * *Export animation* in the briefing's export tools, for a dataset with dates: the play-through
 * as a WebM video at 1× or 2×, with its progress and a way to stop it.
 */
export function AnimationExport({ mapHandle }: { mapHandle: MapHandleRef }) {
  const words = useT();
  const { t, formatNumber } = words;
  const store = useAtlasStore();
  const timed = useAtlas((s) => Boolean(s.summary?.time));
  const [speed, setSpeed] = useState<AnimationSpeed>(1);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const recording = useRef<AbortController | null>(null);
  const [busy, setBusy] = useState(false);
  if (!timed) return null;
  if (!canRecordVideo()) return <p className="help">{t('time.animationUnsupported')}</p>;

  const start = () => {
    const handle = mapHandle.current;
    if (!handle) return;
    const controller = new AbortController();
    recording.current = controller;
    setBusy(true);
    setStatus(null);
    exportAnimation(
      store,
      handle,
      speed,
      (position, count) => {
        setStatus({ kind: 'info', text: t('time.animating', { position, count }) });
      },
      controller.signal,
    )
      .then(({ name, bytes, steps }) => {
        setStatus({
          kind: 'info',
          text: t('time.animationDone', {
            file: name,
            size: formatNumber(Math.round(bytes / 1e5) / 10),
            steps,
          }),
        });
      })
      .catch((error: unknown) => {
        setStatus({
          kind: 'error',
          text: t('export.failed', { reason: describeError(error, words) }),
        });
      })
      .finally(() => {
        recording.current = null;
        setBusy(false);
      });
  };

  return (
    <>
      <div className="briefing-toolbar animation-export">
        <button type="button" disabled={busy} title={t('time.animationHelp')} onClick={start}>
          {t('time.animation')}
        </button>
        <label>
          <span className="visually-hidden">{t('time.animationSpeed')}</span>
          <select
            value={speed}
            disabled={busy}
            onChange={(event) => {
              setSpeed(Number(event.currentTarget.value) as AnimationSpeed);
            }}
          >
            {ANIMATION_SPEEDS.map((s) => (
              <option key={s} value={s}>{`${String(s)}×`}</option>
            ))}
          </select>
        </label>
        {busy && (
          <button
            type="button"
            onClick={() => {
              recording.current?.abort();
            }}
          >
            {t('time.animationCancel')}
          </button>
        )}
      </div>
      <p className={`export-status${status?.kind === 'error' ? ' error' : ''}`} role="status">
        {status?.text ?? ''}
      </p>
    </>
  );
}
