import { describe, expect, it } from 'vitest';
import {
  highlightMatches,
  markWords,
  matchesQuery,
  normalizeText,
  queryTerms,
  termMatchesWord,
  wordForms,
} from '../../src/core/search-text';
import { seedJson } from './helpers';

describe('normalizeText', () => {
  it('drops tashkeel, the superscript alef and tatweel', () => {
    expect(normalizeText('الإِرْهَابِ')).toBe('الارهاب');
    expect(normalizeText('مُكَافَحَةُ')).toBe('مكافحه');
    expect(normalizeText('هٰذا')).toBe('هذا');
    expect(normalizeText('الأمـــن')).toBe('الامن');
  });

  it('folds the alef forms, taa marbuta, alef maqsura and hamza carriers', () => {
    expect(normalizeText('أ إ آ ٱ')).toBe('ا ا ا ا');
    expect(normalizeText('مكافحة')).toBe('مكافحه');
    expect(normalizeText('مستوى')).toBe('مستوي');
    expect(normalizeText('مؤتمر رئيس')).toBe('موتمر رييس');
  });

  it('ignores case and accents in Latin script, and folds Arabic-Indic digits', () => {
    expect(normalizeText('NATO Sécurité Ñandú')).toBe('nato securite nandu');
    expect(normalizeText('٢٠٢٤ ۱۹۹۴')).toBe('2024 1994');
  });

  it('turns punctuation and spacing into single spaces', () => {
    expect(normalizeText('  «الناتو»، وإسبانيا…  (NATO) ')).toBe('الناتو واسبانيا nato');
    expect(normalizeText('')).toBe('');
  });
});

describe('wordForms', () => {
  it('strips the article and the particles written joined to a word', () => {
    expect(wordForms('الناتو')).toContain('ناتو');
    expect(wordForms('والناتو')).toEqual(expect.arrayContaining(['الناتو', 'ناتو']));
    expect(wordForms('بالارهاب')).toEqual(expect.arrayContaining(['الارهاب', 'ارهاب']));
    expect(wordForms('فبالتعاون')).toContain('تعاون');
    expect(wordForms('كالعاده')).toContain('عاده');
    expect(wordForms('للناتو')).toEqual(expect.arrayContaining(['الناتو', 'ناتو']));
    expect(wordForms('وللناتو')).toContain('ناتو');
  });

  it('never cuts a word to fewer than two letters', () => {
    expect(wordForms('ال')).toEqual(['ال']);
    expect(wordForms('وب')).toEqual(['وب']);
    expect(wordForms('nato')).toEqual(['nato']);
  });
});

describe('matching', () => {
  const nato = 'حلف شمال الأطلسي (الناتو) NATO';

  it('finds NATO as الناتو, ناتو, NATO and nato', () => {
    for (const query of ['الناتو', 'ناتو', 'NATO', 'nato', 'Nato']) {
      expect(matchesQuery(nato, queryTerms(query)), query).toBe(true);
    }
  });

  it('finds الإرهاب when typed without the hamza, and through joined particles', () => {
    const text = 'مكافحة الإرهاب وبالإرهاب';
    expect(matchesQuery(text, queryTerms('الارهاب'))).toBe(true);
    expect(matchesQuery(text, queryTerms('ارهاب'))).toBe(true);
    expect(matchesQuery('وللإرهاب', queryTerms('الإرهاب'))).toBe(true);
    expect(matchesQuery(text, queryTerms('مكافحه'))).toBe(true);
  });

  it('matches the start of words, every term somewhere, and nothing else', () => {
    expect(matchesQuery('Cybersecurity cooperation', queryTerms('cyber coop'))).toBe(true);
    expect(matchesQuery('Cybersecurity cooperation', queryTerms('cyber demining'))).toBe(false);
    expect(matchesQuery('Cybersecurity', queryTerms('security'))).toBe(false);
    expect(matchesQuery('الجزائر', queryTerms('اسبانيا'))).toBe(false);
    expect(termMatchesWord('ناتو', 'الناتو')).toBe(true);
    expect(termMatchesWord('الناتو', 'ناتو')).toBe(true);
    expect(matchesQuery('anything', [])).toBe(true);
  });
});

describe('highlightMatches', () => {
  it('marks the matching words and gives back the text exactly', () => {
    const text = 'بحث التعاون في مكافحة الإِرهاب مع الناتو، وفي الأمن السيبراني.';
    const pieces = highlightMatches(text, queryTerms('الارهاب ناتو'));
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['الإِرهاب', 'الناتو']);
  });

  it('leaves the text whole when nothing matches or there is no query', () => {
    expect(highlightMatches('Algeria and Spain', queryTerms('nato'))).toEqual([
      { text: 'Algeria and Spain', match: false },
    ]);
    expect(highlightMatches('x', [])).toEqual([{ text: 'x', match: false }]);
  });
});

describe('markWords', () => {
  it('names the group each matching word belongs to, the first group winning', () => {
    const text = 'مكافحة الإرهاب والأمن السيبراني';
    const pieces = markWords(text, [
      ['search', queryTerms('ارهاب')],
      ['keyword', queryTerms('سيبراني الإرهاب')],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.mark).map((p) => [p.text, p.mark])).toEqual([
      ['الإرهاب', 'search'],
      ['السيبراني', 'keyword'],
    ]);
  });
});

describe('the seed domains’ keywords', () => {
  it('mark at least one word in every passage cited for their domain', () => {
    const data = seedJson();
    const excerpts = new Map(data.excerpts.map((e) => [e.id, e]));
    for (const partnership of data.partnerships) {
      for (const citation of partnership.domains) {
        const domain = data.domains.find((d) => d.id === citation.domain);
        const terms = (domain?.keywords ?? []).flatMap((k) => queryTerms(k));
        expect(terms.length, citation.domain).toBeGreaterThan(0);
        for (const id of citation.excerpts) {
          const marked = markWords(excerpts.get(id)?.text ?? '', [['keyword', terms]]).filter(
            (p) => p.mark,
          );
          expect(marked.length, `${partnership.id} › ${citation.domain} › ${id}`).toBeGreaterThan(
            0,
          );
        }
      }
    }
  });
});
