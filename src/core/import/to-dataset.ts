/**
 * Imported rows become a dataset of the atlas's own shape, saying honestly what the file did not
 * give: a status "not given", a domain "not given", sources named as the file names them (no text
 * to check passages against), passages without a translation, places whose kind is unknown. Nothing
 * is filled in from elsewhere but the gazetteer's names and points for the states and organizations
 * it recognised. The result is checked by `validateDataset` with `curated: false`.
 */
import { phrase, translate, type Language } from '../messages';
import { MAX_DOMAINS } from '../summary';
import type { Actor, Dataset, Domain, Excerpt, LocalizedText, Partnership, Source } from '../types';
import type { ImportedActor, ImportedLink, RowIssue } from './links-table';

export interface DatasetFromLinksOptions {
  /** The imported file's name: the dataset's title and each partnership's provenance. */
  file: string;
  /** What the file's rows are called in the provenance: CSV lines or GeoJSON features. */
  unit: 'line' | 'feature';
  /** The header of the domains column, for the report (the field's name in a GeoJSON file). */
  domainsColumn: string;
  /** The header of the value column, when the file has one. */
  valueColumn?: string | null;
  /** Its unit as the user wrote it; else the one its header names, if any (`unitOfHeader`). */
  valueUnit?: string;
  /** Called with the share of the rows made into partnerships (0–1), every 1 % of them. */
  onProgress?: (fraction: number) => void;
}

/** The unit a value column's header names ("amount_usd", "troops"), or null. */
export function unitOfHeader(header: string): string | null {
  const key = header.toLowerCase();
  if (/usd|dollar|\$/.test(key)) return 'USD';
  if (/eur|€/.test(key)) return 'EUR';
  if (/troops|personnel|قوات|جنود/.test(key))
    return key.includes('personnel') ? 'personnel' : 'troops';
  return null;
}

/** Colours for imported domains, in order (Paul Tol's "muted" and "bright" schemes). */
export const IMPORT_DOMAIN_COLOURS = [
  '#332288',
  '#CC6677',
  '#117733',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
  '#88CCEE',
  '#DDCC77',
  '#4477AA',
  '#EE6677',
  '#228833',
  '#CCBB44',
  '#66CCEE',
  '#AA3377',
] as const;

/** The domain of rows that name none. */
export const DOMAIN_NOT_GIVEN = 'not-given';
const NOT_GIVEN_COLOUR = '#9ca3af';

/** Lower-case ASCII slug of a name; "" when nothing of it is Latin letters or digits. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/**
 * Hands out ids that are slugs and unique, from a name or, failing that, a prefix and a number.
 * The next number to try is kept per base, so 100,000 rows of one pair cost 100,000 tries, not
 * 5 billion.
 */
export class Ids {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();
  /** How many candidate ids have been tried (for the test that it stays linear). */
  tries = 0;
  constructor(private readonly prefix: string) {}
  take(name: string, preferred?: string): string {
    const base = preferred ?? (slugify(name) || `${this.prefix}-${this.used.size + 1}`);
    let id = base;
    this.tries++;
    if (this.used.has(id)) {
      let n = this.next.get(base) ?? 2;
      for (id = `${base}-${n}`; this.used.has(id); id = `${base}-${n}`) {
        this.tries++;
        n++;
      }
      this.tries++;
      this.next.set(base, n + 1);
    }
    this.used.add(id);
    return id;
  }
}

const ARABIC_LETTER = /[\u0600-\u06ff]/;

/** Both interface languages get the same words when a file gives a name in one language only. */
const asGiven = (text: string): LocalizedText => ({ en: text, ar: text });

/** A text of ours in both languages, from the message tables (Arabic must be loaded). */
const ours = (key: Parameters<typeof translate>[1], params: Record<string, string | number>) => ({
  en: translate('en', key, params),
  ar: translate('ar' satisfies Language, key, params),
});

export function datasetFromLinks(
  links: readonly ImportedLink[],
  options: DatasetFromLinksOptions,
): { dataset: Dataset; issues: RowIssue[]; kept: number } {
  const issues: RowIssue[] = [];
  const actors = new Map<string, Actor>();
  const actorIds = new Ids('place');
  const domains = new Map<string, Domain>();
  const domainIds = new Ids('domain');
  const sources = new Map<string, Source>();
  const sourceIds = new Ids('source');
  const excerpts: Excerpt[] = [];
  const partnerships: Partnership[] = [];
  const partnershipIds = new Ids('partnership');
  const valueColumn = options.valueColumn ?? null;

  const actorOf = (imported: ImportedActor): string => {
    const known = actors.get(imported.key);
    if (known) return known.id;
    const entry = imported.entry;
    const [lon, lat] = imported.point;
    const aliases = (name: LocalizedText) =>
      imported.name !== name.en && imported.name !== name.ar ? [imported.name] : [];
    let actor: Actor;
    if (entry) {
      const byGazetteer = imported.placedBy === 'gazetteer';
      const anchor = {
        lon,
        lat,
        kind: byGazetteer
          ? entry.kind === 'state'
            ? ('territory' as const)
            : ('headquarters' as const)
          : ('given' as const),
        place: byGazetteer ? (entry.place ?? entry.name) : asGiven(imported.name),
      };
      const id = actorIds.take(entry.id, entry.id);
      actor =
        entry.kind === 'state'
          ? { id, kind: 'state', name: entry.name, aliases: aliases(entry.name), anchor }
          : {
              id,
              kind: 'organization',
              name: entry.name,
              aliases: aliases(entry.name),
              anchor,
              members: [],
              frameworks: [],
            };
    } else {
      const name = { en: imported.name, ar: imported.nameAr ?? imported.name };
      actor = {
        id: actorIds.take(imported.key),
        kind: 'place',
        name,
        aliases: [],
        anchor: { lon, lat, kind: 'given', place: name },
      };
    }
    actors.set(imported.key, actor);
    return actor.id;
  };

  const domainOf = (label: string): string | null => {
    const key = label.trim().toLowerCase();
    const known = domains.get(key);
    if (known) return known.id;
    if (domains.size >= MAX_DOMAINS) return null;
    const notGiven = key === '';
    const domain: Domain = notGiven
      ? {
          id: domainIds.take(DOMAIN_NOT_GIVEN, DOMAIN_NOT_GIVEN),
          label: ours('import.domainNotGiven', {}),
          description: translate('en', 'import.domainNotGivenDescription', {}),
          color: NOT_GIVEN_COLOUR,
        }
      : {
          id: domainIds.take(label),
          label: asGiven(label.trim()),
          description: translate('en', 'import.domainDescription', {}),
          color: IMPORT_DOMAIN_COLOURS[domains.size % IMPORT_DOMAIN_COLOURS.length] ?? '#000000',
        };
    domains.set(key, domain);
    return domain.id;
  };

  const sourceOf = (given: string | null, language: 'ar' | 'en'): string => {
    const key = given ?? '';
    const known = sources.get(key);
    if (known) return known.id;
    const isUrl = given !== null && /^https?:\/\/\S+$/i.test(given);
    const source: Source = {
      id: sourceIds.take(given ?? 'not-given', given === null ? 'source-not-given' : undefined),
      file: null,
      language,
      headline: null,
      headlineTranslation: null,
      subject: given ?? translate('en', 'import.sourceNotGiven', {}),
      publisher: null,
      published: null,
      url: isUrl ? given : null,
    };
    sources.set(key, source);
    return source.id;
  };

  const every = Math.max(1, Math.floor(links.length / 100));
  let done = 0;
  for (const link of links) {
    if (options.onProgress && ++done % every === 0) options.onProgress(done / links.length);
    const names = link.domains.length > 0 ? link.domains : [''];
    const domainIdsOfLink = names.map(domainOf);
    if (domainIdsOfLink.some((id) => id === null)) {
      issues.push({
        line: link.line,
        column: options.domainsColumn,
        value: link.domains.join('; '),
        message: phrase('import.tooManyDomains', { max: MAX_DOMAINS }),
      });
      continue;
    }
    const [a, b] = link.parties.map(actorOf) as [string, string];
    const language = link.excerpt !== null && ARABIC_LETTER.test(link.excerpt) ? 'ar' : 'en';
    const sourceIdsOfLink =
      link.source !== null || link.excerpt !== null ? [sourceOf(link.source, language)] : [];
    const id = partnershipIds.take(`${a}-${b}`);
    const cited: string[] = [];
    if (link.excerpt !== null) {
      const excerpt: Excerpt = {
        id: `${id}-passage`,
        source: sourceIdsOfLink[0] ?? '',
        text: link.excerpt,
        translation: null,
        kind: 'report',
      };
      excerpts.push(excerpt);
      cited.push(excerpt.id);
    }
    partnerships.push({
      id,
      parties: [a, b],
      status: link.status ?? 'not-given',
      statusExcerpts: cited,
      date: link.date,
      ...(link.start !== null || link.end !== null ? { start: link.start, end: link.end } : {}),
      summary: ours(`import.provenance.${options.unit}`, { file: options.file, n: link.line }),
      summaryBy: 'import',
      people: [],
      sources: sourceIdsOfLink,
      domains: [...new Set(domainIdsOfLink as string[])].map((domain) => ({
        domain,
        excerpts: cited,
      })),
      ...(valueColumn ? { value: link.value } : {}),
      ...(link.fields.length > 0 ? { fields: link.fields } : {}),
    });
  }

  return {
    dataset: {
      version: 1,
      title: asGiven(options.file),
      ...(valueColumn
        ? {
            value: {
              name: valueColumn,
              unit: options.valueUnit?.trim() || unitOfHeader(valueColumn),
            },
          }
        : {}),
      actors: [...actors.values()],
      domains: [...domains.values()],
      sources: [...sources.values()],
      excerpts,
      partnerships,
    },
    issues,
    kept: partnerships.length,
  };
}
