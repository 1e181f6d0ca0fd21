/**
 * The shapes of the workbench's name lists and lexicon (`data/ingest/`), checked by
 * `npm run data:check` so that an analyst's edit that breaks them is named, not silently ignored.
 */
import { z } from 'zod';

const words = z.array(z.string().trim().min(1));
const bilingual = z.strictObject({ en: words, ar: words });

export const nameListSchema = z.strictObject({
  $comment: z.string().optional(),
  states: z.array(
    z.strictObject({
      id: z.string().regex(/^[A-Z]{3}$/, 'a state is named by its ISO 3166-1 alpha-3 code'),
      names: bilingual,
      demonyms: bilingual.optional(),
      capitals: bilingual.optional(),
      listed: bilingual.optional(),
    }),
  ),
  organizations: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'an organization is named by a lower-case slug'),
      names: bilingual,
      weak: bilingual.optional(),
    }),
  ),
  notActors: z.strictObject({ $comment: z.string().optional(), en: words, ar: words }).optional(),
});

export const lexiconSchema = z.strictObject({
  $comment: z.string().optional(),
  domains: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z][a-z0-9-]*$/),
      label: z.strictObject({ en: z.string().min(1), ar: z.string().min(1) }),
      en: words,
      ar: words,
    }),
  ),
  cooperation: bilingual,
  status: z.strictObject({
    'agreement-signed': bilingual,
    'talks-held': bilingual,
    'intent-expressed': bilingual,
  }),
  negation: bilingual,
  future: bilingual,
  denial: bilingual,
  hostility: bilingual,
  commentary: bilingual,
  background: bilingual,
  pronouns: bilingual,
  roles: bilingual,
  relativeDates: z.array(
    z.strictObject({
      when: z.discriminatedUnion('unit', [
        z.strictObject({ unit: z.literal('vague') }),
        z.strictObject({
          unit: z.enum(['day', 'week', 'month', 'year']),
          offset: z.number().int().min(-2).max(2),
          part: z.enum(['before', 'after']).optional(),
        }),
        z.strictObject({ unit: z.literal('weekday'), day: z.number().int().min(0).max(6) }),
      ]),
      en: words,
      ar: words,
    }),
  ),
});
