import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Corner, LegendItem } from '../core/legend';
import type { Domain } from '../core/types';
import { useT } from './i18n';
import { LegendKey } from './Legend';
import type { MapHandleRef } from './map-handle';
import { useAtlas, useAtlasStore } from './store-context';
import { viewLegend } from './view-legend';
import { windowText } from './view-text';

/**
 * A domain's colour and name as a list item, for the presentation's chunk: `DomainChip`, which the
 * atlas's entry holds, imported here would split the entry's chunks (and grow them).
 */
export function PlainDomainChip({ domain }: { domain: Domain }) {
  const { localized } = useT();
  return (
    <li className="domain-chip">
      <span className="swatch" style={{ backgroundColor: domain.color }} aria-hidden="true" />
      {localized(domain.label)}
    </li>
  );
}

interface Shown {
  items: LegendItem[];
  domains: Domain[];
  corner: Corner;
}

/**
 * The presentation's legend: only the marks and domains on screen, in one compact block, in the
 * corner of the map where it covers the fewest of the links drawn. Made again when the view, the
 * selection or the filters change, once the map has settled.
 */
export function FrameLegend({ mapHandle }: { mapHandle: MapHandleRef }) {
  const { t, say, formatDate } = useT();
  const store = useAtlasStore();
  const ref = useRef<HTMLElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  // What the legend is made from: it is made again when one of them changes.
  const camera = useAtlas((s) => s.camera);
  const selected = useAtlas((s) => s.selectedId);
  const filters = useAtlas((s) => s.filters);
  const focus = useAtlas((s) => s.focus);
  const hiddenGroups = useAtlas((s) => s.hiddenGroups);
  const language = useAtlas((s) => s.language);
  const size = useRef({ width: 260, height: 160 });

  useEffect(() => {
    let cancelled = false;
    const map = mapHandle.current;
    if (!map) return;
    void map.settle().then(() => {
      if (cancelled) return;
      const contents = map.frameContents(size.current);
      setShown({ ...viewLegend(store.getState(), contents), corner: contents.corner });
    });
    return () => {
      cancelled = true;
    };
  }, [mapHandle, store, camera, selected, filters, focus, hiddenGroups, language]);

  // The block's size, for the next choice of corner.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (box) size.current = { width: box.width, height: box.height };
  });

  const when = windowText(filters.dateFrom, filters.dateTo, t, formatDate);
  if (!shown || (shown.items.length === 0 && shown.domains.length === 0 && !when)) return null;
  return (
    <section ref={ref} className={`frame-legend ${shown.corner}`} aria-label={t('legend.inView')}>
      {when && <p className="frame-legend-time">{when}</p>}
      <ul>
        {shown.items.map((item) => (
          <li key={`${item.kind}-${item.group ?? ''}`}>
            <LegendKey kind={item.kind} />
            {say(item.text)}
          </li>
        ))}
      </ul>
      {shown.domains.length > 0 && (
        <ul className="legend-domains">
          {shown.domains.map((domain) => (
            <PlainDomainChip key={domain.id} domain={domain} />
          ))}
        </ul>
      )}
    </section>
  );
}
