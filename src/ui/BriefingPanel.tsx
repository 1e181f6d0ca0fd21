// The briefing's words live in their own table, which the atlas's entry does not carry.
import '../core/present-messages';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { DeckElsewhere } from './DeckElsewhere';
import { LIMITS, megabytes } from '../core/limits';
import type { Deck, Scene } from '../core/deck';
import { formatIssue } from '../core/issues';
import { isFiltered } from '../core/filters';
import { phrase, translator, type Text } from '../core/messages';
import { useT } from './i18n';
import { linkTitle } from '../core/summary';
import type { AtlasState } from '../store/atlas-store';
import { failureText, type DeckReadResult } from '../core/protocol';
import { exportDeck, openPresenterWindow, type HandoutPage } from './briefing-actions';
import { ImageExport } from './ImageExport';
import { AnimationExport } from './time/AnimationExport';
import type { MapHandleRef } from './map-handle';
import { enterPresentation } from './presentation-control';
import { useAtlas, useAtlasStore } from './store-context';

/** A deck shipped with the atlas, in `data/briefings/`. */
export interface BuiltInDeck {
  file: string;
  title: string;
  text: () => Promise<string>;
}

export interface DeckSources {
  builtIn: readonly BuiltInDeck[];
  /** Reads a deck file's text against the dataset (in the data worker). */
  read: (text: string, file: string) => Promise<DeckReadResult>;
  /** The deck built from the dataset: an overview and one scene per partnership. */
  defaultDeck: () => Promise<Deck | null>;
}

/** A text field that edits on Enter or when it loses focus, so that undo steps are whole edits. */
function CommitField({
  value,
  label,
  multiline = false,
  onCommit,
  className,
}: {
  value: string;
  label: string;
  multiline?: boolean;
  onCommit: (value: string) => void;
  className?: string;
}) {
  const [draft, setDraft] = useState(value);
  // A new value from outside (undo, an import) replaces the draft.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    const next = multiline ? draft : draft.trim();
    if (next !== value && (multiline || next !== '')) onCommit(next);
    else setDraft(value);
  };
  const props = {
    value: draft,
    'aria-label': label,
    // The user's words, in whichever language they are written.
    dir: 'auto',
    className,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
    },
    onBlur: commit,
  };
  return multiline ? (
    <textarea {...props} rows={2} />
  ) : (
    <input
      {...props}
      type="text"
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(value);
      }}
    />
  );
}

/** What a scene shows, in a few words. */
function sceneSummary(state: AtlasState, scene: Scene): string {
  const { t, localized } = translator(state.language);
  const summary = state.summary;
  const parts: string[] = [];
  const row = scene.selected === null ? -1 : (state.linkRows.get(scene.selected) ?? -1);
  if (summary && row >= 0)
    parts.push(t('deck.sceneSummarySelected', { title: linkTitle(summary, row, state.language) }));
  const actor =
    scene.focus === null ? undefined : summary?.actors[state.actorRows.get(scene.focus) ?? -1];
  if (actor) parts.push(t('deck.sceneSummaryFocus', { actor: localized(actor.name) }));
  if (parts.length === 0) parts.push(t('deck.sceneSummaryOverview'));
  const f = scene.filters;
  if (isFiltered(f)) {
    parts.push(t('deck.sceneSummaryFilters'));
  }
  return parts.join(' · ');
}

/** A scene dragged by its handle: where it started, where it is over, and the drop. */
interface PointerDrag {
  start: (index: number) => void;
  over: (index: number) => void;
  end: (drop: boolean) => void;
}

function SceneItem({
  scene,
  index,
  count,
  current,
  dropTarget,
  drag,
  onMove,
  handleRef,
}: {
  scene: Scene;
  index: number;
  count: number;
  current: boolean;
  /** Whether a scene being dragged would land here. */
  dropTarget: boolean;
  drag: PointerDrag;
  /** Moves a scene; `byKey` when the keyboard moved this one (its handle keeps the focus). */
  onMove: (from: number, to: number, byKey: boolean) => void;
  handleRef: (element: HTMLButtonElement | null) => void;
}) {
  const { t } = useT();
  const store = useAtlasStore();
  const summaryText = useAtlas((s) => sceneSummary(s, scene));
  const featured = useAtlas((s) =>
    scene.excerpt ? s.captionExcerpts.get(scene.excerpt) : undefined,
  );
  const move = (to: number) => {
    onMove(index, to, true);
  };
  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      move(index - 1);
    } else if (event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault();
      move(index + 1);
    }
  };
  return (
    <li
      className={`scene${current ? ' current' : ''}${dropTarget ? ' drop-target' : ''}`}
      aria-current={current ? 'step' : undefined}
      data-scene-index={index}
    >
      <div className="scene-row">
        <button
          ref={handleRef}
          type="button"
          className="scene-handle"
          aria-label={t('deck.dragHandle', { number: index + 1 })}
          aria-describedby="deck-reorder-help"
          onKeyDown={onHandleKey}
          // Dragging with the pointer (mouse, pen or touch): the scene under it is the target.
          onPointerDown={(event) => {
            if (event.button !== 0) return;
            event.currentTarget.setPointerCapture(event.pointerId);
            drag.start(index);
          }}
          onPointerMove={(event) => {
            const target = document
              .elementFromPoint(event.clientX, event.clientY)
              ?.closest<HTMLElement>('[data-scene-index]');
            if (target) drag.over(Number(target.dataset.sceneIndex));
          }}
          onPointerUp={() => {
            drag.end(true);
          }}
          onPointerCancel={() => {
            drag.end(false);
          }}
        >
          <span aria-hidden="true">⋮⋮</span> {index + 1}
        </button>
        <CommitField
          className="scene-title"
          value={scene.title}
          label={t('deck.sceneLabel', { number: index + 1, title: t('deck.sceneTitle') })}
          onCommit={(title) => {
            store.getState().updateScene(scene.id, { title });
          }}
        />
      </div>
      <p className="scene-summary">{summaryText}</p>
      {featured && (
        <p className="scene-excerpt" lang={featured.source.language} dir="auto">
          {featured.excerpt.text.slice(0, 90)}
          {featured.excerpt.text.length > 90 ? '…' : ''}
        </p>
      )}
      <CommitField
        multiline
        className="scene-notes"
        value={scene.notes}
        label={t('deck.sceneLabel', { number: index + 1, title: t('deck.sceneNotes') })}
        onCommit={(notes) => {
          store.getState().updateScene(scene.id, { notes });
        }}
      />
      <div className="scene-actions">
        <button
          type="button"
          onClick={() => {
            store.getState().showScene(index);
          }}
        >
          {t('deck.sceneShow')}
        </button>
        <button
          type="button"
          onClick={() => {
            store.getState().recaptureScene(scene.id);
          }}
        >
          {t('deck.sceneUpdate')}
        </button>
        <button
          type="button"
          onClick={() => {
            enterPresentation(store, index);
          }}
        >
          {t('deck.presentFrom')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            store.getState().deleteScene(scene.id);
          }}
        >
          {t('deck.sceneDelete')}
        </button>
      </div>
    </li>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="briefing-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/**
 * The briefing: the deck's scenes (capture, rename, notes, reorder by drag or keys, delete, undo),
 * presenting, the presenter window, deck files in and out, image export and the printed handout.
 */
export function BriefingPanel({
  sources,
  mapHandle,
  onHandout,
}: {
  sources: DeckSources;
  mapHandle: MapHandleRef;
  onHandout: (pages: HandoutPage[]) => void;
}) {
  const words = useT();
  const { t, say } = words;
  const store = useAtlasStore();
  const deck = useAtlas((s) => s.deck);
  const sceneIndex = useAtlas((s) => s.sceneIndex);
  const canUndo = useAtlas((s) => s.deckHistory.past.length > 0);
  const canRedo = useAtlas((s) => s.deckHistory.future.length > 0);
  const message = useAtlas((s) => s.deckMessage);
  const [builtIn, setBuiltIn] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterMove = useRef<string | null>(null);
  const [dragging, setDragging] = useState<{ from: number; over: number } | null>(null);
  const drag: PointerDrag = {
    start: (from) => {
      setDragging({ from, over: from });
    },
    over: (over) => {
      setDragging((current) => (current && current.over !== over ? { ...current, over } : current));
    },
    end: (drop) => {
      if (drop && dragging && dragging.over !== dragging.from) {
        store.getState().moveScene(dragging.from, dragging.over);
      }
      setDragging(null);
    },
  };

  // After a move by keyboard the handle keeps the focus at its new place.
  useEffect(() => {
    const id = focusAfterMove.current;
    if (id === null) return;
    focusAfterMove.current = null;
    handles.current.get(id)?.focus();
  }, [deck]);

  if (!deck) return null;

  /**
   * Reads a deck file and puts it in place (undo brings the previous deck back); a file that is
   * refused leaves the deck as it was, with one line per problem.
   */
  const readFile = async (text: string, file: string, message: (deck: Deck) => Text) => {
    let result: Awaited<ReturnType<typeof sources.read>>;
    try {
      result = await sources.read(text, file);
    } catch (error) {
      store.getState().setDeckMessage({
        kind: 'error',
        text: phrase('deck.readFailed', { file, reason: failureText(error) }),
      });
      return;
    }
    if (result.ok) {
      store.getState().replaceDeck(result.deck, message(result.deck));
      return;
    }
    store.getState().setDeckMessage({
      kind: 'error',
      text: phrase('deck.importFailed', { file, count: result.issues.length }),
      issues: result.issues,
    });
  };

  const importFile = async (file: File) => {
    if (file.size > LIMITS.deckBytes) {
      store.getState().setDeckMessage({
        kind: 'error',
        text: phrase('limit.deckBytes', {
          file: file.name,
          size: megabytes(file.size),
          limit: megabytes(LIMITS.deckBytes),
        }),
        issues: [],
      });
      return;
    }
    await readFile(await file.text(), file.name, (deck) =>
      phrase('deck.imported', { title: deck.title, count: deck.scenes.length }),
    );
  };

  const loadBuiltIn = async () => {
    const replaced = (deck: Deck) => phrase('deck.replaced', { title: deck.title });
    const choice = sources.builtIn.find((d) => d.file === builtIn);
    if (choice) {
      await readFile(await choice.text(), choice.file, replaced);
      return;
    }
    const deck = await sources.defaultDeck();
    if (deck) store.getState().replaceDeck(deck, replaced(deck));
  };

  const onPanelKey = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) store.getState().redo();
      else store.getState().undo();
    } else if (mod && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      store.getState().redo();
    }
  };

  return (
    <aside className="briefing-panel" aria-labelledby="briefing-heading" onKeyDown={onPanelKey}>
      <header className="briefing-header">
        <h2 id="briefing-heading" tabIndex={-1}>
          {t('deck.heading')}
        </h2>
        <button
          type="button"
          className="close"
          aria-label={t('deck.close')}
          onClick={() => {
            store.getState().setBriefingOpen(false);
          }}
        >
          ×
        </button>
      </header>
      <label className="deck-title">
        {t('deck.title')}
        <CommitField
          value={deck.title}
          label={t('deck.title')}
          onCommit={(title) => {
            store.getState().renameDeck(title);
          }}
        />
      </label>
      <div className="briefing-toolbar">
        <button
          type="button"
          className="primary"
          onClick={() => {
            store.getState().captureScene();
          }}
        >
          {t('deck.capture')}
        </button>
        <button
          type="button"
          disabled={deck.scenes.length === 0}
          onClick={() => {
            // The whole deck, from its first scene; each scene has "Present from here".
            enterPresentation(store, 0);
          }}
        >
          {t('deck.present')}
        </button>
        <button
          type="button"
          onClick={() => {
            openPresenterWindow();
          }}
        >
          {t('deck.presenterView')}
        </button>
        <button
          type="button"
          disabled={!canUndo}
          onClick={() => {
            store.getState().undo();
          }}
        >
          {t('deck.undo')}
        </button>
        <button
          type="button"
          disabled={!canRedo}
          onClick={() => {
            store.getState().redo();
          }}
        >
          {t('deck.redo')}
        </button>
      </div>
      <DeckElsewhere
        onLoad={(text) =>
          readFile(text, t('deck.otherTab'), (loaded) =>
            phrase('deck.replaced', { title: loaded.title }),
          )
        }
      />
      <div
        className={`deck-message${message?.kind === 'error' ? ' error' : ''}`}
        role={message?.kind === 'error' ? 'alert' : 'status'}
        data-testid="deck-message"
      >
        {message && (
          <>
            <p>{say(message.text)}</p>
            {message.issues && message.issues.length > 0 && (
              <ul>
                {message.issues.slice(0, 20).map((issue) => (
                  <li key={formatIssue(issue, words)}>{formatIssue(issue, words)}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <Section title={t('deck.scenes')}>
        <p id="deck-reorder-help" className="help">
          {t('deck.reorderHelp')}
        </p>
        {deck.scenes.length === 0 ? (
          <p className="help">{t('deck.empty')}</p>
        ) : (
          <ol className="scene-list">
            {deck.scenes.map((scene, index) => (
              <SceneItem
                key={scene.id}
                scene={scene}
                index={index}
                count={deck.scenes.length}
                current={index === sceneIndex}
                dropTarget={dragging !== null && dragging.over === index && dragging.from !== index}
                drag={drag}
                onMove={(from, to, byKey) => {
                  if (byKey) focusAfterMove.current = scene.id;
                  store.getState().moveScene(from, to);
                }}
                handleRef={(element) => {
                  if (element) handles.current.set(scene.id, element);
                  else handles.current.delete(scene.id);
                }}
              />
            ))}
          </ol>
        )}
      </Section>
      <Section title={t('export.heading')}>
        <ImageExport mapHandle={mapHandle} scenes={deck.scenes.length} onHandout={onHandout} />
        <AnimationExport mapHandle={mapHandle} />
      </Section>
      <Section title={t('deck.files')}>
        <div className="briefing-toolbar">
          <button
            type="button"
            onClick={() => {
              exportDeck(store);
            }}
          >
            {t('deck.export')}
          </button>
          <button
            type="button"
            onClick={() => {
              fileRef.current?.click();
            }}
          >
            {t('deck.import')}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('deck.import')}
            data-testid="deck-import"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
        <div className="briefing-toolbar">
          <label>
            {t('deck.builtIn')}{' '}
            <select
              value={builtIn}
              onChange={(event) => {
                setBuiltIn(event.target.value);
              }}
            >
              <option value="">{t('deck.builtInDefault')}</option>
              {sources.builtIn.map((d) => (
                <option key={d.file} value={d.file}>
                  {d.title}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => {
              void loadBuiltIn();
            }}
          >
            {t('deck.builtInLoad')}
          </button>
        </div>
      </Section>
    </aside>
  );
}
