/** `npm run data:schema`: writes data/atlas.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/core/json-schema';

writeFileSync('data/atlas.schema.json', `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('wrote data/atlas.schema.json');
