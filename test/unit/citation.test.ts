import { beforeAll, describe, expect, it } from 'vitest';
import { citationText } from '../../src/core/citation';
import { formatDate, loadMessages } from '../../src/core/messages';
import { seedJson } from './helpers';

const ACCESSED = new Date(2026, 11, 2, 10, 30);

function fixture() {
  const data = seedJson();
  const excerpt = data.excerpts.find((e) => e.id === 'egy-nato-demining');
  const untitled = data.sources.find((s) => s.headline === null);
  const titled = data.sources.find((s) => s.headline !== null);
  if (!excerpt || !untitled || !titled) throw new Error('fixture');
  return { excerpt, untitled, titled };
}

describe('citations', () => {
  beforeAll(() => loadMessages('ar'));

  it('quotes the passage whole, with our labelled translation, what it is evidence for, the article and the day accessed', () => {
    const { excerpt, untitled } = fixture();
    const lines = citationText(
      {
        excerpt,
        source: untitled,
        partnership: 'Egypt – NATO',
        domain: 'Demining',
        accessed: ACCESSED,
      },
      'en',
    ).split('\n');
    // No list marker or space at the passage's edges: the seed quotes from the first word.
    expect(lines[0]).toBe(`«${excerpt.text}»`);
    expect(lines[0]).toMatch(/^«إزالة الألغام:/);
    expect(lines[1]).toBe(`Our translation: ${excerpt.translation ?? ''}`);
    expect(lines[1]).toMatch(/^Our translation: Demining:/);
    expect(lines[2]).toBe('Partnership: Egypt – NATO; Domain: Demining');
    // The article has no headline: the citation says so rather than inventing one.
    expect(lines[3]).toMatch(/^Source: .*no headline/);
    expect(lines[4]).toBe('publisher, date, URL unknown');
    expect(lines[5]).toBe('Accessed December 2, 2026 in Partnership Atlas');
  });

  it('is written in Arabic with Arabic punctuation and the Arabic headline', () => {
    const { excerpt, titled } = fixture();
    const text = citationText(
      {
        excerpt,
        source: titled,
        partnership: 'مصر – الناتو',
        domain: 'إزالة الألغام',
        accessed: ACCESSED,
      },
      'ar',
    );
    const lines = text.split('\n');
    expect(lines[2]).toBe('الشراكة: مصر – الناتو؛ المجال: إزالة الألغام');
    // The Arabic headline alone: no English translation in an Arabic citation.
    expect(lines[3]).toBe(`المصدر: ${titled.headline ?? ''}`);
    expect(lines[4]).toBe('غير معروف: الناشر، التاريخ، الرابط');
    expect(lines[5]).toBe(`تاريخ الاطلاع: ${formatDate('2026-12-02', 'ar')}، في أطلس الشراكات`);
    expect(text).not.toMatch(/[;,] /);
  });

  it('describes an untitled article in Arabic with our Arabic description', () => {
    const { excerpt, untitled } = fixture();
    const lines = citationText(
      { excerpt, source: untitled, partnership: null, domain: null, accessed: ACCESSED },
      'ar',
    ).split('\n');
    expect(untitled.subjectAr).toBeDefined();
    expect(lines.find((line) => line.startsWith('المصدر:'))).toContain(untitled.subjectAr ?? '∅');
    expect(lines.join('\n')).not.toContain(untitled.subject);
  });

  it('writes what is known of the article, as the language writes it', () => {
    const { excerpt, titled } = fixture();
    const known = { ...titled, publisher: 'Agency', published: '2024-05-01', url: null };
    const en = citationText(
      { excerpt, source: known, partnership: null, domain: null, accessed: ACCESSED },
      'en',
    ).split('\n');
    expect(en).toContain('Agency; May 1, 2024; URL unknown');
    expect(en.some((line) => line.includes('headline, our translation'))).toBe(true);
    const ar = citationText(
      { excerpt, source: known, partnership: null, domain: null, accessed: ACCESSED },
      'ar',
    ).split('\n');
    expect(ar).toContain(`Agency؛ ${formatDate('2024-05-01', 'ar')}؛ غير معروف: الرابط`);
  });
});
