/**
 * Keeps the address bar in step with the view, through the typed key table of `core/url-state`.
 * Selecting a partnership adds a history entry, so back and forward step through selections;
 * every other change (filters, search, camera) replaces the current entry. Opening an address
 * puts its view in place once the dataset is loaded; what it names that the dataset lacks, or
 * what cannot be read, is dropped with a quiet notice.
 */
import {
  checkAgainst,
  DEFAULT_VIEW,
  readUrlState,
  sameView,
  writeUrlState,
  type ViewState,
} from '../core/url-state';
import type { AtlasStore } from '../store/atlas-store';
import { viewOf } from '../store/selectors';

/** The parts of `window` used here, so that tests can pass their own. */
export interface UrlHost {
  location: { search: string; pathname: string; hash: string };
  history: {
    pushState: (data: unknown, unused: string, url: string) => void;
    replaceState: (data: unknown, unused: string, url: string) => void;
  };
  addEventListener: (type: 'popstate', listener: () => void) => void;
  removeEventListener: (type: 'popstate', listener: () => void) => void;
}

export function bindUrl(store: AtlasStore, host: UrlHost): () => void {
  let ready = false;
  let written = host.location.search;
  let lastView: ViewState | null = null;
  /** Set while an address's view is put in place: what that writes replaces, never adds. */
  let applying = false;

  /** Reads the address, checks it against the dataset and puts it in place. */
  const apply = () => {
    const state = store.getState();
    const summary = state.summary;
    if (!summary) return;
    const read = readUrlState(host.location.search);
    const checked = checkAgainst(read.view, {
      partnerships: state.linkRows,
      domains: new Set(summary.domains.map((d) => d.id)),
      actors: state.actorRows,
    });
    // Fields the address leaves out go back to their defaults (back to a plainer view); the
    // camera stays where it is unless the address sets one.
    written = host.location.search;
    lastView = null;
    // The language stays as the user chose it (kept in the browser) unless the address sets one.
    applying = true;
    try {
      state.applyView({ ...DEFAULT_VIEW, camera: null, language: state.language, ...checked.view });
      state.setNotices([...read.notices, ...checked.notices]);
    } finally {
      applying = false;
    }
  };

  const onPopState = () => {
    apply();
  };
  host.addEventListener('popstate', onPopState);

  const unsubscribe = store.subscribe((state, previous) => {
    if (!ready) {
      if (state.dataStatus !== 'ready') return;
      ready = true;
      apply();
      return;
    }
    // Most updates (hover, loading details) change nothing the address holds.
    const view = viewOf(state);
    if (lastView && sameView(view, lastView)) return;
    lastView = view;
    const search = writeUrlState(view, host.location.search);
    if (search === written) return;
    written = search;
    const url = `${host.location.pathname}${search}${host.location.hash}`;
    // Going back or forward lands on an entry; a new one there would cut off the way forward.
    if (state.selectedId !== previous.selectedId && !applying) {
      host.history.pushState(null, '', url);
    } else host.history.replaceState(null, '', url);
  });

  return () => {
    unsubscribe();
    host.removeEventListener('popstate', onPopState);
  };
}
