/**
 * The presenter channel's messages, checked field by field: any window of the same origin can post
 * on a BroadcastChannel, so a message is used only when it is exactly one of ours (a plain check,
 * not zod, because this runs in the page and in the presenter window, where zod is not loaded).
 */
import type { Language } from './messages';
import type { Passage, PresenterMessage, SceneCard, Step } from './protocol';

const LANGUAGES: readonly Language[] = ['en', 'ar'];
const STEPS: readonly Step[] = [1, -1, 'first', 'last'];

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 100_000): value is string =>
  typeof value === 'string' && value.length <= max;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100_000;

function passage(value: unknown): Passage | null | undefined {
  if (value === null) return null;
  if (!isFields(value)) return undefined;
  const { text, translation, checked, language } = value;
  if (!isText(text) || !(translation === null || isText(translation))) return undefined;
  if (typeof checked !== 'boolean' || (language !== 'ar' && language !== 'en')) return undefined;
  return { text, translation, checked, language };
}

function sceneCard(value: unknown): SceneCard | null | undefined {
  if (value === null) return null;
  if (!isFields(value)) return undefined;
  const { position, title, notes } = value;
  const excerpt = passage(value.excerpt);
  if (!isCount(position) || !isText(title) || !isText(notes) || excerpt === undefined)
    return undefined;
  return { position, title, notes, excerpt };
}

/** The message if it is one of ours, with only its own fields; null for anything else. */
export function readPresenterMessage(data: unknown): PresenterMessage | null {
  if (!isFields(data)) return null;
  if (data.type === 'hello') return { type: 'hello' };
  if (data.type === 'step') {
    const step = STEPS.find((s) => s === data.step);
    return step === undefined ? null : { type: 'step', step };
  }
  if (data.type !== 'state') return null;
  const language = LANGUAGES.find((l) => l === data.language);
  const current = sceneCard(data.current);
  const next = sceneCard(data.next);
  if (
    language === undefined ||
    typeof data.presenting !== 'boolean' ||
    !isText(data.deckTitle) ||
    !isCount(data.count) ||
    current === undefined ||
    next === undefined
  )
    return null;
  return {
    type: 'state',
    language,
    presenting: data.presenting,
    deckTitle: data.deckTitle,
    count: data.count,
    current,
    next,
  };
}
