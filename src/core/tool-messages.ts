/**
 * Registers the import's and the workbench's messages in both languages (`messages-tools.ts`,
 * `messages-ar-tools.ts`): imported for its effect by their panels' chunks and the import worker,
 * so that the atlas's entry never carries them.
 */
import { registerToolMessages } from './messages';
import { arTools } from './messages-ar-tools';
import { enTools } from './messages-tools';

registerToolMessages('en', enTools);
registerToolMessages('ar', arTools);
