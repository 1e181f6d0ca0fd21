/**
 * Registers presenting's messages in both languages (`messages-present.ts`,
 * `messages-ar-present.ts`): imported for its effect by the chunks that show them.
 */
import { registerToolMessages } from './messages';
import { arPresent } from './messages-ar-present';
import { enPresent } from './messages-present';

registerToolMessages('en', enPresent);
registerToolMessages('ar', arPresent);
