/**
 * A zod issue as one of our messages, so that a data problem reads in the interface's language.
 * Our schemas write their own wording as a message key (`'issue.slug'`); zod's codes map to ours.
 */
import type { z } from 'zod';
import { en, phrase, type MessageKey, type Text } from './messages';

const EXPECTED: Readonly<Record<string, MessageKey>> = {
  string: 'issue.expected.string',
  number: 'issue.expected.number',
  int: 'issue.expected.integer',
  boolean: 'issue.expected.boolean',
  array: 'issue.expected.array',
  tuple: 'issue.expected.array',
  object: 'issue.expected.object',
};

const isIssueKey = (message: string): message is MessageKey =>
  message.startsWith('issue.') && message in en;

const quoted = (values: readonly unknown[]) =>
  values.map((value) => (typeof value === 'string' ? `“${value}”` : String(value))).join(', ');

/** What a zod issue says, as a message. Parse with `reportInput: true` to tell missing fields. */
export function zodIssueText(issue: z.core.$ZodIssue): Text {
  if (isIssueKey(issue.message)) return phrase(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      if ('input' in issue && issue.input === undefined) return phrase('issue.missing');
      const key = EXPECTED[issue.expected];
      return key ? phrase(key) : phrase('issue.expected.other', { expected: issue.expected });
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') {
        return minimum <= 1 ? phrase('issue.empty') : phrase('issue.tooShort', { minimum });
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return minimum <= 1 ? phrase('issue.emptyList') : phrase('issue.tooFew', { minimum });
      }
      return phrase(issue.inclusive === false ? 'issue.tooSmallExclusive' : 'issue.tooSmall', {
        minimum,
      });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return phrase('issue.tooLong', { maximum });
      if (issue.origin === 'array' || issue.origin === 'set') {
        return phrase('issue.tooMany', { maximum });
      }
      return phrase(issue.inclusive === false ? 'issue.tooBigExclusive' : 'issue.tooBig', {
        maximum,
      });
    }
    case 'invalid_format':
      if (issue.format === 'date') return phrase('issue.date');
      if (issue.format === 'url') return phrase('issue.url');
      return phrase('issue.format', { format: issue.format });
    case 'invalid_value':
      return phrase('issue.oneOf', { values: quoted(issue.values) });
    case 'unrecognized_keys':
      return phrase('issue.unknownField', { keys: quoted(issue.keys) });
    case 'invalid_union':
      return phrase('issue.union');
    default:
      return phrase('issue.invalid');
  }
}
