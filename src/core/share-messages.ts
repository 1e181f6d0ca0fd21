/**
 * Registers sharing's messages in both languages (`messages-share.ts`, `messages-ar-share.ts`):
 * imported for its effect by the chunks that show them.
 */
import { registerToolMessages } from './messages';
import { arShare } from './messages-ar-share';
import { enShare } from './messages-share';

registerToolMessages('en', enShare);
registerToolMessages('ar', arShare);
