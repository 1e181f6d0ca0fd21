import { useEffect, useState, type RefObject } from 'react';
import type { LegendKind } from '../core/legend';
import { palette, TINTS } from '../core/palette';
import { useT } from './i18n';
import { selectLegend } from '../store/selectors';
import type { Domain } from '../core/types';
import { DomainChip } from './DomainChip';
import { useAtlas } from './store-context';

const NO_DOMAINS: readonly Domain[] = [];

/** Three strands in the first domain colours, as the map draws a link with three domains. */
const RIBBON = ['#332288', '#CC6677', '#117733'];

/** Small drawings that match what the map draws, so the legend needs no image files. */
export function LegendKey({ kind }: { kind: LegendKind }) {
  return (
    <svg className="legend-key" viewBox="0 0 24 14" width="24" height="14" aria-hidden="true">
      {kind === 'state' && (
        <circle cx="12" cy="7" r="5" fill={palette.state} stroke="#fff" strokeWidth="1.5" />
      )}
      {kind === 'organization' && (
        <path
          d="M12 1 18 7 12 13 6 7z"
          fill={palette.organization}
          stroke="#fff"
          strokeWidth="1.5"
        />
      )}
      {kind === 'place' && (
        <rect
          x="7"
          y="2"
          width="10"
          height="10"
          fill={palette.place}
          stroke="#fff"
          strokeWidth="1.5"
        />
      )}
      {kind === 'ribbon' &&
        RIBBON.map((colour, i) => (
          <path key={colour} d={`M1 ${4 + i * 3}H23`} stroke={colour} strokeWidth="2.4" />
        ))}
      {kind === 'dashed' && (
        <path d="M1 7H23" stroke={palette.legendLine} strokeWidth="3" strokeDasharray="6 4" />
      )}
      {kind === 'solid' && <path d="M1 7H23" stroke={palette.legendLine} strokeWidth="3" />}
      {kind === 'dotted' && (
        <path d="M1 7H23" stroke={palette.legendLine} strokeWidth="3" strokeDasharray="2 3.5" />
      )}
      {kind === 'selected' && (
        <>
          <path d="M1 7H23" stroke={palette.arcSelected} strokeWidth="8" />
          <path d="M1 7H23" stroke={palette.legendLine} strokeWidth="3" />
        </>
      )}
      {kind === 'disputed' && (
        <path d="M1 7H23" stroke={palette.disputed} strokeWidth="1.5" strokeDasharray="3 2" />
      )}
      {(kind === 'members' || kind === 'party') && (
        <rect
          x="3"
          y="2"
          width="18"
          height="10"
          fill={TINTS[kind].colour}
          fillOpacity={TINTS[kind].opacity}
          stroke={palette.border}
        />
      )}
      {kind === 'partners' && (
        <rect
          x="3"
          y="2"
          width="18"
          height="10"
          fill="none"
          stroke={palette.framework}
          strokeWidth="2"
        />
      )}
    </svg>
  );
}

/** A group's entry, with the switch that shows or hides it on the map. */
function GroupToggle({ group, kind, label }: { group: string; kind: LegendKind; label: string }) {
  const hidden = useAtlas((s) => s.hiddenGroups.includes(group));
  const toggleGroup = useAtlas((s) => s.toggleGroup);
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={!hidden}
          onChange={() => {
            toggleGroup(group);
          }}
        />
        <LegendKey kind={kind} />
        {label}
      </label>
    </li>
  );
}

/**
 * What the map's marks mean. When the selected partnership involves an organization, its members
 * and its frameworks' partners get an entry each, with a switch to show or hide them.
 */
export function Legend({ ref }: { ref: RefObject<HTMLDetailsElement | null> }) {
  const { t, say } = useT();
  const items = useAtlas(selectLegend);
  const domains = useAtlas((s) => s.summary?.domains ?? NO_DOMAINS);
  const open = useFoldOnNarrowMap(ref);
  return (
    <details
      ref={ref}
      className="legend"
      open={open.value}
      onToggle={(event) => {
        open.set(event.currentTarget.open);
      }}
    >
      <summary>{t('legend.title')}</summary>
      <ul>
        {items.map((item) =>
          item.group === undefined ? (
            <li key={item.kind}>
              <LegendKey kind={item.kind} />
              {say(item.text)}
            </li>
          ) : (
            <GroupToggle
              key={`${item.kind}-${item.group}`}
              group={item.group}
              kind={item.kind}
              label={say(item.text)}
            />
          ),
        )}
      </ul>
      <WidthChoice />
      {domains.length > 0 && (
        <>
          <h3>{t('legend.domains')}</h3>
          <ul className="legend-domains">
            {domains.map((domain) => (
              <li key={domain.id}>
                <DomainChip domain={domain} />
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

/**
 * With a value in the dataset, what the ribbons' width shows: the number of domains, or the value
 * (its name and unit said).
 */
function WidthChoice() {
  const { t } = useT();
  const measure = useAtlas((s) => s.summary?.value ?? null);
  const widthBy = useAtlas((s) => s.widthBy);
  const setWidthBy = useAtlas((s) => s.setWidthBy);
  if (!measure) return null;
  return (
    <fieldset className="legend-width">
      <legend>{t('legend.widthBy')}</legend>
      {(['domains', 'value'] as const).map((by) => (
        <label key={by}>
          <input
            type="radio"
            name="legend-width"
            checked={widthBy === by}
            onChange={() => {
              setWidthBy(by);
            }}
          />
          {by === 'domains'
            ? t('legend.widthByDomains')
            : t('legend.widthByValue', {
                name: measure.unit ? `${measure.name}, ${measure.unit}` : measure.name,
              })}
        </label>
      ))}
    </fieldset>
  );
}

/** Below this width (CSS pixels) the map is too narrow to keep the legend open over it. */
const NARROW_MAP = 720;

/**
 * Whether the legend is open: open on a wide map, folded on a narrow one (as when the details
 * panel opens), until the user opens or folds it themselves; that choice is kept in the store (and
 * so in a shared address) and then holds. While presenting it starts folded.
 */
function useFoldOnNarrowMap(ref: RefObject<HTMLDetailsElement | null>) {
  const [automatic, setAutomatic] = useState(true);
  const chosen = useAtlas((s) => s.legendOpen);
  const setLegendOpen = useAtlas((s) => s.setLegendOpen);
  // A presentation starts with the legend folded, whatever the atlas had; opening it then is for
  // that presentation only.
  const presenting = useAtlas((s) => s.presenting);
  const [presented, setPresented] = useState({ presenting, open: false });
  if (presented.presenting !== presenting) setPresented({ presenting, open: false });
  useEffect(() => {
    const map = ref.current?.parentElement;
    if (!map) return;
    const observer = new ResizeObserver(() => {
      setAutomatic(map.clientWidth >= NARROW_MAP);
    });
    observer.observe(map);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  const value = presenting ? presented.open : (chosen ?? automatic);
  return {
    value,
    set: (next: boolean) => {
      // A toggle event that only echoes an automatic change is not the user's choice.
      if (next === value) return;
      if (presenting) setPresented({ presenting, open: next });
      else setLegendOpen(next);
    },
  };
}
