/**
 * Registers the messages of the time bar and of a pair's history in both languages
 * (`messages-time.ts`, `messages-ar-time.ts`): imported for its effect by their chunks, so that the
 * atlas's entry and its workers never carry them.
 */
import { registerToolMessages } from './messages';
import { arTime } from './messages-ar-time';
import { enTime } from './messages-time';

registerToolMessages('en', enTime);
registerToolMessages('ar', arTime);
