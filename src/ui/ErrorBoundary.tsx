import {
  Component,
  lazy,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import type { MessageKey } from '../core/messages';
import { useT } from './i18n';

/** Whether an error is a chunk of the app that could not be fetched (offline, a new deployment). */
export function isChunkFailure(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically|ChunkLoadError|Failed to fetch/i.test(
    text,
  );
}

interface Props {
  /** What the panel is, for the message ("the briefing", "the map"). */
  area: MessageKey;
  /** The panel, drawn afresh (a new attempt at its chunk) after *Retry*. */
  children: (attempt: number) => ReactNode;
  /** `panel`: a part of the page (the rest keeps working); `page`: the whole atlas. */
  scope?: 'panel' | 'page';
  /** Called on *Retry*, before the panel is drawn again (a `retryableLazy`'s `retry`). */
  onRetry?: () => void;
}

interface State {
  error: unknown;
  attempt: number;
}

/**
 * Catches a render error or a chunk that failed to load in the part of the page it wraps, and says
 * so in the interface language with *Reload* (and *Retry* for a chunk): the rest of the page keeps
 * working, and nothing kept in the browser (decks, datasets) is touched.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown') };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (error === null) return this.props.children(attempt);
    return (
      <Problem
        area={this.props.area}
        scope={this.props.scope ?? 'panel'}
        chunk={isChunkFailure(error)}
        onRetry={() => {
          this.props.onRetry?.();
          this.setState({ error: null, attempt: attempt + 1 });
        }}
      />
    );
  }
}

function Problem({
  area,
  scope,
  chunk,
  onRetry,
}: {
  area: MessageKey;
  scope: 'panel' | 'page';
  chunk: boolean;
  onRetry: () => void;
}) {
  const { t } = useT();
  return (
    <div className={`error-boundary ${scope}`} role="alert">
      <p>
        {t(chunk ? 'boundary.chunk' : 'boundary.render', { area: t(area) })} {t('boundary.kept')}
      </p>
      <div className="dialog-actions">
        {chunk && (
          <button type="button" onClick={onRetry}>
            {t('boundary.retry')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('boundary.reload')}
        </button>
      </div>
    </div>
  );
}

/** The address of the module a failed dynamic import names (Chromium and Firefox say it). */
export function failedModuleUrl(error: unknown): string | null {
  const text = error instanceof Error ? error.message : String(error);
  const found = /dynamically imported module:?\s+(\S+)/i.exec(text)?.[1];
  if (!found) return null;
  try {
    const url = new URL(found, window.location.href);
    return url.origin === window.location.origin ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A lazily loaded component that *Retry* fetches afresh: use `<panel.current … />`, and give
 * `panel.retry` to the `ErrorBoundary` around it. React keeps a failed `lazy` failed, and the
 * browser keeps a failed module failed under its address, so a retry asks for the address the
 * failure named with a query of its own (the same file; the shared chunks it imports are reused).
 */
// As React's own `lazy` is typed: any component.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function retryableLazy<M, T extends ComponentType<any>>(
  load: () => Promise<M>,
  pick: (module: M) => T,
): { readonly current: LazyExoticComponent<T>; retry: () => void } {
  let failure: unknown = null;
  let attempt = 0;
  const loadOnce = (from: () => Promise<M>) =>
    lazy(() =>
      from().then(
        (module) => ({ default: pick(module) }),
        (error: unknown) => {
          failure = error;
          throw error;
        },
      ),
    );
  let current = loadOnce(load);
  return {
    get current() {
      return current;
    },
    retry: () => {
      const url = failedModuleUrl(failure);
      attempt += 1;
      const again = url
        ? () =>
            import(/* @vite-ignore */ `${url.split('?')[0] ?? url}?retry=${attempt}`) as Promise<M>
        : load;
      current = loadOnce(again);
    },
  };
}
