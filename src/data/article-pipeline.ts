/**
 * The article workbench's side of the import worker: an article read and its proposals made off the
 * page, and a reviewed article added to a dataset kept in the browser. A dataset the atlas serves
 * is never changed: the first article makes a working copy of it in the library. The new dataset
 * is checked (excerpts against their stored texts) before it is kept; a problem keeps everything as
 * it was.
 */
import { decodeBytes } from '../core/import/decode';
import { ORGANIZATIONS, type Gazetteer, type GazetteerEntry } from '../core/import/gazetteer';
import { readArticle, type ArticleFacts } from '../core/ingest/article';
import { editPartnership, reviewOfPartnership, type SourceFacts } from '../core/ingest/edit';
import type { Lexicon } from '../core/ingest/lexicon';
import type { NameList } from '../core/ingest/names';
import { createProposer, type Proposer } from '../core/ingest/propose';
import {
  addArticle,
  type ReviewedArticle,
  type ReviewedPartnership,
} from '../core/ingest/to-dataset';
import { loadMessages, phrase, translate } from '../core/messages';
import type {
  AtlasFileOpened,
  ArticleAdded,
  ArticleReading,
  ArticleTarget,
  EditReading,
  Fetch,
  ImportAssets,
  KnownActor,
} from '../core/protocol';
import type { DataIssue, Dataset } from '../core/types';
import { parseDataset, validateDataset } from '../core/validate';
import type { DatasetLibrary } from './dataset-library';
import { atlasFile, readAtlasFile, ATLAS_FILE_VERSION } from './atlas-file';
import { repositoryZip } from './repository-zip';

const fileIssue = (file: string, message: DataIssue['message']): DataIssue => ({
  file,
  record: '',
  field: '',
  message,
});

/** A domain added from the lexicon, described (the data format's descriptions are English). */
const ADDED_DOMAIN = 'Added in the article workbench.';

export class ArticlePipeline {
  private proposer: Promise<Proposer> | null = null;

  constructor(
    private readonly fetcher: Fetch,
    private readonly assets: ImportAssets,
    private readonly gazetteer: () => Promise<Gazetteer>,
    private readonly library: () => Promise<DatasetLibrary>,
  ) {}

  /** Reads a file's bytes (any encoding the importer reads) or pasted text, and proposes. */
  async read(
    name: string,
    bytes: Uint8Array | null,
    pasted: string | null,
    stated: ArticleFacts | null = null,
  ): Promise<ArticleReading> {
    const text = bytes ? decodeBytes(bytes).text : (pasted ?? '');
    const size = bytes ? bytes.length : new TextEncoder().encode(text).length;
    const read = readArticle(text, size);
    if (!read.ok) return read;
    const proposer = await this.loadProposer();
    const article = stated ? { ...read.article, facts: stated } : read.article;
    return { ok: true, name, article, proposal: proposer.propose(article.text) };
  }

  /** Every actor the gazetteer can place: a party the proposals missed is chosen from these. */
  async actors(): Promise<KnownActor[]> {
    const gazetteer = await this.gazetteer();
    return gazetteer
      .entries()
      .map((entry) => ({ id: entry.id, kind: entry.kind, name: entry.name }))
      .sort((a, b) => a.name.en.localeCompare(b.name.en));
  }

  /** The dataset shown, in the repository's layout: a zip of atlas.json and sources/*.txt. */
  async exportRepository(target: ArticleTarget): Promise<Uint8Array | null> {
    const base = await this.base(target);
    return base.ok ? repositoryZip(base.dataset, base.sources) : null;
  }

  /** The dataset shown with its deck and view, as one atlas file. */
  async exportAtlasFile(
    target: ArticleTarget,
    deck: string | null,
    view: string,
  ): Promise<Uint8Array | null> {
    const base = await this.base(target);
    return base.ok ? atlasFile({ dataset: base.dataset, sources: base.sources, deck, view }) : null;
  }

  /**
   * An atlas file opened: read (refusing a zip bomb, a file not ours or from a newer version), its
   * dataset checked against its source texts, then kept in the browser under its title. Nothing is
   * kept when anything fails.
   */
  async openAtlasFile(name: string, bytes: Uint8Array): Promise<AtlasFileOpened> {
    const read = readAtlasFile(bytes);
    if (!read.ok) {
      const { problem } = read;
      const message =
        problem.kind === 'newer'
          ? phrase('atlasFile.newer', {
              file: name,
              version: problem.version,
              supported: ATLAS_FILE_VERSION,
            })
          : phrase(`atlasFile.${problem.kind}`, { file: name, why: problem.why });
      return { ok: false, message, issues: [] };
    }
    const checked = validateDataset(read.json, {
      file: `${name}: atlas.json`,
      curated: false,
      sourceTexts: new Map(Object.entries(read.sources)),
    });
    if (!checked.ok) {
      return {
        ok: false,
        message: phrase('atlasFile.invalid', { file: name }),
        issues: checked.issues,
      };
    }
    const library = await this.library();
    const title = checked.dataset.title.en;
    const info = await library.add({
      name: title,
      origin: name,
      dataset: checked.dataset,
      sources: read.sources,
      partnerships: checked.dataset.partnerships.length,
    });
    return { ok: true, info, deck: read.deck, view: read.view };
  }

  /** Adds a reviewed article; the target dataset (or a working copy of it) is replaced only if all checks pass. */
  async add(
    target: ArticleTarget,
    article: ReviewedArticle,
    partnerships: readonly ReviewedPartnership[],
  ): Promise<ArticleAdded> {
    await loadMessages('ar');
    const base = await this.base(target);
    if (!base.ok) return base;
    const [gazetteer, lexicon] = await Promise.all([
      this.gazetteer(),
      this.json<Lexicon>(this.assets.ingestLexicon),
    ]);
    const added = addArticle({
      dataset: base.dataset,
      sources: base.sources,
      article,
      partnerships,
      actorEntry: (id) => entryOf(gazetteer, id),
      domainLabel: (id) => lexicon.domains.find((d) => d.id === id)?.label ?? null,
      noSummary: {
        en: translate('en', 'workbench.noSummary', { file: article.name }),
        ar: translate('ar', 'workbench.noSummary', { file: article.name }),
      },
      addedDomain: ADDED_DOMAIN,
    });
    if (!added.ok) {
      return {
        ok: false,
        issues: [
          fileIssue(target.file, phrase(`workbench.refused.${added.reason}`, { id: added.id })),
        ],
      };
    }
    return this.keep(target, added.dataset, added.sources, added.partnerships);
  }

  /** A partnership's citations of one of its sources, as the review the workbench shows. */
  async openEdit(target: ArticleTarget, partnership: string, source: string): Promise<EditReading> {
    const base = await this.base(target);
    if (!base.ok) return base;
    const found = base.dataset.sources.find((s) => s.id === source);
    const text = found?.file ? base.sources[found.file] : undefined;
    if (!found || text === undefined) {
      return { ok: false, issues: [fileIssue(target.file, phrase('workbench.noSourceText'))] };
    }
    const proposal = (await this.loadProposer()).propose(text);
    const review = reviewOfPartnership(base.dataset, partnership, source, proposal);
    if (!review) return { ok: false, issues: [fileIssue(target.file, phrase('datasets.missing'))] };
    const facts: SourceFacts = {
      language: found.language,
      headline: found.headline,
      subject: found.subject,
      publisher: found.publisher,
      published: found.published,
      url: found.url,
    };
    return { ok: true, text, facts, proposal, review };
  }

  /** Writes an edited review back; the dataset (or a working copy of it) changes only if all checks pass. */
  async saveEdit(
    target: ArticleTarget,
    partnership: string,
    source: string,
    facts: SourceFacts,
    reviewed: ReviewedPartnership,
  ): Promise<ArticleAdded> {
    const base = await this.base(target);
    if (!base.ok) return base;
    const lexicon = await this.json<Lexicon>(this.assets.ingestLexicon);
    const edited = editPartnership({
      dataset: base.dataset,
      sources: base.sources,
      partnership,
      source,
      facts,
      reviewed,
      domainLabel: (id) => lexicon.domains.find((d) => d.id === id)?.label ?? null,
      addedDomain: ADDED_DOMAIN,
    });
    if (!edited.ok) {
      return {
        ok: false,
        issues: [
          fileIssue(target.file, phrase(`workbench.refused.${edited.reason}`, { id: edited.id })),
        ],
      };
    }
    return this.keep(target, edited.dataset, base.sources, [partnership]);
  }

  /** Checks a changed dataset (excerpts against their texts) and keeps it: a working copy of a served one. */
  private async keep(
    target: ArticleTarget,
    dataset: Dataset,
    sources: Record<string, string>,
    partnerships: string[],
  ): Promise<ArticleAdded> {
    const checked = validateDataset(dataset, {
      file: target.file,
      curated: false,
      sourceTexts: new Map(Object.entries(sources)),
    });
    if (!checked.ok) return { ok: false, issues: checked.issues };
    const library = await this.library();
    const content = {
      dataset: checked.dataset,
      sources,
      partnerships: checked.dataset.partnerships.length,
    };
    const info =
      'stored' in target
        ? await library.replace(target.stored, content)
        : await library.add({
            ...content,
            name: translate('en', 'workbench.copyName', { title: target.title }),
            origin: target.file,
          });
    return { ok: true, info, partnerships };
  }

  /** The dataset the article joins, with its sources' texts. */
  private async base(
    target: ArticleTarget,
  ): Promise<
    | { ok: true; dataset: Dataset; sources: Record<string, string> }
    | { ok: false; issues: DataIssue[] }
  > {
    if ('stored' in target) {
      const entry = await (await this.library()).get(target.stored);
      if (!entry)
        return { ok: false, issues: [fileIssue(target.file, phrase('datasets.missing'))] };
      const checked = validateDataset(entry.dataset, {
        file: target.file,
        curated: false,
        sourceTexts: new Map(Object.entries(entry.sources)),
      });
      return checked.ok
        ? { ok: true, dataset: checked.dataset, sources: { ...entry.sources } }
        : checked;
    }
    const text = await this.text(target.url);
    const sources: Record<string, string> = {};
    for (const file of sourceFiles(text)) {
      const url = target.sourceUrls[file] ?? new URL(file, target.url).href;
      sources[file] = await this.text(url);
    }
    const parsed = parseDataset(text, {
      file: target.file,
      sourceTexts: new Map(Object.entries(sources)),
    });
    return parsed.ok ? { ok: true, dataset: parsed.dataset, sources } : parsed;
  }

  private loadProposer(): Promise<Proposer> {
    this.proposer ??= Promise.all([
      this.json<NameList>(this.assets.ingestNames),
      this.json<Lexicon>(this.assets.ingestLexicon),
    ]).then(([names, lexicon]) => createProposer(names, lexicon));
    this.proposer.catch(() => {
      this.proposer = null;
    });
    return this.proposer;
  }

  private async text(url: string): Promise<string> {
    const response = await this.fetcher(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    return response.text();
  }

  private async json<T>(url: string): Promise<T> {
    return JSON.parse(await this.text(url)) as T;
  }
}

/** The gazetteer's entry for an actor id, with its point: a state by its code, an organization by its id. */
function entryOf(
  gazetteer: Gazetteer,
  id: string,
): { entry: GazetteerEntry; point: [number, number] } | null {
  const organization = ORGANIZATIONS.find((o) => o.id === id);
  if (organization?.point) {
    return {
      entry: { ...organization, kind: 'organization', placedAt: 'headquarters' },
      point: organization.point,
    };
  }
  const resolved = gazetteer.resolve(id);
  return resolved.ok ? { entry: resolved.entry, point: resolved.point } : null;
}

/** The `sources[].file` names a dataset's JSON gives. */
function sourceFiles(text: string): string[] {
  try {
    const raw = JSON.parse(text) as { sources?: { file?: unknown }[] };
    return (raw.sources ?? []).flatMap((s) => (typeof s.file === 'string' ? [s.file] : []));
  } catch {
    return [];
  }
}
