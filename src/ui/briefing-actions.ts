/**
 * What the briefing's buttons do beyond the store: full screen, the presenter window, image export
 * and the printed handout. Each works through the map handle, never the map itself.
 */
import { deckFileName, deckToJson, fileSlug } from '../core/deck';
import { CaptureSizeError } from '../core/export-layout';
import { translator } from '../core/messages';
import type { AtlasStore } from '../store/atlas-store';
import { featuredPassage } from '../store/briefing-slice';
import { type Passage } from '../core/protocol';
import { viewOf } from '../store/selectors';
import { canvasToPng, composeImage } from './compose-image';
import { download } from './download';
import type { MapHandle } from './map-handle';
import { currentScene, imageText, sourceLines, viewSources } from './view-text';

/** The scales offered for image export. */
export const EXPORT_SCALES = [1, 2, 4] as const;

/** The presenter view: this page again, in a second window, showing notes instead of the map. */
export function openPresenterWindow(): Window | null {
  const url = new URL(window.location.href);
  url.search = '?presenter=1';
  url.hash = '';
  return window.open(url.href, 'partnership-atlas-presenter', 'popup,width=960,height=640');
}

export function exportDeck(store: AtlasStore): void {
  const deck = store.getState().deck;
  if (!deck) return;
  download(new Blob([deckToJson(deck)], { type: 'application/json' }), deckFileName(deck));
}

/** A file name for an image of the view: the title as a slug and the scale. */
function imageFileName(title: string, scale: number): string {
  return `${fileSlug(title, 'partnership-atlas')}-${scale}x.png`;
}

/** The view as a composed image (map, title, legend, sources, attribution). */
export async function composeView(
  store: AtlasStore,
  handle: MapHandle,
  scale: number,
  asScene?: boolean,
) {
  const map = await handle.capture(scale);
  const text = imageText(store.getState(), asScene, handle.frameContents({ width: 0, height: 0 }));
  return { ...composeImage(map, handle.size(), scale, text), title: text.title };
}

/** Exports the view as a PNG; resolves to the file's name, or rejects with a readable reason. */
export async function exportImage(
  store: AtlasStore,
  handle: MapHandle,
  scale: number,
): Promise<string> {
  try {
    const { canvas, title } = await composeView(store, handle, scale);
    const name = imageFileName(title, scale);
    download(await canvasToPng(canvas), name);
    return name;
  } catch (error) {
    if (error instanceof CaptureSizeError) {
      const { t } = translator(store.getState().language);
      throw new Error(t('export.tooLarge', { max: error.max, width: error.wanted }), {
        cause: error,
      });
    }
    throw error;
  }
}

/** One printed page of the handout. */
export interface HandoutPage {
  id: string;
  title: string;
  image: string;
  excerpt: Passage | null;
  sources: string[];
  notes: string;
}

/**
 * Draws every scene of the deck in turn and keeps an image of each, for the printed handout; the
 * view the user had is put back afterwards.
 */
export async function prepareHandout(
  store: AtlasStore,
  handle: MapHandle,
  onProgress: (position: number, count: number) => void,
): Promise<HandoutPage[]> {
  const before = store.getState();
  const deck = before.deck;
  if (!deck) return [];
  const view = viewOf(before);
  const sceneIndex = before.sceneIndex;
  const pages: HandoutPage[] = [];
  try {
    for (let i = 0; i < deck.scenes.length; i++) {
      onProgress(i + 1, deck.scenes.length);
      store.getState().showScene(i, false);
      const { canvas } = await composeView(store, handle, 2, true);
      const blob = await canvasToPng(canvas);
      const state = store.getState();
      const scene = currentScene(state);
      if (!scene) continue;
      pages.push({
        id: scene.id,
        title: scene.title,
        image: URL.createObjectURL(blob),
        excerpt: featuredPassage(state, scene),
        sources: sourceLines(viewSources(state), translator(state.language)),
        notes: scene.notes,
      });
    }
  } finally {
    store.setState({ sceneIndex });
    store.getState().applyView(view);
  }
  return pages;
}
