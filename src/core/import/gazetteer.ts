/**
 * The built-in gazetteer that places actors a file names without coordinates: states by ISO 3166
 * code (alpha-2, alpha-3 or numeric) or by an English or Arabic name, and major organizations by
 * acronym or name, at their headquarters. A name that fits more than one entry ("Congo") is listed
 * as ambiguous and one that fits none as unknown; neither is ever guessed.
 *
 * States are placed at the centre of their largest territory in Natural Earth's shapes (the point
 * the basemap's country labels use), not at their capital: the point is computed from data we
 * ship, and the interface says how it was placed.
 */
import codes from 'i18n-iso-countries/codes.json';
import { normalizeText } from '../search-text';

export interface GazetteerEntry {
  /** ISO 3166-1 alpha-3 for a state ("DZA"); a slug for an organization ("nato"). */
  id: string;
  kind: 'state' | 'organization';
  name: { en: string; ar: string };
  /** [longitude, latitude], or null when the shipped shapes do not include the state. */
  point: [number, number] | null;
  /** `territory`: the centre of the state's largest territory; `headquarters`: the seat. */
  placedAt: 'territory' | 'headquarters';
  /** The seat's city, for organizations. */
  place?: { en: string; ar: string };
  /** Other names and acronyms it is known by. */
  aliases: string[];
}

export type Resolution =
  | { ok: true; entry: GazetteerEntry; point: [number, number]; by: 'code' | 'name' }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'ambiguous'; candidates: GazetteerEntry[] }
  | { ok: false; reason: 'unplaced'; entry: GazetteerEntry };

/** Where each organization sits: the city of its headquarters, rounded to 0.01°. */
export const ORGANIZATIONS: readonly Omit<GazetteerEntry, 'kind' | 'placedAt'>[] = [
  {
    id: 'nato',
    name: { en: 'NATO', ar: 'الناتو' },
    aliases: [
      'North Atlantic Treaty Organization',
      'OTAN',
      'حلف شمال الأطلسي',
      'حلف الناتو',
      'حلف شمال الأطلنطي',
    ],
    place: { en: 'Brussels', ar: 'بروكسل' },
    point: [4.43, 50.88],
  },
  {
    id: 'eu',
    name: { en: 'European Union', ar: 'الاتحاد الأوروبي' },
    aliases: ['EU', 'UE', 'الاتحاد الاوروبي'],
    place: { en: 'Brussels', ar: 'بروكسل' },
    point: [4.38, 50.84],
  },
  {
    id: 'african-union',
    name: { en: 'African Union', ar: 'الاتحاد الأفريقي' },
    aliases: ['AU', 'UA', 'الاتحاد الإفريقي'],
    place: { en: 'Addis Ababa', ar: 'أديس أبابا' },
    point: [38.74, 9.03],
  },
  {
    id: 'arab-league',
    name: { en: 'Arab League', ar: 'جامعة الدول العربية' },
    aliases: ['League of Arab States', 'LAS', 'الجامعة العربية'],
    place: { en: 'Cairo', ar: 'القاهرة' },
    point: [31.24, 30.04],
  },
  {
    id: 'un',
    name: { en: 'United Nations', ar: 'الأمم المتحدة' },
    aliases: ['UN', 'ONU', 'منظمة الأمم المتحدة'],
    place: { en: 'New York', ar: 'نيويورك' },
    point: [-73.97, 40.75],
  },
  {
    id: 'gcc',
    name: { en: 'Gulf Cooperation Council', ar: 'مجلس التعاون لدول الخليج العربية' },
    aliases: ['GCC', 'مجلس التعاون الخليجي'],
    place: { en: 'Riyadh', ar: 'الرياض' },
    point: [46.68, 24.71],
  },
  {
    id: 'osce',
    name: {
      en: 'Organization for Security and Co-operation in Europe',
      ar: 'منظمة الأمن والتعاون في أوروبا',
    },
    aliases: ['OSCE'],
    place: { en: 'Vienna', ar: 'فيينا' },
    point: [16.37, 48.21],
  },
  {
    id: 'union-for-the-mediterranean',
    name: { en: 'Union for the Mediterranean', ar: 'الاتحاد من أجل المتوسط' },
    aliases: ['UfM'],
    place: { en: 'Barcelona', ar: 'برشلونة' },
    point: [2.17, 41.39],
  },
  {
    id: 'oic',
    name: { en: 'Organisation of Islamic Cooperation', ar: 'منظمة التعاون الإسلامي' },
    aliases: ['OIC', 'Organization of Islamic Cooperation'],
    place: { en: 'Jeddah', ar: 'جدة' },
    point: [39.19, 21.49],
  },
  {
    id: 'arab-maghreb-union',
    name: { en: 'Arab Maghreb Union', ar: 'اتحاد المغرب العربي' },
    aliases: ['AMU', 'UMA'],
    place: { en: 'Rabat', ar: 'الرباط' },
    point: [-6.83, 34.02],
  },
  {
    id: 'ecowas',
    name: {
      en: 'Economic Community of West African States',
      ar: 'الجماعة الاقتصادية لدول غرب أفريقيا',
    },
    aliases: ['ECOWAS', 'CEDEAO', 'إيكواس'],
    place: { en: 'Abuja', ar: 'أبوجا' },
    point: [7.49, 9.06],
  },
  {
    id: 'asean',
    name: { en: 'Association of Southeast Asian Nations', ar: 'رابطة دول جنوب شرق آسيا' },
    aliases: ['ASEAN', 'آسيان'],
    place: { en: 'Jakarta', ar: 'جاكرتا' },
    point: [106.85, -6.21],
  },
  {
    id: 'sco',
    name: { en: 'Shanghai Cooperation Organisation', ar: 'منظمة شنغهاي للتعاون' },
    aliases: ['SCO', 'Shanghai Cooperation Organization'],
    place: { en: 'Beijing', ar: 'بكين' },
    point: [116.41, 39.9],
  },
  {
    id: 'csto',
    name: { en: 'Collective Security Treaty Organization', ar: 'منظمة معاهدة الأمن الجماعي' },
    aliases: ['CSTO', 'ОДКБ'],
    place: { en: 'Moscow', ar: 'موسكو' },
    point: [37.62, 55.76],
  },
];

/** A country name table from `i18n-iso-countries/langs/*.json`: alpha-2 → name or names. */
export type CountryNames = Readonly<Record<string, string | readonly string[]>>;

export interface GazetteerInput {
  english: CountryNames;
  arabic: CountryNames;
  /** The point a state is placed at, by ISO numeric code; undefined when the shapes lack it. */
  pointOf: (numeric: string) => [number, number] | undefined;
}

export interface Gazetteer {
  resolve: (value: string) => Resolution;
  /** Every state (that the shipped shapes can place) and organization it knows, once each. */
  entries: () => GazetteerEntry[];
}

const list = (names: string | readonly string[] | undefined): string[] =>
  names === undefined ? [] : typeof names === 'string' ? [names] : [...names];

export function createGazetteer(input: GazetteerInput): Gazetteer {
  const byCode = new Map<string, GazetteerEntry>();
  const byName = new Map<string, Set<GazetteerEntry>>();
  const addName = (name: string, entry: GazetteerEntry) => {
    const key = normalizeText(name);
    if (key === '') return;
    let set = byName.get(key);
    if (!set) byName.set(key, (set = new Set()));
    set.add(entry);
  };

  for (const [alpha2 = '', alpha3 = '', numeric = ''] of codes) {
    const english = list(input.english[alpha2]);
    const arabic = list(input.arabic[alpha2]);
    const entry: GazetteerEntry = {
      id: alpha3,
      kind: 'state',
      name: { en: english[0] ?? alpha3, ar: arabic[0] ?? english[0] ?? alpha3 },
      point: input.pointOf(numeric) ?? null,
      placedAt: 'territory',
      aliases: [...english, ...arabic],
    };
    byCode.set(alpha2, entry);
    byCode.set(alpha3, entry);
    byCode.set(numeric, entry);
    for (const name of [...english, ...arabic]) addName(name, entry);
  }
  for (const organization of ORGANIZATIONS) {
    const entry: GazetteerEntry = {
      ...organization,
      kind: 'organization',
      placedAt: 'headquarters',
    };
    for (const name of [organization.name.en, organization.name.ar, ...organization.aliases]) {
      addName(name, entry);
    }
  }

  const resolve = (value: string): Resolution => {
    const trimmed = value.trim();
    // Codes: "DZ", "DZA", "012" or "12" (a spreadsheet drops the zeros).
    const code = /^\d{1,3}$/.test(trimmed) ? trimmed.padStart(3, '0') : trimmed.toUpperCase();
    const coded = /^([A-Z]{2,3}|\d{3})$/.test(code) ? byCode.get(code) : undefined;
    const named = byName.get(normalizeText(trimmed));
    const candidates = new Set([...(coded ? [coded] : []), ...(named ?? [])]);
    // A code and a name that point at different entries ("AU": Australia's code, the African
    // Union's acronym), or a name several entries share ("Congo"), is listed, never guessed.
    if (candidates.size > 1) return { ok: false, reason: 'ambiguous', candidates: [...candidates] };
    const found = coded ?? (named ? [...named][0] : undefined);
    const by: 'code' | 'name' = coded ? 'code' : 'name';
    if (!found) return { ok: false, reason: 'unknown' };
    if (!found.point) return { ok: false, reason: 'unplaced', entry: found };
    return { ok: true, entry: found, point: found.point, by };
  };

  const entries = () =>
    [...new Set([...byCode.values(), ...[...byName.values()].flatMap((set) => [...set])])].filter(
      (entry) => entry.point !== null,
    );
  return { resolve, entries };
}

/** The gazetteer's state points from the basemap's label points (one per Natural Earth shape). */
export function pointsFromLabels(labels: {
  features: readonly { properties: { iso: string | null }; geometry: { coordinates: number[] } }[];
}): (numeric: string) => [number, number] | undefined {
  const points = new Map<string, [number, number]>();
  for (const label of labels.features) {
    const [lon, lat] = label.geometry.coordinates;
    if (label.properties.iso !== null && lon !== undefined && lat !== undefined) {
      points.set(label.properties.iso, [lon, lat]);
    }
  }
  return (numeric) => points.get(numeric);
}
