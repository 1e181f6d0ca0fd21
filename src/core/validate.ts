/**
 * Validation at the boundary: raw text in, a trusted `Dataset` or a list of located issues out.
 * Every issue names the file, the record and the field, so a person can open the file and fix it.
 */
import { spanReversed } from './dates';
import { latestEvent } from './events';
import { jsonTooDeep, LIMITS } from './limits';
import { z } from 'zod';
import { jsonErrorOffset, lineAndColumn } from './json-error';
import { phrase, type Text } from './messages';
import { datasetSchema, partnershipSchema } from './schema';
import { MAX_DOMAINS } from './summary';
import { zodIssueText } from './zod-issue';
import type { DataIssue, Dataset, Excerpt } from './types';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

export interface ValidateOptions {
  /** The dataset file's name as the user knows it, e.g. "data/atlas.json". */
  file: string;
  /** Called with the share of the check done (0–1), every 1 % of the partnerships. */
  onProgress?: (fraction: number) => void;
  /**
   * The text of each source article keyed by its `file` field ("sources/x.txt"). When given, every
   * excerpt must be found in its source character for character. A key with an `undefined` value
   * means the file could not be read.
   */
  sourceTexts?: ReadonlyMap<string, string | undefined>;
  /**
   * Curated data (the atlas's own `data/`, the default) must carry its evidence: a text file for
   * every source, a translation for every passage, at least one source per partnership and one
   * cited passage for its status and for each domain, a known status, and only states (at their
   * capitals) and organizations (at their headquarters). Imported data may lack any of these; the
   * interface then says what is missing.
   */
  curated?: boolean;
}

/** Collections of the dataset whose records carry an `id`. */
const COLLECTIONS = ['actors', 'domains', 'sources', 'excerpts', 'partnerships'] as const;

/**
 * Parses JSON text, turning a syntax error into an issue that gives the line and column.
 * @param content the file's content
 * @param file the file's name, for the message
 */
export function parseJson(
  content: string,
  file: string,
): { ok: true; value: unknown } | { ok: false; issues: DataIssue[] } {
  // A UTF-8 byte-order mark is common in files saved by spreadsheet tools; it is not content.
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const refused = (message: Text) => ({
    ok: false as const,
    issues: [{ file, record: '', field: '', message }],
  });
  const deep = jsonTooDeep(body);
  if (deep) return refused(phrase('issue.jsonDepth', { ...deep, limit: LIMITS.jsonDepth }));
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    const at = offset === null ? null : lineAndColumn(body, offset);
    return refused(
      at
        ? phrase('issue.jsonAt', { line: at.line, column: at.column, detail })
        : phrase('issue.json', { detail }),
    );
  }
}

/** Parses and validates a dataset file's text. */
export function parseDataset(text: string, options: ValidateOptions): ValidationResult {
  const parsed = parseJson(text, options.file);
  if (!parsed.ok) return parsed;
  return validateDataset(parsed.value, options);
}

/**
 * Checks a parsed JSON value against the schema, then the rules that span records: unique ids,
 * references that resolve, evidence that is reported fact, excerpts found in their sources.
 */
export function validateDataset(raw: unknown, options: ValidateOptions): ValidationResult {
  // The schema's check is about three quarters of the time, the rules across records the rest.
  const progress = options.onProgress;
  const structural = progress
    ? parseInSteps(raw, (fraction) => {
        progress(0.75 * fraction);
      })
    : datasetSchema.safeParse(raw, { reportInput: true });
  if (!structural.success) {
    return {
      ok: false,
      issues: structural.error.issues.map((issue) => zodIssueToDataIssue(issue, raw, options.file)),
    };
  }
  const dataset = structural.data;
  const issues = [
    ...(options.curated === false ? [] : checkCurated(dataset, options.file)),
    ...checkReferences(dataset, options),
  ];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset };
}

/** Partnerships checked in steps of this many, each step saying how far the check is. */
const PARSE_STEPS = 100;

type Parsed =
  { success: true; data: Dataset } | { success: false; error: { issues: z.core.$ZodIssue[] } };

/**
 * The schema's check with progress: the dataset without its partnerships first, then the
 * partnerships in 100 steps. The same issues as one parse, at the same paths.
 */
function parseInSteps(raw: unknown, onProgress: (fraction: number) => void): Parsed {
  const list =
    typeof raw === 'object' && raw !== null
      ? (raw as { partnerships?: unknown }).partnerships
      : undefined;
  if (!Array.isArray(list) || list.length < PARSE_STEPS) {
    const whole = datasetSchema.safeParse(raw, { reportInput: true });
    onProgress(1);
    return whole;
  }
  const rest = datasetSchema.safeParse(
    { ...(raw as object), partnerships: [] },
    { reportInput: true },
  );
  const issues: z.core.$ZodIssue[] = rest.success ? [] : [...rest.error.issues];
  const partnerships: Dataset['partnerships'] = [];
  const step = Math.ceil(list.length / PARSE_STEPS);
  const items = z.array(partnershipSchema);
  for (let at = 0; at < list.length; at += step) {
    const chunk = items.safeParse(list.slice(at, at + step), { reportInput: true });
    if (chunk.success) partnerships.push(...chunk.data);
    else {
      for (const issue of chunk.error.issues) {
        const [index, ...path] = issue.path;
        issues.push({
          ...issue,
          path: ['partnerships', typeof index === 'number' ? index + at : at, ...path],
        });
      }
    }
    onProgress(Math.min(1, (at + step) / list.length));
  }
  if (issues.length > 0 || !rest.success) return { success: false, error: { issues } };
  return { success: true, data: { ...rest.data, partnerships } };
}

function zodIssueToDataIssue(issue: z.core.$ZodIssue, raw: unknown, file: string): DataIssue {
  const path = issue.path;
  const [collection, index, ...rest] = path;
  if (typeof collection === 'string' && typeof index === 'number') {
    return {
      file,
      record: recordLabel(collection, index, idAt(raw, collection, index)),
      field: formatPath(rest),
      message: zodIssueText(issue),
    };
  }
  // An unknown key is reported on its parent, so name the key itself as the field.
  const keys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
  return {
    file,
    record: '',
    field: formatPath(path) || keys,
    message: zodIssueText(issue),
  };
}

function idAt(raw: unknown, collection: string, index: number): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const list = (raw as Record<string, unknown>)[collection];
  if (!Array.isArray(list)) return undefined;
  const item: unknown = list[index];
  if (typeof item !== 'object' || item === null) return undefined;
  const id = (item as Record<string, unknown>).id;
  return typeof id === 'string' ? id : undefined;
}

/** `partnerships[1] "egy-nato"`: the index finds the record, the id recognises it. */
export function recordLabel(collection: string, index: number, id?: string): string {
  return id === undefined ? `${collection}[${index}]` : `${collection}[${index}] "${id}"`;
}

/** ["domains", 0, "excerpts"] → "domains[0].excerpts" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * Whether a text starts or ends with white space or a list marker (a dash, bullet or asterisk, or
 * a number or small letter with a full stop or bracket, as "1." and "(a)"), which quoting should
 * leave out.
 */
export function ragged(text: string): boolean {
  return (
    text !== text.trim() ||
    /^(?:[-–—•*·▪●]|\(?(?:\d{1,3}|[a-z\u0660-\u0669])[.)-])(?:\s|$)/u.test(text) ||
    /\s[-–—•*·▪●]$/u.test(text)
  );
}

/**
 * What curated data may lack when the interface says so, as notes (`npm run data:check` prints
 * them; none stops the data): a passage we have not translated yet, a partnership with no summary
 * written, a state placed at its territory's centre rather than its capital (as the workbench adds
 * a state the dataset lacked).
 */
export function curatedNotes(dataset: Dataset, file: string): DataIssue[] {
  const notes: DataIssue[] = [];
  const note = (collection: string, index: number, id: string, field: string, message: Text) =>
    notes.push({ file, record: recordLabel(collection, index, id), field, message });
  dataset.actors.forEach((actor, index) => {
    if (actor.kind === 'state' && actor.anchor.kind === 'territory')
      note('actors', index, actor.id, 'anchor.kind', phrase('note.territory'));
  });
  dataset.excerpts.forEach((excerpt, index) => {
    if (excerpt.translation === null)
      note('excerpts', index, excerpt.id, 'translation', phrase('note.untranslated'));
  });
  dataset.partnerships.forEach((link, index) => {
    if (link.summaryBy !== 'editors')
      note('partnerships', index, link.id, 'summaryBy', phrase('note.noSummary'));
  });
  return notes;
}

/** What curated data must carry that imported data may lack (see `ValidateOptions.curated`). */
function checkCurated(dataset: Dataset, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (collection: string, index: number, id: string, field: string, message: Text) =>
    issues.push({ file, record: recordLabel(collection, index, id), field, message });
  dataset.actors.forEach((actor, index) => {
    if (actor.kind === 'place')
      report('actors', index, actor.id, 'kind', phrase('issue.curatedPlace'));
    const expected = actor.kind === 'organization' ? 'headquarters' : 'capital';
    // A state the workbench added sits at its territory's centre (said; see `curatedNotes`).
    const allowed = actor.kind === 'state' && actor.anchor.kind === 'territory';
    if (actor.kind !== 'place' && actor.anchor.kind !== expected && !allowed)
      report(
        'actors',
        index,
        actor.id,
        'anchor.kind',
        phrase(expected === 'capital' ? 'issue.curatedCapital' : 'issue.curatedHeadquarters'),
      );
  });
  dataset.sources.forEach((source, index) => {
    if (source.file === null)
      report('sources', index, source.id, 'file', phrase('issue.curatedFile'));
  });
  dataset.excerpts.forEach((excerpt, index) => {
    // A quoted passage starts and ends with the article's words: no list marker or space at its
    // edges, in the passage or in our translation (they would open the citation with "- ").
    if (ragged(excerpt.text))
      report('excerpts', index, excerpt.id, 'text', phrase('issue.raggedEdges'));
    if (excerpt.translation !== null && ragged(excerpt.translation))
      report('excerpts', index, excerpt.id, 'translation', phrase('issue.raggedEdges'));
  });
  dataset.partnerships.forEach((link, index) => {
    const at = (field: string, message: Text) =>
      report('partnerships', index, link.id, field, message);
    if (link.status === 'not-given') at('status', phrase('issue.curatedStatus'));
    if (link.statusExcerpts.length === 0) at('statusExcerpts', phrase('issue.statusExcerpts'));
    link.events?.forEach((event, e) => {
      if (event.excerpts.length === 0) at(`events[${e}].excerpts`, phrase('issue.eventExcerpts'));
    });
    if (link.sources.length === 0) at('sources', phrase('issue.partnershipSources'));
    link.domains.forEach((citation, d) => {
      if (citation.excerpts.length === 0)
        at(`domains[${d}].excerpts`, phrase('issue.domainExcerpts'));
    });
  });
  return issues;
}

/**
 * Every excerpt found in its source, character for character: an issue for each one whose source
 * file could not be read (`undefined` or absent in `sourceTexts`) or does not hold its text.
 * Excerpts of a source with no file, or citing an unknown source, are left to the other checks.
 */
export function excerptTextIssues(
  dataset: Pick<Dataset, 'sources' | 'excerpts'>,
  sourceTexts: ReadonlyMap<string, string | undefined>,
  file: string,
): DataIssue[] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const issues: DataIssue[] = [];
  dataset.excerpts.forEach((excerpt, index) => {
    const source = sources.get(excerpt.source);
    if (!source || source.file === null) return;
    const text = sourceTexts.get(source.file);
    if (text !== undefined && text.includes(excerpt.text)) return;
    issues.push({
      file,
      record: recordLabel('excerpts', index, excerpt.id),
      field: 'text',
      message:
        text === undefined
          ? phrase('issue.sourceUnreadable', { file: source.file })
          : phrase('issue.notInSource', { file: source.file }),
    });
  });
  return issues;
}

/**
 * What `excerptTextIssues` will check: the source files its excerpts cite (each once) and how many
 * excerpts quote a source that has a file.
 */
export function evidenceToCheck(dataset: Pick<Dataset, 'sources' | 'excerpts'>): {
  files: string[];
  excerpts: number;
} {
  const fileOf = new Map(dataset.sources.map((s) => [s.id, s.file]));
  const files = new Set<string>();
  let excerpts = 0;
  for (const excerpt of dataset.excerpts) {
    const file = fileOf.get(excerpt.source);
    if (file === undefined || file === null) continue;
    files.add(file);
    excerpts++;
  }
  return { files: [...files], excerpts };
}

function checkReferences(dataset: Dataset, options: ValidateOptions): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (collection: string, index: number, id: string, field: string, message: Text) =>
    issues.push({ file: options.file, record: recordLabel(collection, index, id), field, message });

  for (const collection of COLLECTIONS) {
    const seen = new Map<string, number>();
    dataset[collection].forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else
        report(
          collection,
          index,
          item.id,
          'id',
          phrase('issue.duplicateId', { first: `${collection}[${first}]` }),
        );
    });
  }

  if (dataset.domains.length > MAX_DOMAINS) {
    const extra = dataset.domains[MAX_DOMAINS];
    report(
      'domains',
      MAX_DOMAINS,
      extra?.id ?? '',
      '',
      phrase('issue.tooManyDomains', { max: MAX_DOMAINS }),
    );
  }

  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const domains = new Set(dataset.domains.map((d) => d.id));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const excerpts = new Map(dataset.excerpts.map((e) => [e.id, e]));

  const unknown = (kind: 'actor' | 'excerpt' | 'source' | 'domain', id: string) =>
    phrase(`issue.unknown.${kind}`, { id });

  dataset.actors.forEach((actor, index) => {
    if (actor.kind !== 'organization') return;
    actor.members.forEach((member, i) => {
      if (!actors.has(member))
        report('actors', index, actor.id, `members[${i}]`, unknown('actor', member));
    });
    const frameworkIds = new Set<string>();
    actor.frameworks.forEach((framework, f) => {
      const at = `frameworks[${f}]`;
      if (frameworkIds.has(framework.id))
        report('actors', index, actor.id, `${at}.id`, phrase('issue.duplicateFramework'));
      frameworkIds.add(framework.id);
      framework.members.forEach((member, i) => {
        if (!actors.has(member))
          report('actors', index, actor.id, `${at}.members[${i}]`, unknown('actor', member));
      });
      framework.excerpts.forEach((excerpt, i) => {
        if (!excerpts.has(excerpt))
          report('actors', index, actor.id, `${at}.excerpts[${i}]`, unknown('excerpt', excerpt));
      });
    });
  });

  dataset.excerpts.forEach((excerpt, index) => {
    const source = sources.get(excerpt.source);
    if (!source) {
      report('excerpts', index, excerpt.id, 'source', unknown('source', excerpt.source));
      return;
    }
  });
  if (options.sourceTexts)
    issues.push(...excerptTextIssues(dataset, options.sourceTexts, options.file));

  const every = Math.max(1, Math.floor(dataset.partnerships.length / 25));
  dataset.partnerships.forEach((link, index) => {
    if (options.onProgress && (index + 1) % every === 0) {
      options.onProgress(0.75 + (0.25 * (index + 1)) / dataset.partnerships.length);
    }
    const at = (field: string, message: Text) =>
      report('partnerships', index, link.id, field, message);
    const evidence = (field: string, id: string): Excerpt | undefined => {
      const excerpt = excerpts.get(id);
      if (!excerpt) {
        at(field, unknown('excerpt', id));
        return undefined;
      }
      if (!link.sources.includes(excerpt.source)) {
        at(field, phrase('issue.otherSource', { id, source: excerpt.source }));
      }
      return excerpt;
    };
    const reportedFact = (field: string, id: string) => {
      const excerpt = evidence(field, id);
      if (excerpt && excerpt.kind !== 'report') {
        at(field, phrase('issue.notReported', { id, kind: excerpt.kind }));
      }
    };

    link.parties.forEach((party, i) => {
      if (!actors.has(party)) at(`parties[${i}]`, unknown('actor', party));
    });
    if (link.parties[0] === link.parties[1]) at('parties', phrase('issue.sameActorTwice'));
    if (link.start && link.end && spanReversed(link.start, link.end)) {
      at('end', phrase('issue.spanReversed', { start: link.start, end: link.end }));
    }
    link.sources.forEach((source, i) => {
      if (!sources.has(source)) at(`sources[${i}]`, unknown('source', source));
    });
    link.statusExcerpts.forEach((id, i) => reportedFact(`statusExcerpts[${i}]`, id));
    // Each event is held to the status's rules; the status is the latest event.
    link.events?.forEach((event, e) => {
      event.excerpts.forEach((id, i) => reportedFact(`events[${e}].excerpts[${i}]`, id));
    });
    const latest = link.events ? latestEvent(link.events) : null;
    if (latest && latest.kind !== link.status) {
      at('status', phrase('issue.statusNotLatest', { status: link.status, latest: latest.kind }));
    }
    link.people.forEach((person, i) => {
      if (!link.parties.includes(person.actor))
        at(`people[${i}].actor`, phrase('issue.notAParty', { parties: link.parties.join(', ') }));
      evidence(`people[${i}].excerpt`, person.excerpt);
    });
    const cited = new Set<string>();
    link.domains.forEach((citation, d) => {
      if (!domains.has(citation.domain))
        at(`domains[${d}].domain`, unknown('domain', citation.domain));
      if (cited.has(citation.domain))
        at(`domains[${d}].domain`, phrase('issue.domainTwice', { domain: citation.domain }));
      cited.add(citation.domain);
      citation.excerpts.forEach((id, i) => reportedFact(`domains[${d}].excerpts[${i}]`, id));
    });
  });

  return issues;
}

export { formatIssue } from './issues';
