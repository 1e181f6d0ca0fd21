import { palette } from '../core/palette';
import { t, type MessageKey } from '../core/messages';
import { selectOrganizationFocus, type MemberGroup } from '../store/selectors';
import { useAtlas } from './store-context';

type KeyKind = 'state' | 'organization' | 'arc' | 'selected' | 'disputed' | 'members' | 'partners';

/** Small drawings that match what the map draws, so the legend needs no image files. */
function Key({ kind }: { kind: KeyKind }) {
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
      {kind === 'arc' && (
        <path d="M2 11Q12 1 22 11" fill="none" stroke={palette.arc} strokeWidth="3" />
      )}
      {kind === 'selected' && (
        <path d="M2 11Q12 1 22 11" fill="none" stroke={palette.arcSelected} strokeWidth="4.5" />
      )}
      {kind === 'disputed' && (
        <path d="M1 7H23" stroke={palette.disputed} strokeWidth="1.5" strokeDasharray="3 2" />
      )}
      {kind === 'members' && (
        <rect
          x="3"
          y="2"
          width="18"
          height="10"
          fill={palette.members}
          fillOpacity="0.28"
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
          strokeDasharray="2 1"
        />
      )}
    </svg>
  );
}

function GroupToggle({
  group,
  kind,
  label,
}: {
  group: MemberGroup;
  kind: 'members' | 'partners';
  label: string;
}) {
  const hidden = useAtlas((s) => s.hiddenGroups.includes(group.id));
  const toggleGroup = useAtlas((s) => s.toggleGroup);
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={!hidden}
          onChange={() => {
            toggleGroup(group.id);
          }}
        />
        <Key kind={kind} />
        {label}
      </label>
    </li>
  );
}

/** The marks every map shows, in the order the legend lists them. */
const STATIC_ENTRIES: readonly [KeyKind, MessageKey][] = [
  ['state', 'legend.state'],
  ['organization', 'legend.organization'],
  ['arc', 'legend.arc'],
  ['selected', 'legend.selected'],
  ['disputed', 'legend.disputed'],
];

/**
 * What the map's marks mean. When the selected partnership involves an organization, its members
 * and its frameworks' partners get an entry each, with a switch to show or hide them.
 */
export function Legend() {
  const focus = useAtlas(selectOrganizationFocus);
  return (
    <details className="legend" open>
      <summary>{t('legend.title')}</summary>
      <ul>
        {STATIC_ENTRIES.map(([kind, label]) => (
          <li key={kind}>
            <Key kind={kind} />
            {t(label)}
          </li>
        ))}
        {focus?.members && (
          <GroupToggle
            group={focus.members}
            kind="members"
            label={t('legend.members', { name: focus.name, count: focus.members.count })}
          />
        )}
        {focus?.frameworks.map((framework) => (
          <GroupToggle
            key={framework.id}
            group={framework}
            kind="partners"
            label={t('legend.partners', { name: framework.name, count: framework.count })}
          />
        ))}
      </ul>
    </details>
  );
}
