/** The dataset's JSON Schema, generated from the zod schema; `data/atlas.schema.json` holds it. */
import { z } from 'zod';
import { deckSchema } from './deck-schema';
import { datasetSchema } from './schema';

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://github.com/partnership-atlas/partnership-atlas/data/atlas.schema.json',
    title: 'Partnership Atlas dataset',
    description:
      'Actors, cooperation domains, source articles, verbatim excerpts and partnerships. Rules that span records (ids that resolve, excerpts found in their source) are checked by `npm run data:check`.',
  };
}

/** The briefing deck's JSON Schema; `data/briefing.schema.json` holds it. */
export function deckJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(deckSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://github.com/partnership-atlas/partnership-atlas/data/briefing.schema.json',
    title: 'Partnership Atlas briefing deck',
    description:
      'A deck of scenes: saved map views with a title, a featured excerpt and speaker notes. Ids must name partnerships, actors, domains and excerpts of the dataset; `npm run data:check` checks them.',
  };
}
