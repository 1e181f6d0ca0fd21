import { describe, expect, it } from 'vitest';
import { phrase, translator } from '../../src/core/messages';

const { say } = translator('en');
import type { Dataset, DataIssue } from '../../src/core/types';
import {
  formatIssue,
  formatPath,
  parseDataset,
  ragged,
  validateDataset,
} from '../../src/core/validate';
import { seedJson, seedSourceTexts } from './helpers';

const FILE = 'data/atlas.json';

/** An issue with its message put into words (in English, the language tests run in). */
type Worded = Omit<DataIssue, 'message'> & { message: string };
const worded = (issues: readonly DataIssue[]): Worded[] =>
  issues.map((issue) => ({ ...issue, message: say(issue.message) }));

/** Validates the seed after `breakIt` has changed a copy of it; returns the issues found. */
function issuesAfter(breakIt: (d: Dataset) => void, sourceTexts = seedSourceTexts()): Worded[] {
  const dataset = seedJson();
  breakIt(dataset);
  const result = validateDataset(dataset, { file: FILE, sourceTexts });
  return result.ok ? [] : worded(result.issues);
}

function partnership(d: Dataset, id: string) {
  const found = d.partnerships.find((p) => p.id === id);
  if (!found) throw new Error(`fixture lacks ${id}`);
  return found;
}

const DZ = 'dza-esp-cyber-ct-talks';
const EG = 'egy-nato-closer-cooperation';

describe('parseDataset', () => {
  it('reports a JSON syntax error with its line and column', () => {
    const result = parseDataset('{\n  "version": 1,\n  "actors": [,]\n}', { file: FILE });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.file).toBe(FILE);
    expect(worded(result.issues)[0]?.message).toMatch(/not valid JSON \(line 3, column \d+\)/);
  });

  it('accepts the seed', () => {
    const text = JSON.stringify(seedJson());
    expect(parseDataset(text, { file: FILE, sourceTexts: seedSourceTexts() }).ok).toBe(true);
  });
});

describe('validateDataset: structure', () => {
  it('names the record and field of a missing field', () => {
    const issues = issuesAfter((d) => {
      delete (partnership(d, EG) as Partial<Dataset['partnerships'][number]>).status;
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ file: FILE, record: `partnerships[1] "${EG}"`, field: 'status' }),
    );
  });

  it('rejects coordinates out of range', () => {
    const issues = issuesAfter((d) => {
      const actor = d.actors.find((a) => a.id === 'ESP');
      if (actor) actor.anchor.lat = 123;
    });
    const index = seedJson().actors.findIndex((a) => a.id === 'ESP');
    expect(issues).toEqual([
      {
        file: FILE,
        record: `actors[${index}] "ESP"`,
        field: 'anchor.lat',
        message: 'latitude must be between -90 and 90',
      },
    ]);
  });

  it('requires a state id to be an ISO 3166-1 alpha-3 code', () => {
    const issues = issuesAfter((d) => {
      const actor = d.actors.find((a) => a.id === 'ESP');
      if (actor) actor.id = 'Spain';
    });
    expect(issues.some((i) => i.field === 'id' && /ISO 3166-1 alpha-3/.test(i.message))).toBe(true);
  });

  it('requires every domain of a link to cite at least one excerpt', () => {
    const issues = issuesAfter((d) => {
      const first = partnership(d, DZ).domains[0];
      if (first) first.excerpts = [];
    });
    expect(issues).toEqual([
      expect.objectContaining({
        record: `partnerships[0] "${DZ}"`,
        field: 'domains[0].excerpts',
        message: 'every domain must cite at least one excerpt',
      }),
    ]);
  });

  it('rejects unknown keys, naming them', () => {
    const issues = issuesAfter((d) => {
      (partnership(d, DZ) as unknown as Record<string, unknown>).colour = 'red';
    });
    expect(issues[0]?.record).toBe(`partnerships[0] "${DZ}"`);
    expect(issues[0]?.message).toMatch(/colour/);
  });

  it('reports a file that is not a dataset at all', () => {
    const result = validateDataset([1, 2, 3], { file: FILE });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ file: FILE, record: '' });
  });
});

describe('validateDataset: references and evidence', () => {
  it('rejects duplicate ids, pointing at the second', () => {
    const issues = issuesAfter((d) => {
      const copy = structuredClone(partnership(d, DZ));
      d.partnerships.push(copy);
    });
    expect(issues).toEqual([
      expect.objectContaining({
        record: `partnerships[2] "${DZ}"`,
        field: 'id',
        message: 'duplicates the id of partnerships[0]',
      }),
    ]);
  });

  it('rejects a party that does not exist', () => {
    const issues = issuesAfter((d) => {
      partnership(d, DZ).parties[1] = 'XXX';
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: 'parties[1]',
        message: 'refers to actor “XXX”, which does not exist',
      }),
    );
  });

  it('rejects a link between an actor and itself', () => {
    const issues = issuesAfter((d) => {
      partnership(d, DZ).parties[1] = 'DZA';
    });
    expect(issues.map((i) => i.message)).toContain('names the same actor twice');
  });

  it('rejects an unknown domain and a domain listed twice', () => {
    const issues = issuesAfter((d) => {
      const link = partnership(d, DZ);
      const [first, second] = link.domains;
      if (first) first.domain = 'espionage';
      if (second) second.domain = 'cybersecurity';
      link.domains.push({ domain: 'cybercrime', excerpts: ['dz-es-digital-infrastructure'] });
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: 'domains[0].domain',
        message: 'refers to domain “espionage”, which does not exist',
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ message: 'lists domain “cybercrime” twice' }),
    );
  });

  it('rejects an excerpt id that does not exist', () => {
    const issues = issuesAfter((d) => {
      partnership(d, EG).domains[0]?.excerpts.push('nowhere');
    });
    expect(issues).toEqual([
      expect.objectContaining({
        record: `partnerships[1] "${EG}"`,
        field: 'domains[0].excerpts[2]',
        message: 'refers to excerpt “nowhere”, which does not exist',
      }),
    ]);
  });

  it('never accepts commentary as evidence for a domain', () => {
    const issues = issuesAfter((d) => {
      partnership(d, EG).domains[0]?.excerpts.push('egy-nato-commentary-writer');
    });
    expect(issues).toEqual([
      expect.objectContaining({
        field: 'domains[0].excerpts[2]',
        message: expect.stringContaining(
          'which is commentary, not reported fact',
        ) as unknown as string,
      }),
    ]);
  });

  it('never accepts a background box as evidence for the status', () => {
    const issues = issuesAfter((d) => {
      partnership(d, EG).statusExcerpts = ['egy-nato-background-mediterranean-dialogue'];
    });
    expect(issues[0]?.message).toMatch(/which is background, not reported fact/);
  });

  it('rejects evidence from a source the partnership does not list', () => {
    const issues = issuesAfter((d) => {
      partnership(d, EG).domains[0]?.excerpts.push('dz-es-lead');
    });
    expect(issues[0]?.message).toMatch(
      /from source “dz-es-talks”, which is not among the partnership’s sources/,
    );
  });

  it('requires a named person to belong to one of the parties', () => {
    const issues = issuesAfter((d) => {
      const person = partnership(d, EG).people[0];
      if (person) person.actor = 'ESP';
    });
    expect(issues).toEqual([expect.objectContaining({ field: 'people[0].actor' })]);
  });

  it('requires members of organizations and frameworks to exist', () => {
    const issues = issuesAfter((d) => {
      const nato = d.actors.find((a) => a.id === 'nato');
      if (nato?.kind !== 'organization') return;
      nato.members.push('ATL');
      nato.frameworks[0]?.members.push('ZZZ');
    });
    expect(issues.map((i) => i.field)).toEqual(['members[32]', 'frameworks[0].members[7]']);
  });

  it('rejects an excerpt that is not in its source character for character', () => {
    const issues = issuesAfter((d) => {
      const excerpt = d.excerpts.find((e) => e.id === 'dz-es-lead');
      // One letter changed: alef with hamza to bare alef.
      if (excerpt) excerpt.text = excerpt.text.replace('الأمن', 'الامن');
    });
    expect(issues).toEqual([
      expect.objectContaining({
        record: 'excerpts[0] "dz-es-lead"',
        field: 'text',
        message: 'is not found character for character in “sources/000_37cbfe5228b1c951.txt”',
      }),
    ]);
  });

  it('reports excerpts whose source file could not be read', () => {
    const texts = seedSourceTexts();
    texts.set('sources/004_a350234f16e35166.txt', undefined);
    const issues = issuesAfter(() => undefined, texts);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.field === 'text' && /could not be read/.test(i.message))).toBe(
      true,
    );
  });

  it('rejects an excerpt of a source that does not exist', () => {
    const issues = issuesAfter((d) => {
      const excerpt = d.excerpts.find((e) => e.id === 'dz-es-lead');
      if (excerpt) excerpt.source = 'missing';
    });
    expect(issues).toContainEqual(
      expect.objectContaining({ record: 'excerpts[0] "dz-es-lead"', field: 'source' }),
    );
  });
});

describe('formatting', () => {
  it('formats paths and issues for people', () => {
    expect(formatPath(['domains', 0, 'excerpts', 1])).toBe('domains[0].excerpts[1]');
    expect(
      formatIssue(
        {
          file: FILE,
          record: 'partnerships[1] "x"',
          field: 'status',
          message: phrase('issue.missing'),
        },
        translator('en'),
      ),
    ).toBe('data/atlas.json › partnerships[1] "x" › status: is missing');
    expect(
      formatIssue(
        { file: FILE, record: '', field: '', message: phrase('issue.empty') },
        translator('en'),
      ),
    ).toBe('data/atlas.json: must not be empty');
  });
});

describe('quoting from the first word to the last', () => {
  it('finds list markers and spaces at a text’s edges, not inside it', () => {
    for (const text of [
      '- مكافحة الإرهاب',
      '• Demining',
      '1. First',
      '(a) first',
      ' lead',
      'end -',
    ]) {
      expect(ragged(text), text).toBe(true);
    }
    for (const text of ['مكافحة الإرهاب: تبادل', 'Egypt–NATO talks', '2024 talks', 'e.g. this']) {
      expect(ragged(text), text).toBe(false);
    }
  });

  it('refuses a curated passage or translation that opens with a list marker, naming the field', () => {
    const issues = issuesAfter((d) => {
      const excerpt = d.excerpts.find((e) => e.id === 'egy-nato-demining');
      if (!excerpt?.translation) throw new Error('fixture');
      excerpt.translation = `- ${excerpt.translation}`;
    });
    expect(issues).toEqual([
      expect.objectContaining({
        record: expect.stringContaining('egy-nato-demining') as unknown,
        field: 'translation',
        message: expect.stringMatching(/list marker/) as unknown,
      }),
    ]);
  });

  it('allows a curated partnership with no summary written (a note, not a problem)', () => {
    const issues = issuesAfter((d) => {
      partnership(d, DZ).summaryBy = 'import';
    });
    expect(issues).toEqual([]);
  });
});

describe('hostile JSON', () => {
  it('answers a file of nested brackets with a located message, at once', async () => {
    const { parseDeck } = await import('../../src/core/deck-schema');
    const text = '['.repeat(100_000);
    const started = performance.now();
    const deck = parseDeck(text, 'deck.json');
    const dataset = parseDataset(text, { file: 'atlas.json' });
    expect(performance.now() - started).toBeLessThan(1000);
    for (const result of [deck, dataset]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      // Refused at the 65th level, before any parser walks 100,000 of them.
      expect(worded(result.issues)[0]?.message).toBe(
        'nests arrays and objects deeper than 64 levels, at line 1, column 65',
      );
    }
  });
});
