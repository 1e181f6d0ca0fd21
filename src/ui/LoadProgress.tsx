import { useT } from './i18n';
import type { LoadPhase } from '../core/protocol';
import { useAtlas } from './store-context';

const PHASES: readonly LoadPhase[] = ['fetching', 'validating', 'indexing', 'drawing'];

/** Which step of loading the dataset is under way; the work runs in a worker, so this stays live. */
export function LoadProgress() {
  const { t } = useT();
  const phase = useAtlas((s) => s.loadPhase);
  const step = phase === null ? 0 : PHASES.indexOf(phase) + 1;
  return (
    <div className="load-progress">
      <p id="load-progress-label">{t('app.loading')}</p>
      <progress aria-labelledby="load-progress-label" max={PHASES.length} value={step} />
      <p role="status">
        {phase === null
          ? ''
          : t('app.phaseStep', { step, steps: PHASES.length, phase: t(`app.phase.${phase}`) })}
      </p>
    </div>
  );
}

/**
 * Said at the top of the sidebar while a dataset's quoted passages are looked for in their sources,
 * after the map is drawn; it fades in late, so that a check of a few passages never flashes.
 */
export function EvidenceCheck() {
  const { t } = useT();
  const count = useAtlas((s) => s.evidenceCheck);
  return (
    <p className="evidence-check" role="status">
      {count === null ? '' : t('data.checkingEvidence', { count })}
    </p>
  );
}
