/**
 * Seeded synthetic datasets for the benchmark: about 200 actors (states and organizations with
 * members), the seed's domain taxonomy, and any number of partnerships with realistic domain mixes,
 * statuses, dates and excerpts that are found verbatim in their generated source texts. The same
 * seed always gives the same dataset, byte for byte.
 */
import type { Actor, Dataset, Domain, Excerpt, Partnership, Source } from '../src/core/types';

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARABIC_WORDS = [
  'التعاون',
  'الأمني',
  'مكافحة',
  'الإرهاب',
  'الأمن',
  'السيبراني',
  'تبادل',
  'المعلومات',
  'الاستخباراتية',
  'تدريب',
  'القوات',
  'حماية',
  'البنية',
  'التحتية',
  'الحيوية',
  'الجريمة',
  'العابرة',
  'للحدود',
  'مباحثات',
  'ثنائية',
  'اتفاق',
  'مشترك',
  'ورش',
  'عمل',
  'إزالة',
  'الألغام',
  'بين',
  'الجانبين',
  'في',
  'مجال',
];

export interface SyntheticOptions {
  links: number;
  seed?: number;
  actors?: number;
  organizations?: number;
  /** Partnerships per source article. */
  linksPerSource?: number;
  /** Excerpts per source article. */
  excerptsPerSource?: number;
}

export interface SyntheticDataset {
  dataset: Dataset;
  /** Source texts keyed by the dataset's `file` field. */
  sources: Map<string, string>;
}

/** Three upper-case letters from a number, for ISO-like state ids: 0 → "AAA". */
function code(n: number): string {
  const letter = (k: number) => String.fromCharCode(65 + (k % 26));
  return letter(Math.floor(n / 676)) + letter(Math.floor(n / 26)) + letter(n);
}

function pickWeighted<T>(items: readonly T[], weights: readonly number[], r: number): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

/** Builds a dataset; `domains` defaults to a copy of the seed's taxonomy passed in by the caller. */
export function syntheticDataset(domains: Domain[], options: SyntheticOptions): SyntheticDataset {
  const rand = random(options.seed ?? 1);
  const stateCount = (options.actors ?? 200) - (options.organizations ?? 12);
  const orgCount = options.organizations ?? 12;
  const linksPerSource = options.linksPerSource ?? 100;
  const excerptsPerSource = options.excerptsPerSource ?? 12;
  const int = (n: number) => Math.floor(rand() * n);

  const actors: Actor[] = [];
  for (let i = 0; i < stateCount; i++) {
    actors.push({
      id: code(i),
      kind: 'state',
      name: { en: `State ${code(i)}`, ar: `دولة ${i + 1}` },
      aliases: [],
      anchor: {
        lon: Math.round((rand() * 330 - 165) * 1e4) / 1e4,
        lat: Math.round((rand() * 110 - 45) * 1e4) / 1e4,
        kind: 'capital',
        place: { en: `Capital of ${code(i)}`, ar: `عاصمة ${i + 1}` },
      },
    });
  }
  for (let i = 0; i < orgCount; i++) {
    const members = new Set<string>();
    const size = 5 + int(30);
    while (members.size < size) members.add(code(int(stateCount)));
    actors.push({
      id: `org-${i + 1}`,
      kind: 'organization',
      name: { en: `Organization ${i + 1}`, ar: `منظمة ${i + 1}` },
      aliases: [],
      anchor: {
        lon: Math.round((rand() * 330 - 165) * 1e4) / 1e4,
        lat: Math.round((rand() * 110 - 45) * 1e4) / 1e4,
        kind: 'headquarters',
        place: { en: `Headquarters ${i + 1}`, ar: `مقر ${i + 1}` },
      },
      members: [...members],
      frameworks: [],
    });
  }
  // A few hubs take part in many partnerships, as large states and alliances do.
  const actorWeights = actors.map((_, i) => 1 / (1 + (i % 50)) + (i >= stateCount ? 0.5 : 0));
  const domainWeights = domains.map((_, i) => 1 / (1 + i * 0.4));
  const statuses: Partnership['status'][] = ['talks-held', 'intent-expressed', 'agreement-signed'];

  const sourceCount = Math.max(1, Math.ceil(options.links / linksPerSource));
  const sources: Source[] = [];
  const excerpts: Excerpt[] = [];
  const texts = new Map<string, string>();
  for (let s = 0; s < sourceCount; s++) {
    const id = `src-${s}`;
    const file = `sources/${id}.txt`;
    const lines: string[] = [];
    for (let e = 0; e < excerptsPerSource; e++) {
      const words = 8 + int(20);
      const sentence = Array.from({ length: words }, () => ARABIC_WORDS[int(ARABIC_WORDS.length)]);
      const text = `${sentence.join(' ')} (${s}-${e}).`;
      lines.push(text);
      excerpts.push({
        id: `x-${s}-${e}`,
        source: id,
        text,
        translation: `Synthetic passage ${e} of article ${s}.`,
        kind: 'report',
      });
    }
    texts.set(file, `${lines.join('\n')}\n`);
    sources.push({
      id,
      file,
      language: 'ar',
      headline: null,
      headlineTranslation: null,
      subject: `Synthetic article ${s}.`,
      publisher: null,
      published: null,
      url: null,
    });
  }

  const partnerships: Partnership[] = [];
  for (let i = 0; i < options.links; i++) {
    const a = pickWeighted(actors, actorWeights, rand());
    let b = pickWeighted(actors, actorWeights, rand());
    while (b === a) b = actors[int(actors.length)] ?? b;
    const source = Math.floor(i / linksPerSource) % sourceCount;
    const excerpt = () => `x-${source}-${int(excerptsPerSource)}`;
    const count = pickWeighted([1, 2, 3, 4], [40, 30, 20, 10], rand());
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(pickWeighted(domains, domainWeights, rand()).id);
    const dated = rand() < 0.7;
    // Half are agreements with years in force over 60 years (1966–2025), half of those still in
    // force; the time bar's window is measured over them (issue 20).
    const start = rand() < 0.5 ? 1966 + int(60) : null;
    const end = start === null || rand() < 0.5 ? null : Math.min(2025, start + 1 + int(15));
    partnerships.push({
      id: `l-${i}`,
      parties: [a.id, b.id],
      status: pickWeighted(statuses, [5, 3, 2], rand()),
      statusExcerpts: [excerpt()],
      date: dated
        ? `${2015 + int(11)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`
        : null,
      ...(start === null ? {} : { start: String(start), end: end === null ? null : String(end) }),
      summary: { en: `Synthetic partnership ${i}.`, ar: `شراكة ${i}.` },
      summaryBy: 'editors',
      people: [],
      sources: [`src-${source}`],
      domains: [...chosen].map((domain) => ({ domain, excerpts: [excerpt()] })),
    });
  }

  return {
    dataset: {
      version: 1,
      title: {
        en: `Synthetic benchmark dataset: ${options.links.toLocaleString('en')} partnerships`,
        ar: `بيانات اصطناعية للقياس`,
      },
      actors,
      domains,
      sources,
      excerpts,
      partnerships,
    },
    sources: texts,
  };
}
