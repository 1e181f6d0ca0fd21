import { failureText } from '../core/protocol';
import type { Translator } from '../core/messages';

/** Why something failed, in the interface's language where we wrote the words. */
export function describeError(error: unknown, { say }: Translator): string {
  const text = failureText(error);
  return typeof text === 'string' ? text : say(text);
}
