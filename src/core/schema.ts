/**
 * The dataset's shape, written once with zod. The TypeScript types in `types.ts` are inferred from
 * it and `data/atlas.schema.json` is generated from it (`npm run data:schema`), so the three never
 * drift apart. Structural rules live here; rules that need the whole dataset (references,
 * duplicates, excerpts found in their source) live in `validate.ts`.
 */
import { z } from 'zod';
import { isPartialDate } from './dates';
import { EVENT_KINDS, STATUS_IDS } from './statuses';

/** A date as precisely as its source gives it: `2024-05-17`, `2024-05` or `2024`. */
const partialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'issue.partialDate')
  .refine(isPartialDate, 'issue.partialDate');

/** Lower-case slug: letters, digits and single hyphens. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'issue.slug');

const nonEmpty = z.string().trim().min(1, 'issue.empty');

/** A text in both interface languages. */
export const localizedTextSchema = z.strictObject({
  en: nonEmpty,
  ar: nonEmpty,
});

export const longitudeSchema = z.number().min(-180, 'issue.longitude').max(180, 'issue.longitude');
export const latitudeSchema = z.number().min(-90, 'issue.latitude').max(90, 'issue.latitude');

/**
 * `capital` and `headquarters`: where curated data places a state and an organization.
 * `territory`: an imported state placed by the atlas's gazetteer at the centre of its largest
 * territory (not its capital). `given`: placed where an imported file put it.
 */
export const anchorKindSchema = z.enum(['capital', 'headquarters', 'territory', 'given']);

export const anchorSchema = z.strictObject({
  /** Degrees east, WGS 84. */
  lon: longitudeSchema,
  /** Degrees north, WGS 84. */
  lat: latitudeSchema,
  kind: anchorKindSchema,
  place: localizedTextSchema,
  /**
   * A caveat a careful reader needs, in both languages, such as a capital whose status is
   * disputed: shown with the actor wherever the atlas names where it is drawn.
   */
  note: localizedTextSchema.optional(),
});

export const frameworkSchema = z.strictObject({
  id: slug,
  name: localizedTextSchema,
  /** The year the framework was launched, or null when no source gives it. */
  launched: z.number().int().min(1800).max(2100).nullable(),
  members: z.array(z.string()).min(1, 'issue.frameworkMembers'),
  /** Excerpts that mention the framework (background passages are allowed here). */
  excerpts: z.array(z.string()),
  /** Where facts not taken from our sources come from. */
  reference: z.string().optional(),
});

const actorBase = {
  id: z.string().min(1),
  name: localizedTextSchema,
  /** Other names the sources use, such as "حلف شمال الأطلسي" beside "الناتو". */
  aliases: z.array(nonEmpty).default([]),
  anchor: anchorSchema,
};

export const stateActorSchema = z.strictObject({
  ...actorBase,
  kind: z.literal('state'),
  id: z.string().regex(/^[A-Z]{3}$/, 'issue.stateId'),
});

export const organizationActorSchema = z.strictObject({
  ...actorBase,
  kind: z.literal('organization'),
  id: slug,
  members: z.array(z.string()).default([]),
  frameworks: z.array(frameworkSchema).default([]),
  /** Where the member list and headquarters come from, when not from our sources. */
  reference: z.string().optional(),
});

/** A place an imported file names and locates without saying whether it is a state or not. */
export const placeActorSchema = z.strictObject({
  ...actorBase,
  kind: z.literal('place'),
  id: slug,
});

export const actorSchema = z.discriminatedUnion('kind', [
  stateActorSchema,
  organizationActorSchema,
  placeActorSchema,
]);

export const domainSchema = z.strictObject({
  id: slug,
  label: localizedTextSchema,
  description: nonEmpty,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'issue.colour'),
  /**
   * Words that tie a passage to the domain, marked in its excerpts: Arabic stems, matched as the
   * search matches (diacritics, hamza forms and joined particles ignored, word starts).
   */
  keywords: z.array(nonEmpty).optional(),
});

export const sourceSchema = z.strictObject({
  id: slug,
  /**
   * Path of the article's text, relative to `data/`; null for a source an imported file names
   * without its text (its passages are then shown as given, not checked against the article).
   */
  file: z
    .string()
    .regex(/^sources\/[\w.-]+\.txt$/, 'issue.sourcePath')
    .nullable(),
  language: z.enum(['ar', 'en']),
  /** The headline as the article prints it, or null when the text carries none. */
  headline: z.string().nullable(),
  /** Our English translation of the headline. */
  headlineTranslation: z.string().nullable(),
  /** Our own one-line description of the article, in English. */
  subject: nonEmpty,
  /** The same description in Arabic, where we have written one (shown in the Arabic interface). */
  subjectAr: nonEmpty.optional(),
  publisher: z.string().nullable(),
  /** ISO 8601 date, or null when unknown. */
  published: z.iso.date().nullable(),
  /** The article's address: `http:` or `https:` only (it is rendered as a link). */
  url: z.url({ protocol: /^https?$/, error: 'issue.urlScheme' }).nullable(),
});

export const excerptKindSchema = z.enum(['report', 'commentary', 'background']);

export const excerptSchema = z.strictObject({
  id: slug,
  source: z.string(),
  /** The exact characters of the source article. */
  text: nonEmpty,
  /** Our English translation; null where an imported file gives none. */
  translation: nonEmpty.nullable(),
  /**
   * `report`: what the article reports; `commentary`: the writer's own view, tips, warnings;
   * `background`: context boxes. Only reports are evidence for a domain.
   */
  kind: excerptKindSchema,
});

/**
 * What happened in a relationship, as its sources report it: talks held, intent expressed, an
 * agreement signed, then renewed, suspended or ended.
 */
export const eventKindSchema = z.enum(EVENT_KINDS);

/**
 * A partnership's status: the kind of its latest event (see `events`). `not-given`: an imported row
 * that does not say (curated data always says).
 */
export const statusSchema = z.enum(STATUS_IDS);

/** One dated step in a relationship, held to the rules of the status it sets. */
export const partnershipEventSchema = z.strictObject({
  kind: eventKindSchema,
  /** When it happened, as precisely as the source gives it, or null when it gives no date. */
  date: partialDate.nullable(),
  /** The passages that report it: reported fact from the partnership's own sources. */
  excerpts: z.array(z.string()),
});

export const personSchema = z.strictObject({
  name: localizedTextSchema,
  /** The role as the article gives it (Arabic) and our translation. */
  role: localizedTextSchema,
  actor: z.string(),
  excerpt: z.string(),
});

export const domainCitationSchema = z.strictObject({
  domain: z.string(),
  /** The passages that show it; curated data cites at least one (see `validate.ts`). */
  excerpts: z.array(z.string()),
});

export const partnershipSchema = z.strictObject({
  id: slug,
  parties: z.tuple([z.string(), z.string()]),
  status: statusSchema,
  /** The passages that show the status; curated data cites at least one. */
  statusExcerpts: z.array(z.string()),
  /**
   * The relationship's history, in any order: each event with its date and passages. Without it
   * the status, its date and its passages are the one event (`eventsOf`). With it, the status is
   * the latest event's kind (`validate.ts` checks they agree).
   */
  events: z.array(partnershipEventSchema).optional(),
  /**
   * ISO 8601 date of the reported event, as precisely as the source gives it (`2024-05-17`,
   * `2024-05` or `2024`), or null when it gives none.
   */
  date: partialDate.nullable(),
  /**
   * When the partnership came into force, as precisely as its source gives it, or null (absent in
   * files written before spans existed): unknown.
   */
  start: partialDate.nullable().optional(),
  /**
   * When it ended, as precisely as its source gives it. Null with a start: still in force, as far
   * as the sources say. An end before the start is refused (`validate.ts`).
   */
  end: partialDate.nullable().optional(),
  summary: localizedTextSchema,
  /**
   * Who wrote the summary: the atlas's editors (curated data), or the import, which writes where
   * the partnership came from ("Imported from line 2 of links.csv"). Shown under that label.
   */
  summaryBy: z.enum(['editors', 'import']).default('editors'),
  people: z.array(personSchema).default([]),
  /** Curated data names at least one. */
  sources: z.array(z.string()),
  domains: z.array(domainCitationSchema).min(1, 'issue.partnershipDomains'),
  /**
   * The partnership's number in the dataset's value (see the dataset's `value`): a count or an
   * amount from an imported table; null where its row gives none.
   */
  value: z.number().refine(Number.isFinite, 'issue.valueFinite').nullable().optional(),
  /** Columns of an imported row that no field was mapped to, in the file's order. */
  fields: z.array(z.strictObject({ name: z.string(), value: z.string() })).optional(),
});

/**
 * The frame the atlas opens the dataset on: [[west, south], [east, north]] in degrees. East may
 * pass 180° for a frame across the antimeridian. Without it, the frame is the parties' extent.
 */
export const viewSchema = z.strictObject({
  bounds: z
    .tuple([
      z.tuple([longitudeSchema, latitudeSchema]),
      z.tuple([
        z.number().min(-180, 'issue.longitude').max(540, 'issue.longitude'),
        latitudeSchema,
      ]),
    ])
    .refine(([[west, south], [east, north]]) => west < east && south < north, 'issue.viewBounds'),
});

export const datasetSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  title: localizedTextSchema,
  view: viewSchema.optional(),
  /** What the partnerships' `value` counts: the column it came from, and its unit if known. */
  value: z.strictObject({ name: nonEmpty, unit: nonEmpty.nullable() }).optional(),
  actors: z.array(actorSchema),
  domains: z.array(domainSchema),
  sources: z.array(sourceSchema),
  excerpts: z.array(excerptSchema),
  partnerships: z.array(partnershipSchema),
});
