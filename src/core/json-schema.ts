/** The dataset's JSON Schema, generated from the zod schema; `data/atlas.schema.json` holds it. */
import { z } from 'zod';
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
