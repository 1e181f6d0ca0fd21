// Presenting's words live in their own table, which the atlas's entry does not carry.
import '../core/present-messages';
import { useEffect, useState } from 'react';
import { loadMessages, translator, type Language } from '../core/messages';
import { useT, Words } from './i18n';
import { showDocumentLanguage } from './document-language';
import { PassageFigure } from './PassageFigure';
import { STEP_KEYS, type Channel, type PresenterMessage, type SceneCard } from '../core/protocol';
import { readPresenterMessage } from '../core/presenter-message';

type State = Extract<PresenterMessage, { type: 'state' }>;

function Card({ card, heading }: { card: SceneCard | null; heading: string }) {
  const { t } = useT();
  return (
    <section className="presenter-card" aria-label={heading}>
      <h2>{heading}</h2>
      {card ? (
        <>
          <p className="presenter-title" dir="auto" data-testid={`presenter-${heading}`}>
            {card.position}. {card.title}
          </p>
          {card.excerpt && <PassageFigure passage={card.excerpt} />}
        </>
      ) : (
        <p>{t('presenter.end')}</p>
      )}
    </section>
  );
}

function elapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/**
 * The presenter's window: the current and next scenes and the speaker notes, following the atlas
 * window over a BroadcastChannel; its keys and buttons move the presentation there.
 */
export function PresenterView({
  channel,
  initialLanguage,
}: {
  channel: Channel;
  /** The language the window opens in, its messages loaded. */
  initialLanguage: Language;
}) {
  const [language, setLanguage] = useState(initialLanguage);
  const { t } = translator(language);
  const [state, setState] = useState<State | null>(null);
  const [started, setStarted] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    /** The language on screen, as this window last set it. */
    let shown = initialLanguage;
    const onMessage = (event: { data: unknown }) => {
      // Only our own messages, checked field by field: `{language: 'constructor'}` is dropped.
      const message = readPresenterMessage(event.data);
      if (message?.type !== 'state') return;
      if (message.language !== shown) {
        // Speak the atlas window's language: fetch its messages first, then show the state.
        loadMessages(message.language).then(
          () => {
            shown = message.language;
            setLanguage(message.language);
            showDocumentLanguage(
              message.language,
              translator(message.language).t('presenter.title'),
            );
            setState(message);
          },
          () => {
            setState(message);
          },
        );
        return;
      }
      setState(message);
      // The clock starts with the presentation and stops with it.
      const at = Date.now();
      setStarted((started) => (message.presenting ? (started ?? at) : null));
    };
    channel.addEventListener('message', onMessage);
    channel.postMessage({ type: 'hello' });
    return () => {
      channel.removeEventListener('message', onMessage);
    };
  }, [channel, initialLanguage]);

  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const step = Object.hasOwn(STEP_KEYS, event.key) ? STEP_KEYS[event.key] : undefined;
      if (step === undefined) return;
      event.preventDefault();
      channel.postMessage({ type: 'step', step });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [channel]);

  const live = state?.presenting === true && state.current !== null;
  return (
    <Words language={language}>
      <main className="presenter">
        <header className="presenter-header">
          <h1>
            {t('presenter.title')}
            {state?.deckTitle ? `: ${state.deckTitle}` : ''}
          </h1>
          {live && state.current && (
            <p className="caption-progress" aria-live="polite">
              {t('present.progress', { position: state.current.position, count: state.count })}
              {started !== null &&
                ` · ${t('presenter.elapsed', { time: elapsed(Math.max(0, now - started)) })}`}
            </p>
          )}
        </header>
        {!live || !state.current ? (
          <p className="presenter-waiting" role="status">
            {t('presenter.waiting')}
          </p>
        ) : (
          <>
            <div className="presenter-cards">
              <Card card={state.current} heading={t('presenter.current')} />
              <Card card={state.next} heading={t('presenter.next')} />
            </div>
            <section className="presenter-notes" aria-label={t('presenter.notes')}>
              <h2>{t('presenter.notes')}</h2>
              <p dir="auto" data-testid="presenter-notes">
                {state.current.notes || t('deck.notesEmpty')}
              </p>
            </section>
            <div className="presenter-controls">
              <button
                type="button"
                onClick={() => {
                  channel.postMessage({ type: 'step', step: -1 });
                }}
              >
                {t('present.previous')}
              </button>
              <button
                type="button"
                onClick={() => {
                  channel.postMessage({ type: 'step', step: 1 });
                }}
              >
                {t('present.next')}
              </button>
            </div>
          </>
        )}
      </main>
    </Words>
  );
}
