/**
 * Registers the time bar's messages in both languages (`messages-time.ts`, `messages-ar-time.ts`):
 * imported for its effect by the time bar's chunk, so that the atlas's entry never carries them.
 */
import { registerToolMessages } from './messages';
import { arTime } from './messages-ar-time';
import { enTime } from './messages-time';

registerToolMessages('en', enTime);
registerToolMessages('ar', arTime);
