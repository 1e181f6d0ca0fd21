import { useEffect, useState } from 'react';
import { useT } from './i18n';
import { EXPORT_SCALES, exportImage, prepareHandout, type HandoutPage } from './briefing-actions';
import { useShallow } from 'zustand/react/shallow';
import { imageSize } from './compose-image';
import type { MapHandleRef } from './map-handle';
import { useAtlas, useAtlasStore } from './store-context';
import { imageText } from './view-text';
import { describeError } from './error-text';

/** The map's CSS size, kept current as the map is resized. */
function useMapSize(mapHandle: MapHandleRef) {
  const [size, setSize] = useState(() => mapHandle.current?.size() ?? null);
  useEffect(() => {
    const handle = mapHandle.current;
    if (!handle) return;
    // A ResizeObserver reports the size it starts with, too.
    return handle.onResize(() => {
      setSize(handle.size());
    });
  }, [mapHandle]);
  return size;
}

/**
 * Image export and the printed handout. Each PNG button names the size of the file it writes: the
 * title band, the map, the legend and the sources together, as composed.
 */
export function ImageExport({
  mapHandle,
  scenes,
  onHandout,
}: {
  mapHandle: MapHandleRef;
  scenes: number;
  onHandout: (pages: HandoutPage[]) => void;
}) {
  const words = useT();
  const { t } = words;
  const store = useAtlasStore();
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const size = useMapSize(mapHandle) ?? mapHandle.current?.size() ?? null;
  // The words of the image decide its height (legend entries, footer lines). The buttons re-render
  // (and make them again) only when what they are made from changes, not on every store update (a
  // pan, a hover).
  useAtlas(
    useShallow((s) => [
      s.summary,
      s.selectedId,
      s.details,
      s.deck,
      s.sceneIndex,
      s.presenting,
      s.captionExcerpts,
      s.focus,
      s.hiddenGroups,
      s.filters,
      s.language,
      // The legend lists what is in view.
      s.camera,
    ]),
  );
  const text = imageText(
    store.getState(),
    undefined,
    mapHandle.current?.frameContents({ width: 0, height: 0 }) ?? null,
  );
  const fail = (error: unknown) => {
    setStatus({
      kind: 'error',
      text: t('export.failed', {
        reason: describeError(error, words),
      }),
    });
  };
  return (
    <>
      <div className="briefing-toolbar">
        {EXPORT_SCALES.map((scale) => {
          const pixels = size ? imageSize(size, text, scale) : { width: 0, height: 0 };
          const label = t('export.pngLabel', { scale, ...pixels });
          return (
            <button
              key={scale}
              type="button"
              disabled={busy !== null}
              aria-label={label}
              title={label}
              onClick={() => {
                const handle = mapHandle.current;
                if (!handle) return;
                setBusy(t('export.working'));
                setStatus(null);
                exportImage(store, handle, scale)
                  .then((file) => {
                    setStatus({ kind: 'info', text: t('export.done', { file }) });
                  })
                  .catch(fail)
                  .finally(() => {
                    setBusy(null);
                  });
              }}
            >
              {t('export.png', { scale })}
            </button>
          );
        })}
        <button
          type="button"
          disabled={busy !== null || scenes === 0}
          onClick={() => {
            const handle = mapHandle.current;
            if (!handle) return;
            prepareHandout(store, handle, (position, count) => {
              setBusy(t('print.preparing', { position, count }));
            })
              .then(onHandout)
              .catch(fail)
              .finally(() => {
                setBusy(null);
              });
          }}
        >
          {t('print.handout')}
        </button>
      </div>
      <p className={`export-status${status?.kind === 'error' ? ' error' : ''}`} role="status">
        {busy ?? status?.text ?? ''}
      </p>
    </>
  );
}
