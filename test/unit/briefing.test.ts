import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/messages';

const { say } = translator('en');
import {
  addScene,
  deckToJson,
  moveScene,
  removeScene,
  sceneFromView,
  viewOfScene,
  type Deck,
} from '../../src/core/deck';
import { parseDeck, validateDeck } from '../../src/core/deck-schema';
import { formatIssue } from '../../src/core/issues';
import { DEFAULT_FILTERS } from '../../src/core/filters';
import { createAtlasStore, type AtlasStore } from '../../src/store/atlas-store';
import { bindDeck, type DeckStorage } from '../../src/bindings/bind-deck';
import { createInlineClient } from '../../src/data/inline-client';
import { loadDataset } from '../../src/bindings/bind-dataset';
import { bindPresenter, presenterState } from '../../src/bindings/bind-presenter';
import { type Channel, type PresenterMessage } from '../../src/core/protocol';
import { diskFetch, readData, SEED_LOCATION } from './helpers';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const view = {
  filters: { ...DEFAULT_FILTERS, hiddenDomains: ['demining'] },
  camera: { lon: 10.123456, lat: 40.987654, zoom: 4.5678 },
  selected: 'dza-esp-cyber-ct-talks',
  focus: null,
  focusMembers: false,
};

const empty: Deck = { version: 1, title: 'Test deck', scenes: [] };

describe('deck files', () => {
  it('reads the shipped seed briefing', () => {
    const result = parseDeck(readData('briefings/seed-briefing.json'), 'seed.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.deck.scenes.map((s) => s.id)).toContain('egypt-nato');
  });

  it('names the file, the scene and the field of each problem', () => {
    const result = validateDeck(
      {
        version: 1,
        title: 'Broken',
        scenes: [
          { id: 'a', title: 'Fine' },
          { id: 'b', title: 'Bad camera', camera: { lon: 10, lat: 99, zoom: 3 } },
          { id: 'a', title: 'Same id' },
        ],
      },
      'decks/broken.json',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => formatIssue(issue, translator('en')))).toEqual([
      'decks/broken.json › scenes[1] “Bad camera” › camera.lat: must be at most 85.1',
    ]);
    const duplicate = validateDeck(
      {
        version: 1,
        title: 'Dup',
        scenes: [
          { id: 'a', title: 'One' },
          { id: 'a', title: 'Two' },
        ],
      },
      'dup.json',
    );
    expect(
      duplicate.ok ? [] : duplicate.issues.map((issue) => formatIssue(issue, translator('en'))),
    ).toEqual(['dup.json › scenes[1] “Two” › id: duplicates the id of scenes[0]']);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const result = parseDeck('{\n  "version": 1,\n  "title": "x",,\n}', 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatIssue(must(result.issues[0]), translator('en'))).toMatch(
        /^bad\.json: .*line 3, column 16/,
      );
  });

  it('fills defaults, and writes a file that reads back to the same deck', () => {
    const result = validateDeck(
      { version: 1, title: 'Short', scenes: [{ id: 's', title: 'S' }] },
      'f',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const scene = must(result.deck.scenes[0]);
    expect(scene).toMatchObject({ notes: '', camera: null, selected: null, excerpt: null });
    expect(scene.filters).toEqual({ ...DEFAULT_FILTERS, hiddenDomains: [], hiddenStatuses: [] });
    const text = deckToJson(result.deck);
    const again = parseDeck(text, 'f');
    expect(again.ok && deckToJson(again.deck)).toBe(text);
  });
});

describe('deck editing', () => {
  it('captures a view with a camera rounded as the address rounds it', () => {
    const scene = sceneFromView(empty, view, 'First', 'dz-es-lead');
    expect(scene).toMatchObject({
      id: 'scene-1',
      camera: { lon: 10.1235, lat: 40.9877, zoom: 4.57 },
      selected: 'dza-esp-cyber-ct-talks',
      excerpt: 'dz-es-lead',
    });
    expect(viewOfScene(scene).filters.hiddenDomains).toEqual(['demining']);
  });

  it('adds, moves and removes scenes without touching the deck it was given', () => {
    let deck = empty;
    for (const title of ['A', 'B', 'C'])
      deck = addScene(deck, sceneFromView(deck, view, title, null));
    expect(deck.scenes.map((s) => s.title)).toEqual(['A', 'B', 'C']);
    expect(new Set(deck.scenes.map((s) => s.id)).size).toBe(3);
    const moved = moveScene(deck, 2, 0);
    expect(moved.scenes.map((s) => s.title)).toEqual(['C', 'A', 'B']);
    expect(deck.scenes.map((s) => s.title)).toEqual(['A', 'B', 'C']);
    expect(removeScene(moved, must(moved.scenes[1]).id).scenes.map((s) => s.title)).toEqual([
      'C',
      'B',
    ]);
  });
});

/** A Map-backed storage that can be told to fail. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  let full = false;
  const storage: DeckStorage & { items: Map<string, string>; fill: () => void } = {
    items,
    fill: () => {
      full = true;
    },
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
  };
  return storage;
}

async function atlasWithDeck(
  storage: DeckStorage,
  changes?: Parameters<typeof bindDeck>[4],
): Promise<AtlasStore> {
  const store = createAtlasStore();
  const client = createInlineClient(diskFetch());
  bindDeck(store, client, storage, 'deck', changes);
  await loadDataset(store, client, SEED_LOCATION);
  await expect.poll(() => store.getState().deck).not.toBeNull();
  return store;
}

describe('the deck in the store', () => {
  it('starts from the default deck: an overview, then one scene per partnership', async () => {
    const store = await atlasWithDeck(memoryStorage());
    const deck = must(store.getState().deck);
    expect(deck.scenes.map((s) => s.selected)).toEqual([
      null,
      'dza-esp-cyber-ct-talks',
      'egy-nato-closer-cooperation',
    ]);
    expect(deck.scenes[1]).toMatchObject({ title: 'Algeria – Spain', excerpt: 'dz-es-lead' });
    // The featured passages are fetched for the captions.
    await expect.poll(() => store.getState().captionExcerpts.has('dz-es-lead')).toBe(true);
  });

  it('writes the default deck in the interface language', async () => {
    const client = createInlineClient(diskFetch());
    const store = createAtlasStore();
    await loadDataset(store, client, SEED_LOCATION);
    const deck = must(await client.defaultDeck('ar'));
    expect(deck.scenes[1]?.title).toBe('الجزائر – إسبانيا');
    expect(deck.scenes[0]?.notes).toMatch(/[\u0600-\u06FF]/);
    expect(deck.scenes[0]?.notes).not.toMatch(/partnership/);
    // The interface's own language is not changed by it.
    expect(store.getState().language).toBe('en');
  });

  it('saves each edit, and undo and redo walk through them', async () => {
    const storage = memoryStorage();
    const store = await atlasWithDeck(storage);
    const state = () => store.getState();
    state().showScene(1, false);
    expect(state()).toMatchObject({ selectedId: 'dza-esp-cyber-ct-talks', sceneIndex: 1 });
    state().toggleDomain('demining');
    state().setCamera({ lon: 1, lat: 2, zoom: 3 });
    state().captureScene();
    expect(state().deck?.scenes).toHaveLength(4);
    const captured = must(must(state().deck).scenes[2]);
    expect(captured).toMatchObject({
      // Titled from what it shows, not "Scene 3".
      title: 'Algeria – Spain',
      camera: { lon: 1, lat: 2, zoom: 3 },
      selected: 'dza-esp-cyber-ct-talks',
      filters: { hiddenDomains: ['demining'] },
    });
    expect(storage.items.get('deck')).toBe(deckToJson(must(state().deck)));
    state().updateScene(captured.id, { title: 'Renamed' });
    state().moveScene(2, 0);
    expect(must(must(state().deck).scenes[0]).title).toBe('Renamed');
    state().undo();
    state().undo();
    expect(must(must(state().deck).scenes[2]).title).not.toBe('Renamed');
    state().redo();
    expect(must(must(state().deck).scenes[2]).title).toBe('Renamed');
    state().deleteScene(captured.id);
    expect(must(state().deck).scenes).toHaveLength(3);
    state().undo();
    expect(must(state().deck).scenes).toHaveLength(4);
    expect(storage.items.get('deck')).toBe(deckToJson(must(state().deck)));
  });

  it('reads the saved deck back after a reload', async () => {
    const storage = memoryStorage();
    const first = await atlasWithDeck(storage);
    first.getState().renameDeck('Kept across reloads');
    first.getState().captureScene();
    const second = await atlasWithDeck(storage);
    expect(deckToJson(must(second.getState().deck))).toBe(deckToJson(must(first.getState().deck)));
  });

  it('never promises a backup it could not write, and then saves nothing over the saved deck', async () => {
    const storage = memoryStorage({ deck: '{"version": 1, "title": ' });
    storage.fill();
    const store = await atlasWithDeck(storage);
    expect(storage.items.has('deck:unreadable')).toBe(false);
    const message = store.getState().deckMessage;
    expect(message && say(message.text)).toContain('could not be set aside either');
    expect(message && say(message.text)).not.toContain('deck:unreadable');
    store.getState().captureScene();
    expect(storage.items.get('deck')).toBe('{"version": 1, "title": ');
  });

  it('names what a full storage kept from being saved', async () => {
    const storage = memoryStorage();
    const store = await atlasWithDeck(storage);
    storage.fill();
    store.getState().renameDeck('Too late');
    const message = store.getState().deckMessage;
    expect(message && say(message.text)).toBe(
      'The deck could not be saved in this browser: the browser’s storage for this site is full. Export it to keep it.',
    );
  });

  it("says when another tab saved this dataset's deck, and saves nothing over it until the user chooses", async () => {
    const storage = memoryStorage();
    let tell: (change: { key: string | null; newValue: string | null }) => void = () => undefined;
    const store = await atlasWithDeck(storage, (listener) => {
      tell = listener;
      return () => undefined;
    });
    const mine = deckToJson(must(store.getState().deck));
    const theirs = mine.replace(/"title": "[^"]*"/, '"title": "From the other tab"');
    storage.items.set('deck', theirs);
    tell({ key: 'other-key', newValue: 'x' });
    expect(store.getState().deckElsewhere).toBeNull();
    tell({ key: 'deck', newValue: theirs });
    expect(store.getState().deckElsewhere).toBe(theirs);
    // An edit here does not overwrite the other tab's deck.
    store.getState().renameDeck('Mine, edited');
    expect(storage.items.get('deck')).toBe(theirs);
    // Keeping this tab's deck saves it over the other.
    store.getState().setDeckElsewhere(null);
    expect(JSON.parse(storage.items.get('deck') ?? '{}')).toMatchObject({ title: 'Mine, edited' });
    // This tab's own write, told back, is not news.
    tell({ key: 'deck', newValue: storage.items.get('deck') ?? null });
    expect(store.getState().deckElsewhere).toBeNull();
  });

  it('keeps an unreadable saved deck under another key and says where', async () => {
    const storage = memoryStorage({ deck: '{"version": 1, "title": ' });
    const store = await atlasWithDeck(storage);
    expect(storage.items.get('deck:unreadable')).toBe('{"version": 1, "title": ');
    expect(store.getState().deckMessage).toMatchObject({ kind: 'error' });
    const message = store.getState().deckMessage;
    expect(message && say(message.text)).toContain('deck:unreadable');
    expect(message?.issues?.length).toBeGreaterThan(0);
    expect(store.getState().deck?.scenes).toHaveLength(3);
  });

  it('keeps a saved deck whose references the dataset lacks, and says which', async () => {
    const deck = {
      version: 1,
      title: 'Made for an older dataset',
      scenes: [{ id: 'gone', title: 'Gone', selected: 'removed-partnership', excerpt: 'removed' }],
    };
    const store = await atlasWithDeck(memoryStorage({ deck: JSON.stringify(deck) }));
    expect(must(store.getState().deck).scenes[0]).toMatchObject({
      selected: 'removed-partnership',
      excerpt: 'removed',
    });
    expect(
      store.getState().deckMessage?.issues?.map((issue) => formatIssue(issue, translator('en'))),
    ).toEqual([
      'the deck saved in this browser › scenes[0] “Gone” › selected: refers to partnership “removed-partnership”, which this dataset lacks',
      'the deck saved in this browser › scenes[0] “Gone” › excerpt: refers to excerpt “removed”, which this dataset lacks',
    ]);
    // Shown, the scene puts in place what still exists.
    store.getState().showScene(0, false);
    expect(store.getState().selectedId).toBeNull();
  });

  it('says so when the browser refuses to save', async () => {
    const storage = memoryStorage();
    const store = await atlasWithDeck(storage);
    storage.fill();
    store.getState().captureScene();
    const message = store.getState().deckMessage;
    expect(message && say(message.text)).toMatch(
      /could not be saved.*storage for this site is full/,
    );
    expect(store.getState().deck?.scenes).toHaveLength(4);
  });

  it('steps through the deck while presenting, clamped at its ends', async () => {
    const store = await atlasWithDeck(memoryStorage());
    const state = () => store.getState();
    state().startPresenting(0);
    expect(state()).toMatchObject({ presenting: true, sceneIndex: 0, selectedId: null });
    state().stepScene(1);
    expect(state()).toMatchObject({ sceneIndex: 1, selectedId: 'dza-esp-cyber-ct-talks' });
    expect(state().cameraRequest).toEqual({ camera: null, animate: true });
    state().stepScene('last');
    state().stepScene(1);
    expect(state().sceneIndex).toBe(2);
    state().stepScene('first');
    state().stepScene(-1);
    expect(state().sceneIndex).toBe(0);
  });

  it('titles a captured scene from what it shows: the actor in focus, or the overview', async () => {
    const store = await atlasWithDeck(memoryStorage());
    const state = () => store.getState();
    const lastTitle = () => state().deck?.scenes.at(-1)?.title;
    state().showScene(2, false);
    state().select(null);
    state().setFocus('nato', true);
    state().captureScene();
    expect(state().deck?.scenes[3]?.title).toBe('NATO and its members');
    state().setFocus(null);
    state().onlyDomain('demining');
    state().captureScene();
    expect(state().deck?.scenes[4]?.title).toBe('Overview: Demining');
    state().showAllDomains();
    state().captureScene();
    expect(lastTitle()).toBe('Overview');
  });

  it('starts at the first scene unless told otherwise, and leaving puts the user’s view back', async () => {
    const store = await atlasWithDeck(memoryStorage());
    const state = () => store.getState();
    state().showScene(2, false);
    state().applyView({
      selected: 'dza-esp-cyber-ct-talks',
      hiddenDomains: ['demining'],
      camera: { lon: 1, lat: 40, zoom: 4.5 },
    });
    state().setCamera({ lon: 1, lat: 40, zoom: 4.5 });
    state().startPresenting();
    expect(state()).toMatchObject({ presenting: true, sceneIndex: 0, selectedId: null });
    state().stepScene(1);
    state().stepScene(1);
    state().stopPresenting();
    expect(state()).toMatchObject({
      presenting: false,
      selectedId: 'dza-esp-cyber-ct-talks',
      filters: { hiddenDomains: ['demining'] },
      cameraRequest: { camera: { lon: 1, lat: 40, zoom: 4.5 }, animate: false },
    });
    state().startPresenting(1);
    expect(state().sceneIndex).toBe(1);
  });
});

describe('the presenter channel', () => {
  it('answers a hello, follows the main window and steps it', async () => {
    const store = await atlasWithDeck(memoryStorage());
    await expect.poll(() => store.getState().captionExcerpts.size).toBeGreaterThan(0);
    const sent: PresenterMessage[] = [];
    const held: { listener: ((event: { data: unknown }) => void) | null } = { listener: null };
    const channel: Channel = {
      postMessage: (message) => sent.push(message),
      addEventListener: (_, l) => {
        held.listener = l;
      },
      removeEventListener: () => {
        held.listener = null;
      },
    };
    const stop = bindPresenter(store, channel);
    must(held.listener)({ data: { type: 'hello' } });
    expect(sent.at(-1)).toMatchObject({ type: 'state', presenting: false, current: null });
    store.getState().startPresenting(0);
    must(held.listener)({ data: { type: 'step', step: 1 } });
    expect(store.getState().sceneIndex).toBe(1);
    const last = sent.at(-1);
    expect(last).toEqual(presenterState(store.getState()));
    expect(last).toMatchObject({
      presenting: true,
      count: 3,
      current: { position: 2, title: 'Algeria – Spain', excerpt: { language: 'ar' } },
      next: { position: 3 },
    });
    stop();
    expect(held.listener).toBeNull();
  });
});
