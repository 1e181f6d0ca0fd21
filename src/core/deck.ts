/**
 * Briefings: a deck of scenes, each a saved map view (camera, filters, selection or focus) with a
 * title, a featured excerpt and speaker notes. Types are inferred from `deck-schema.ts`; the
 * functions here are pure, and every edit returns a new deck (`DeckHistory` keeps what undo and
 * redo need).
 */
import type { z } from 'zod';
import { DEFAULT_FILTERS, filtersOf, normalFilters, type FilterSettings } from './filters';
import type { deckSchema, sceneFiltersSchema, sceneSchema } from './deck-schema';
import type { Camera } from './url-state';

export type Scene = z.infer<typeof sceneSchema>;
export type SceneFilters = z.infer<typeof sceneFiltersSchema>;
export type Deck = z.infer<typeof deckSchema>;

/** Every excerpt id the deck names, to look up in the dataset. */
export function deckExcerptIds(deck: Deck): string[] {
  return [...new Set(deck.scenes.flatMap((s) => (s.excerpt === null ? [] : [s.excerpt])))];
}

/** The deck as a file: keys in a fixed order, two-space indents, a final newline. */
export function deckToJson(deck: Deck): string {
  const ordered: Deck = {
    version: 1,
    title: deck.title,
    scenes: deck.scenes.map((s) => ({
      id: s.id,
      title: s.title,
      notes: s.notes,
      camera: s.camera && { lon: s.camera.lon, lat: s.camera.lat, zoom: s.camera.zoom },
      selected: s.selected,
      focus: s.focus,
      focusMembers: s.focusMembers,
      excerpt: s.excerpt,
      filters: normalFilters(s.filters),
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A title as a file name's stem: letters and digits of any script, joined by hyphens. */
export function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}

/** A file name for the deck: its title as a slug. */
export function deckFileName(deck: Deck): string {
  return `${fileSlug(deck.title, 'briefing')}.json`;
}

/** What a scene saves from the atlas's state. */
export interface SceneView {
  filters: FilterSettings;
  camera: Camera | null;
  selected: string | null;
  focus: string | null;
  focusMembers: boolean;
}

/** A camera rounded as the address rounds it, so that saved scenes compare equal after a trip. */
function roundCamera(camera: Camera | null): Camera | null {
  if (camera === null) return null;
  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  return { lon: round(camera.lon, 4), lat: round(camera.lat, 4), zoom: round(camera.zoom, 2) };
}

/** A new scene from the view; its id is unique in the deck. */
export function sceneFromView(
  deck: Deck,
  view: SceneView,
  title: string,
  excerpt: string | null,
): Scene {
  return {
    id: freshSceneId(deck),
    title,
    notes: '',
    camera: roundCamera(view.camera),
    selected: view.selected,
    focus: view.focus,
    focusMembers: view.focusMembers,
    excerpt,
    filters: normalFilters(view.filters),
  };
}

function freshSceneId(deck: Deck): string {
  const taken = new Set(deck.scenes.map((s) => s.id));
  let n = deck.scenes.length + 1;
  while (taken.has(`scene-${n}`)) n++;
  return `scene-${n}`;
}

/** The view a scene puts in place: its filters over the defaults, nothing else carried over. */
export function viewOfScene(scene: Scene): SceneView {
  return {
    filters: filtersOf(scene.filters),
    camera: scene.camera,
    selected: scene.selected,
    focus: scene.focus,
    focusMembers: scene.focusMembers,
  };
}

/** What the default deck needs of one partnership. */
export interface DeckPartnership {
  id: string;
  /** "Algeria – Spain". */
  title: string;
  /** The excerpt to feature: the first the partnership cites for its status. */
  excerpt: string | null;
  /** Our summary of the partnership, as speaker notes. */
  notes: string;
  /** Which pair of parties it joins (the same for both orders of the parties). */
  pair: string;
  /** Its value (an imported table's count or amount), null where none is given. */
  value: number | null;
}

/** The most partnership scenes a default deck has after its overview. */
export const DEFAULT_DECK_SCENES = 10;

/**
 * The partnerships a default deck features: all of them when there are few; else, for each of the
 * strongest pairs (by the sum of their values where the dataset has values, else by their number
 * of partnerships), its partnership of greatest value (or its first), strongest pair first.
 */
export function featuredPartnerships(
  partnerships: readonly DeckPartnership[],
  max = DEFAULT_DECK_SCENES,
): DeckPartnership[] {
  if (partnerships.length <= max) return [...partnerships];
  const pairs = new Map<
    string,
    { strength: number; count: number; best: DeckPartnership; at: number }
  >();
  const valued = partnerships.some((p) => p.value !== null);
  partnerships.forEach((p, at) => {
    const known = pairs.get(p.pair);
    const value = p.value ?? 0;
    if (!known) {
      pairs.set(p.pair, { strength: value, count: 1, best: p, at });
      return;
    }
    known.strength += value;
    known.count++;
    if (value > (known.best.value ?? 0)) known.best = p;
  });
  return [...pairs.values()]
    .sort((a, b) => (valued ? b.strength - a.strength : b.count - a.count) || a.at - b.at)
    .slice(0, max)
    .map((pair) => pair.best);
}

/**
 * An overview of the whole dataset, then a scene for each featured partnership (see
 * `featuredPartnerships`).
 */
export function defaultDeck(
  title: string,
  overview: { title: string; notes: string },
  partnerships: readonly DeckPartnership[],
): Deck {
  const scene = (fields: Partial<Scene> & Pick<Scene, 'id' | 'title'>): Scene => ({
    notes: '',
    camera: null,
    selected: null,
    focus: null,
    focusMembers: false,
    excerpt: null,
    filters: normalFilters(DEFAULT_FILTERS),
    ...fields,
  });
  return {
    version: 1,
    title,
    scenes: [
      scene({ id: 'overview', title: overview.title, notes: overview.notes }),
      ...featuredPartnerships(partnerships).map((p) =>
        scene({
          id: `p-${p.id}`,
          title: p.title,
          notes: p.notes,
          selected: p.id,
          excerpt: p.excerpt,
        }),
      ),
    ],
  };
}

/** What a dataset holds, to check a deck's references against. */
export interface DeckReferences {
  partnerships: { has: (id: string) => boolean };
  actors: { has: (id: string) => boolean };
  domains: { has: (id: string) => boolean };
  excerpts: { has: (id: string) => boolean };
}

// Editing: each returns a new deck and leaves the one given untouched.

export function addScene(deck: Deck, scene: Scene, at = deck.scenes.length): Deck {
  const scenes = [...deck.scenes];
  scenes.splice(Math.max(0, Math.min(at, scenes.length)), 0, scene);
  return { ...deck, scenes };
}

export function updateScene(deck: Deck, sceneId: string, change: Partial<Omit<Scene, 'id'>>): Deck {
  return {
    ...deck,
    scenes: deck.scenes.map((s) => (s.id === sceneId ? { ...s, ...change } : s)),
  };
}

export function removeScene(deck: Deck, sceneId: string): Deck {
  return { ...deck, scenes: deck.scenes.filter((s) => s.id !== sceneId) };
}

/** Moves a scene to another place in the deck (clamped to the deck's ends). */
export function moveScene(deck: Deck, from: number, to: number): Deck {
  const scenes = [...deck.scenes];
  const [moved] = scenes.splice(from, 1);
  if (moved === undefined) return deck;
  scenes.splice(Math.max(0, Math.min(to, scenes.length)), 0, moved);
  return { ...deck, scenes };
}

/** Past and undone decks, newest last; a new edit forgets what was undone. */
export interface DeckHistory {
  past: Deck[];
  future: Deck[];
}

export const HISTORY_LIMIT = 100;

export function recordEdit(history: DeckHistory, previous: Deck): DeckHistory {
  return { past: [...history.past, previous].slice(-HISTORY_LIMIT), future: [] };
}
