/**
 * The briefing deck's shape, written once with zod, and the checks made where a deck comes in (a
 * file in `data/briefings/`, an import, the browser's storage): every issue names the file, the
 * scene and the field. The app runs these in the data worker, so zod stays out of the page's entry;
 * `deck.ts` holds the types (inferred from here) and the pure editing functions.
 */
import { z } from 'zod';
import { DEFAULT_FILTERS } from './filters';
import { phrase, type Text } from './messages';
import { zodIssueText } from './zod-issue';
import { formatPath, parseJson } from './validate';
import { statusSchema } from './schema';
import type { DataIssue } from './types';
import type { Deck, DeckReferences } from './deck';

const ID = /^[A-Za-z0-9._:-]{1,200}$/;
const id = z.string().regex(ID, 'issue.sceneId');
const isoDate = z.iso.date();

export const cameraSchema = z.strictObject({
  lon: z.number().min(-540).max(540),
  lat: z.number().min(-85.1).max(85.1),
  zoom: z.number().min(0).max(24),
});

export const sceneFiltersSchema = z.strictObject({
  hiddenDomains: z.array(id).default([]),
  domainMode: z.enum(['any', 'all']).default('any'),
  hiddenStatuses: z.array(statusSchema).default([]),
  dateFrom: isoDate.nullable().default(null),
  dateTo: isoDate.nullable().default(null),
  unknownDates: z.boolean().default(true),
  valueMin: z.number().refine(Number.isFinite).nullable().default(null),
  valueMax: z.number().refine(Number.isFinite).nullable().default(null),
});

export const sceneSchema = z.strictObject({
  id,
  title: z.string().trim().min(1, 'issue.empty').max(200),
  /** Speaker notes, shown in the presenter view and the printed handout. */
  notes: z.string().max(20000).default(''),
  /** Where the camera stands; null: it fits the selected partnership, or shows the overview. */
  camera: cameraSchema.nullable().default(null),
  /** The partnership selected in the scene. */
  selected: id.nullable().default(null),
  /** The actor in focus, and whether an organization's members are included. */
  focus: id.nullable().default(null),
  focusMembers: z.boolean().default(false),
  /** The excerpt shown in the caption. */
  excerpt: id.nullable().default(null),
  filters: sceneFiltersSchema.default({
    ...DEFAULT_FILTERS,
    hiddenDomains: [],
    hiddenStatuses: [],
  }),
});

export const deckSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  title: z.string().trim().min(1, 'issue.empty').max(200),
  scenes: z.array(sceneSchema).max(500, 'issue.scenes500'),
});

export type DeckResult = { ok: true; deck: Deck } | { ok: false; issues: DataIssue[] };

/** `scenes[2] "egy-nato"`: the index finds the scene, its id recognises it. */
function sceneLabel(raw: unknown, index: number): string {
  const scenes =
    typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).scenes : undefined;
  const scene: unknown = Array.isArray(scenes) ? scenes[index] : undefined;
  const title =
    typeof scene === 'object' && scene !== null
      ? (scene as Record<string, unknown>).title
      : undefined;
  return typeof title === 'string' && title.trim() !== ''
    ? `scenes[${index}] “${title.trim().slice(0, 60)}”`
    : `scenes[${index}]`;
}

/** Checks a parsed value against the deck's shape; ids must be unique within the deck. */
export function validateDeck(raw: unknown, file: string): DeckResult {
  const parsed = deckSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => {
        const [collection, index, ...rest] = issue.path;
        const keys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
        if (collection === 'scenes' && typeof index === 'number') {
          return {
            file,
            record: sceneLabel(raw, index),
            field: formatPath(rest) || keys,
            message: zodIssueText(issue),
          };
        }
        return {
          file,
          record: '',
          field: formatPath(issue.path) || keys,
          message: zodIssueText(issue),
        };
      }),
    };
  }
  const deck = parsed.data;
  const issues: DataIssue[] = [];
  const seen = new Map<string, number>();
  deck.scenes.forEach((scene, index) => {
    const first = seen.get(scene.id);
    if (first === undefined) seen.set(scene.id, index);
    else
      issues.push({
        file,
        record: sceneLabel(raw, index),
        field: 'id',
        message: phrase('issue.duplicateId', { first: `scenes[${first}]` }),
      });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, deck };
}

/** Parses a deck file's text: JSON errors give the line and column, then `validateDeck`. */
export function parseDeck(text: string, file: string): DeckResult {
  const parsed = parseJson(text, file);
  return parsed.ok ? validateDeck(parsed.value, file) : parsed;
}

/**
 * Each reference that names nothing in the dataset, as an issue: a deck made for another dataset,
 * or one whose partnerships have since been removed.
 */
export function checkDeckReferences(deck: Deck, known: DeckReferences, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  deck.scenes.forEach((scene, index) => {
    const at = (field: string, message: Text) =>
      issues.push({ file, record: sceneLabel(deck, index), field, message });
    if (scene.selected !== null && !known.partnerships.has(scene.selected))
      at('selected', phrase('issue.lacks.partnership', { id: scene.selected }));
    if (scene.focus !== null && !known.actors.has(scene.focus))
      at('focus', phrase('issue.lacks.actor', { id: scene.focus }));
    if (scene.excerpt !== null && !known.excerpts.has(scene.excerpt))
      at('excerpt', phrase('issue.lacks.excerpt', { id: scene.excerpt }));
    scene.filters.hiddenDomains.forEach((domain, i) => {
      if (!known.domains.has(domain))
        at(`filters.hiddenDomains[${i}]`, phrase('issue.lacks.domain', { id: domain }));
    });
  });
  return issues;
}
