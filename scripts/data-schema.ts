/** `npm run data:schema`: writes the JSON Schemas of the dataset and of briefing decks. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema, deckJsonSchema } from '../src/core/json-schema';

for (const [file, schema] of [
  ['data/atlas.schema.json', datasetJsonSchema()],
  ['data/briefing.schema.json', deckJsonSchema()],
] as const) {
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
