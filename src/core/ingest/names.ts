/**
 * Finding the states and organizations an article names: by their names and acronyms, by the
 * adjectives and demonyms made from them (المصري، الجزائرية; Egyptian), and by capitals standing
 * for their governments (مدريد; "Washington"), with the particles Arabic joins to a word (وإسبانيا،
 * بالجزائر، للناتو). The lists are data (`data/ingest/actors.json`); this is only the matching.
 */
import { bareForms, normalizeWord, withoutArticle, type CutText, type Span } from './text';

interface Bilingual {
  en: string[];
  ar: string[];
}

/** The shape of `data/ingest/actors.json`. */
export interface NameList {
  states: {
    id: string;
    names: Bilingual;
    demonyms?: Bilingual;
    capitals?: Bilingual;
    /** A name that is also a common word (مالي, "financial"): counted only in a list of actors. */
    listed?: Bilingual;
  }[];
  organizations: { id: string; names: Bilingual; weak?: Bilingual }[];
  /** Phrases that contain a name but name no actor (a region). */
  notActors?: Bilingual;
}

export type MentionVia = 'name' | 'demonym' | 'capital' | 'short-name';

export interface Mention extends Span {
  actor: string;
  kind: 'state' | 'organization';
  via: MentionVia;
  /** The words it covers: [first, last + 1). */
  words: [number, number];
  /** Named as where something happens ("operations in Somalia", "في ليبيا"). */
  locative?: true;
}

interface Pattern {
  tokens: string[];
  actor: string | null;
  kind: 'state' | 'organization';
  via: MentionVia;
  /** Counted only joined to another actor's name ("النيجر ومالي وبوركينا فاسو"). */
  listed?: true;
  /** Compared letter case and all (an acronym: "US" is not "us"). */
  exactCase: boolean;
}

/** The nisba endings of an Arabic adjective: masculine, feminine, duals, plurals, accusative. */
const NISBA = ['يتين', 'يتان', 'يين', 'يون', 'يان', 'يات', 'يه', 'يا', 'ي'];

export interface NameMatcher {
  find(cut: CutText): Mention[];
  /** Every actor the lists know, with its first English and Arabic names. */
  actors: ReadonlyMap<string, { kind: 'state' | 'organization'; en: string; ar: string }>;
}

const tokensOf = (phrase: string) =>
  [...phrase.matchAll(/[\p{L}\p{N}\p{M}\u0640]+(?:['’\-.][\p{L}\p{N}]+)*/gu)].map((m) =>
    normalizeWord(m[0]),
  );

const isLatin = (token: string) => /^[\p{Script=Latin}\d'.-]+$/u.test(token);
const isAcronym = (token: string) => /^[A-Z][A-Z.]+$/.test(token);

export function createNameMatcher(list: NameList): NameMatcher {
  const byFirst = new Map<string, Pattern[]>();
  const demonymStems = new Map<string, string>();
  const englishDemonyms = new Map<string, string>();
  const actors = new Map<string, { kind: 'state' | 'organization'; en: string; ar: string }>();

  const add = (phrase: string, pattern: Omit<Pattern, 'tokens' | 'exactCase'>) => {
    const tokens = tokensOf(phrase);
    const first = tokens[0];
    if (!first) return;
    const exactCase = tokens.some(isAcronym);
    const key = isLatin(first) && !exactCase ? first.toLowerCase() : first;
    const entry = {
      ...pattern,
      tokens,
      exactCase,
    };
    byFirst.set(key, [...(byFirst.get(key) ?? []), entry]);
  };
  const names = (id: string, kind: 'state' | 'organization', text: Bilingual, via: MentionVia) => {
    for (const phrase of [...text.en, ...text.ar]) add(phrase, { actor: id, kind, via });
  };

  for (const state of list.states) {
    actors.set(state.id, {
      kind: 'state',
      en: state.names.en[0] ?? state.id,
      ar: state.names.ar[0] ?? state.id,
    });
    names(state.id, 'state', state.names, 'name');
    if (state.capitals) names(state.id, 'state', state.capitals, 'capital');
    for (const phrase of [...(state.listed?.en ?? []), ...(state.listed?.ar ?? [])])
      add(phrase, { actor: state.id, kind: 'state', via: 'name', listed: true });
    for (const demonym of state.demonyms?.ar ?? []) {
      const norm = normalizeWord(demonym);
      demonymStems.set(norm.endsWith('ي') ? norm.slice(0, -1) : norm, state.id);
    }
    for (const demonym of state.demonyms?.en ?? []) {
      if (demonym.includes(' ')) add(demonym, { actor: state.id, kind: 'state', via: 'demonym' });
      else englishDemonyms.set(demonym, state.id);
    }
  }
  for (const organization of list.organizations) {
    actors.set(organization.id, {
      kind: 'organization',
      en: organization.names.en[0] ?? organization.id,
      ar: organization.names.ar[0] ?? organization.id,
    });
    names(organization.id, 'organization', organization.names, 'name');
    if (organization.weak) names(organization.id, 'organization', organization.weak, 'short-name');
  }
  for (const phrase of [...(list.notActors?.en ?? []), ...(list.notActors?.ar ?? [])]) {
    add(phrase, { actor: null, kind: 'state', via: 'name' });
  }

  /** The forms a word may take before a name: itself, without particles, without "'s". */
  const formsOf = (norm: string): string[] => {
    if (isLatin(norm)) {
      const bare = norm.replace(/['’]s?$/u, '');
      return bare === norm ? [norm] : [norm, bare];
    }
    return bareForms(norm);
  };
  // An acronym is compared letter case and all ("US" is not "us"); other Latin words case-blind.
  const sameToken = (pattern: string, word: string) =>
    isAcronym(pattern) || !isLatin(pattern)
      ? pattern === word
      : pattern.toLowerCase() === word.toLowerCase();

  const demonymAt = (norm: string): string | null => {
    if (isLatin(norm)) {
      const bare = norm.replace(/['’]s?$/u, '');
      return englishDemonyms.get(bare) ?? englishDemonyms.get(bare.replace(/s$/, '')) ?? null;
    }
    for (const form of bareForms(norm)) {
      for (const candidate of new Set([form, withoutArticle(form)])) {
        for (const ending of NISBA) {
          if (!candidate.endsWith(ending)) continue;
          const actor = demonymStems.get(candidate.slice(0, -ending.length));
          if (actor) return actor;
        }
      }
    }
    return null;
  };

  const find = (cut: CutText): Mention[] => {
    const { words } = cut;
    const found: Mention[] = [];
    const listed = new Set<number>();
    for (let i = 0; i < words.length;) {
      const word = words[i];
      if (!word) break;
      let best: { pattern: Pattern; length: number } | null = null;
      for (const form of formsOf(word.norm)) {
        const key = isLatin(form) ? form : form;
        for (const pattern of [
          ...(byFirst.get(key) ?? []),
          ...(byFirst.get(key.toLowerCase()) ?? []),
        ]) {
          const [first, ...rest] = pattern.tokens;
          if (first === undefined || !sameToken(first, form)) continue;
          const fits = rest.every((token, k) => {
            const next = words[i + 1 + k];
            return next !== undefined && sameToken(token, next.norm.replace(/['’]s?$/u, ''));
          });
          if (fits && (!best || pattern.tokens.length > best.length)) {
            best = { pattern, length: pattern.tokens.length };
          }
        }
      }
      if (best) {
        const last = words[i + best.length - 1] ?? word;
        if (
          best.pattern.actor !== null &&
          !(best.pattern.via === 'capital' && isPlace(cut, i, best.pattern.tokens[0] ?? ''))
        ) {
          const previous = words[i - 1];
          const locative =
            best.pattern.kind === 'state' &&
            previous !== undefined &&
            previous.forms.some((form) => IN.has(form));
          found.push({
            actor: best.pattern.actor,
            kind: best.pattern.kind,
            via: best.pattern.via,
            start: word.start,
            end: last.end,
            words: [i, i + best.length],
            ...(locative ? { locative: true as const } : {}),
          });
          if (best.pattern.listed) listed.add(found.length - 1);
        }
        i += best.length;
        continue;
      }
      const demonym = demonymAt(word.norm);
      if (demonym) {
        found.push({
          actor: demonym,
          kind: 'state',
          via: 'demonym',
          start: word.start,
          end: word.end,
          words: [i, i + 1],
        });
      }
      i++;
    }
    // A short name ("the Alliance", الحلف) counts only where the article names the actor in full.
    const namedInFull = new Set(found.filter((m) => m.via !== 'short-name').map((m) => m.actor));
    // A name that is also a common word counts only next to another actor's name, with at most a
    // joining word between ("النيجر ومالي", "Niger, Mali and Burkina Faso").
    const inList = (m: Mention) =>
      found.some((other) => {
        if (other === m) return false;
        const gap =
          other.words[1] <= m.words[0]
            ? words.slice(other.words[1], m.words[0])
            : words.slice(m.words[1], other.words[0]);
        return gap.length === 0 || (gap.length === 1 && gap[0]?.forms.some((f) => JOINS.has(f)));
      });
    return found.filter(
      (m, index) =>
        (m.via !== 'short-name' || namedInFull.has(m.actor)) && (!listed.has(index) || inList(m)),
    );
  };

  return { find, actors };
}

/** Words that join names in a list. */
const JOINS = new Set(['و', 'and', 'or', 'أو', 'مع', 'with', '&']);

/** Prepositions that name a state as the place where something happens ("in Somalia", "في ليبيا"). */
const IN = new Set(['في', 'in', 'across', 'throughout', 'inside', 'داخل']);

/** Prepositions that make a capital the place of an event ("في الرباط", "in Riyadh"), not its government. */
const LOCATIVE = new Set(['في', 'من', 'الى', 'الي', 'in', 'at', 'from', 'to', 'into', 'near']);

/**
 * Whether a capital at word `i` is where something happened rather than who acted: after a
 * preposition, with ب joined to it (بالرباط), or as a dateline ("MADRID —").
 */
function isPlace(cut: CutText, i: number, name: string): boolean {
  const word = cut.words[i];
  if (!word) return false;
  const previous = cut.words[i - 1];
  if (previous && previous.forms.some((form) => LOCATIVE.has(form))) return true;
  // The name with ب joined to it: بالرباط, وبمدريد (not بغداد, whose ب is its own).
  const joined = word.norm.replace(/^[وف]/, '');
  if (
    joined !== name &&
    joined.startsWith('ب') &&
    joined.slice(1).replace(/^ال/, '') === name.replace(/^ال/, '')
  ) {
    return true;
  }
  const after = cut.text.slice(word.end, word.end + 4);
  const lineStart = cut.text.lastIndexOf('\n', word.start - 1) + 1;
  const dateline = /^\s*[—–-]/.test(after) && cut.text.slice(lineStart, word.start).trim() === '';
  return dateline;
}
