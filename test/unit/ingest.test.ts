import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core/ingest/article';
import type { Lexicon } from '../../src/core/ingest/lexicon';
import type { NameList } from '../../src/core/ingest/names';
import { createProposer, type ArticleProposal } from '../../src/core/ingest/propose';
import { cutText } from '../../src/core/ingest/text';
import { evaluate, loadCases } from '../../scripts/ingest-eval';
import { readData, seedJson } from './helpers';

const proposer = createProposer(
  JSON.parse(readData('ingest/actors.json')) as NameList,
  JSON.parse(readData('ingest/lexicon.json')) as Lexicon,
);

const actorsOf = (text: string) =>
  proposer.propose(text).mentions.map((m) => `${m.actor}:${m.via}:${text.slice(m.start, m.end)}`);

const pairOf = (proposal: ArticleProposal, a: string, b: string) =>
  proposal.pairs.find((p) => p.parties.includes(a) && p.parties.includes(b));

describe('the seed articles, from their raw text', () => {
  const seed = seedJson();
  for (const partnership of seed.partnerships) {
    const excerptIds = new Set(partnership.domains.flatMap((d) => d.excerpts));
    const sourceId = seed.excerpts.find((e) => excerptIds.has(e.id))?.source;
    const source = seed.sources.find((s) => s.id === sourceId);
    it(`proposes ${partnership.id}: its parties, every curated domain and its status`, () => {
      if (!source?.file) throw new Error('the seed source has no file');
      const text = readData(source.file);
      const proposal = proposer.propose(text);
      const [a, b] = partnership.parties;
      const pair = pairOf(proposal, a, b);
      expect(pair, `${a}–${b}`).toBeDefined();
      if (!pair) return;
      expect(proposal.pairs[0]).toBe(pair);
      const domains = pair.domains.map((d) => d.domain);
      for (const { domain } of partnership.domains) expect(domains, domain).toContain(domain);
      expect(pair.status?.value).toBe(partnership.status);

      // No commentary or background passage is evidence, and every passage the curators marked as
      // commentary or background is flagged as such.
      for (const index of pair.evidence) expect(proposal.sentences[index]?.role).toBe('report');
      const flagged = seed.excerpts.filter(
        (e) => e.source === sourceId && /commentary|background/.test(e.id),
      );
      for (const excerpt of flagged) {
        const at = text.indexOf(excerpt.text);
        const sentence = proposal.sentences.find((s) => s.start <= at && at < s.end);
        expect(sentence?.role, excerpt.id).toMatch(/commentary|background/);
      }
    });
  }
});

describe('actors named in the text', () => {
  it('finds names with joined particles: وإسبانيا، بالجزائر، للناتو، والجزائر', () => {
    expect(
      actorsOf('التقى وفد من الجزائر وإسبانيا ثم بالجزائر مع ممثلين للناتو والجزائر.'),
    ).toEqual([
      'DZA:name:الجزائر',
      'ESP:name:وإسبانيا',
      'DZA:name:بالجزائر',
      'nato:name:للناتو',
      'DZA:name:والجزائر',
    ]);
  });

  it('finds adjectives and demonyms, Arabic and English', () => {
    expect(
      actorsOf('قال الوزير المصري إن القوات الجزائرية والإسبانية ستتدرب، ووصل وفد أردنياً.'),
    ).toEqual([
      'EGY:demonym:المصري',
      'DZA:demonym:الجزائرية',
      'ESP:demonym:والإسبانية',
      'JOR:demonym:أردنياً',
    ]);
    expect(actorsOf('Egyptian and Algerian officials met Spain’s envoy.')).toEqual([
      'EGY:demonym:Egyptian',
      'DZA:demonym:Algerian',
      'ESP:name:Spain’s',
    ]);
  });

  it('reads a capital as its government, but not as the place where something happened', () => {
    expect(actorsOf('وقالت مدريد إن الرباط شريك، خلال اجتماع في القاهرة وبالرباط.')).toEqual([
      'ESP:capital:مدريد',
      'MAR:capital:الرباط',
    ]);
    expect(actorsOf('Washington said talks in Riyadh went well.\nMADRID — Officials met.')).toEqual(
      ['USA:capital:Washington'],
    );
    // A capital whose own name begins with ب is not a ب joined to it.
    expect(actorsOf('وأعلنت بغداد دعمها.')).toEqual(['IRQ:capital:بغداد']);
  });

  it('takes the longest name, keeps regions out, and counts a short name only beside the full one', () => {
    expect(actorsOf('تعاون حلف شمال الأطلسي مع دول المغرب العربي، وأكد الحلف ذلك.')).toEqual([
      'nato:name:حلف شمال الأطلسي',
      'nato:short-name:الحلف',
    ]);
    expect(actorsOf('وأكد الحلف دعمه.')).toEqual([]);
    expect(actorsOf('The US and the EU met; they told us nothing.')).toEqual([
      'USA:name:The US',
      'eu:name:EU',
    ]);
  });

  it('says when no actor is named', () => {
    const proposal = proposer.propose('خبراء يحذرون من الهجمات الإلكترونية على المستشفيات.');
    expect(proposal.actors).toEqual([]);
    expect(proposal.pairs).toEqual([]);
  });
});

describe('status cues', () => {
  const statusOf = (text: string, a: string, b: string) =>
    pairOf(proposer.propose(text), a, b)?.status?.value ?? null;

  it('reads a signing, talks and an intention', () => {
    expect(statusOf('وقعت مصر والأردن اتفاقية تعاون أمني.', 'EGY', 'JOR')).toBe('agreement-signed');
    expect(statusOf('عقدت مصر والأردن مباحثات حول التعاون الأمني.', 'EGY', 'JOR')).toBe(
      'talks-held',
    );
    expect(statusOf('تتطلع مصر إلى تعزيز التعاون مع الأردن.', 'EGY', 'JOR')).toBe(
      'intent-expressed',
    );
    expect(statusOf('France and Morocco signed a security agreement.', 'FRA', 'MAR')).toBe(
      'agreement-signed',
    );
  });

  it('never reads a future or planned signing as signed', () => {
    expect(statusOf('ستوقع مصر والأردن اتفاقية تعاون الشهر المقبل.', 'EGY', 'JOR')).toBe(
      'intent-expressed',
    );
    expect(statusOf('مصر والأردن يعتزمان توقيع اتفاقية تعاون.', 'EGY', 'JOR')).toBe(
      'intent-expressed',
    );
    expect(statusOf('France and Morocco will sign a security agreement.', 'FRA', 'MAR')).toBe(
      'intent-expressed',
    );
    expect(statusOf('France and Morocco plan to sign a security agreement.', 'FRA', 'MAR')).toBe(
      'intent-expressed',
    );
  });

  it('never reads a negated signing as signed', () => {
    const arabic = 'واصلت مصر والأردن مباحثات التعاون. ولم يتم التوقيع على الاتفاقية بعد.';
    expect(statusOf(arabic, 'EGY', 'JOR')).toBe('talks-held');
    const english =
      'France and Morocco held talks on cooperation but have not signed an agreement.';
    expect(statusOf(english, 'FRA', 'MAR')).toBe('talks-held');
  });

  it('keeps a denial out of the proposals and says it was denied', () => {
    const proposal = proposer.propose('نفت ليبيا إجراء محادثات أمنية مع تركيا.');
    expect(proposal.pairs).toEqual([]);
    expect(proposal.denied.map((d) => [...d.parties].sort())).toEqual([['LBY', 'TUR']]);
  });

  it('reads a signing to come through its auxiliary, and a request as an intention', () => {
    expect(statusOf('وأعلنت مصر والأردن أنه سيتم توقيع الاتفاقية قريبًا.', 'EGY', 'JOR')).toBe(
      'intent-expressed',
    );
    expect(
      statusOf('Nigeria asked the United States for training during a visit.', 'NGA', 'USA'),
    ).toBe('intent-expressed');
    expect(statusOf('أجرت القوات المصرية والأردنية تمرينًا مشتركًا.', 'EGY', 'JOR')).toBe(
      'talks-held',
    );
  });

  it('proposes talks a denial leaves standing, noting the denial', () => {
    const proposal = proposer.propose(
      'نفى السودان توقيع اتفاق أمني مع إثيوبيا. وقال إن المحادثات مع أديس أبابا مستمرة.',
    );
    const pair = pairOf(proposal, 'SDN', 'ETH');
    expect(pair?.status?.value).toBe('talks-held');
    expect(pair?.notes.map((n) => n.kind)).toContain('denied');
  });

  it('makes no partnership of two actors named in tension', () => {
    const proposal = proposer.propose(
      'وقعت مصر والسودان اتفاقية عسكرية. وتأتي الاتفاقية وسط توتر بين القاهرة وأديس أبابا.',
    );
    expect(pairOf(proposal, 'EGY', 'SDN')).toBeDefined();
    expect(pairOf(proposal, 'EGY', 'ETH')).toBeUndefined();
  });

  it('counts a name that is also a word (مالي, "financial") only in a list of actors', () => {
    const listed = proposer.propose('وقّع النيجر ومالي وبوركينا فاسو ميثاقاً للدفاع المشترك.');
    expect(listed.actors.map((a) => a.id)).toEqual(['NER', 'MLI', 'BFA']);
    expect(listed.pairs).toHaveLength(3);
    const word = proposer.propose('قدمت فرنسا دعمًا ماليًا للنيجر، في إطار التعاون المالي.');
    expect(word.actors.map((a) => a.id)).not.toContain('MLI');
  });

  it('reads tension before the names as about them, and after them as about something else', () => {
    const cancelled = proposer.propose(
      'أعلنت النيجر إلغاء اتفاقيات التعاون العسكري مع فرنسا، وطالبت بانسحاب قواتها.',
    );
    expect(pairOf(cancelled, 'NER', 'FRA')).toBeUndefined();
    const despite = proposer.propose(
      'Italy renewed a memorandum with Libya on its coast guard, despite criticism from rights groups.',
    );
    expect(pairOf(despite, 'ITA', 'LBY')).toBeDefined();
  });

  it('takes a state named as the place of the news for a place among three actors, a host beside one', () => {
    const among = proposer.propose(
      'The African Union and the European Union discussed peace operations in Somalia.',
    );
    expect(among.pairs.map((p) => [...p.parties].sort())).toEqual([['african-union', 'eu']]);
    const host = proposer.propose('وزير الخارجية الإيطالي بحث في الجزائر التعاون الأمني.');
    expect(pairOf(host, 'ITA', 'DZA')).toBeDefined();
  });
});

describe('commentary and background', () => {
  it('flags the writer’s view, tips, warnings and "did you know" boxes, never as evidence', () => {
    const text = [
      'وقعت مصر والأردن اتفاقية للتعاون في مكافحة الإرهاب.',
      'ويرى الكاتب أن: هذا التعاون بين مصر والأردن يعزز مكافحة الإرهاب.',
      'نصيحة ذهبية: تابع التعاون بين مصر والأردن في الأمن السيبراني.',
      'هل تعلم؟ تعاونت مصر والأردن في إزالة الألغام عام 1994.',
      'In my view, Egypt and Jordan should cooperate on demining.',
    ].join('\n');
    const proposal = proposer.propose(text);
    expect(proposal.sentences.map((s) => s.role)).toEqual([
      'report',
      'commentary',
      'commentary',
      'background',
      'background',
      'commentary',
    ]);
    const pair = pairOf(proposal, 'EGY', 'JOR');
    expect(pair?.domains.map((d) => d.domain)).toEqual(['counter-terrorism']);
  });
});

describe('people, dates and the article wrapper', () => {
  it('names people with their roles, and dates as the text states them', () => {
    const text =
      'التقى وزير الخارجية المصري بدر عبد العاطي، في 9 مارس 2024، نظيره. The talks on 4 March 2017 and recently in May 2023.';
    const proposal = proposer.propose(text);
    const quote = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    expect(proposal.people.map(quote)).toContain('وزير الخارجية المصري بدر عبد العاطي');
    expect(proposal.dates.map((d) => [quote(d), d.iso, d.relative])).toEqual([
      ['9 مارس 2024', '2024-03-09', false],
      ['4 March 2017', '2017-03-04', false],
      ['recently', null, true],
      ['May 2023', '2023-05', false],
    ]);
  });

  it('reads the <DOC> wrapper: the text as it is, the facts it states, nothing else', () => {
    const wrapped =
      '<DOC>\n<TITLE>عنوان الخبر</TITLE>\n<TIME>2024/3/9 10:00</TIME>\n<URL>https://example.org/a</URL>\n<SRC>صحيفة</SRC>\n<TEXT>\nوقعت مصر والأردن اتفاقية.\n</TEXT>\n</DOC>\n';
    const read = readArticle(wrapped, wrapped.length);
    expect(read).toEqual({
      ok: true,
      article: {
        format: 'doc',
        text: 'وقعت مصر والأردن اتفاقية.',
        facts: {
          headline: { value: 'عنوان الخبر', from: 'file' },
          published: { value: '2024-03-09', from: 'file' },
          url: { value: 'https://example.org/a', from: 'file' },
          publisher: { value: 'صحيفة', from: 'file' },
        },
      },
    });
    const plain = readArticle('نص بلا غلاف', 20);
    expect(plain.ok && plain.article.facts).toEqual({
      headline: null,
      published: null,
      url: null,
      publisher: null,
    });
  });

  it('refuses an empty text, a binary file and one over 5 MB', () => {
    expect(readArticle('  \n ', 4)).toEqual({ ok: false, problem: 'empty' });
    expect(readArticle('PK\u0003\u0004\u0000\u0000binary', 12)).toEqual({
      ok: false,
      problem: 'binary',
    });
    expect(readArticle('نص', 6 * 1024 * 1024)).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('offsets', () => {
  it('every span is the stored text itself, trimmed, for any mix of sentences and spacing', () => {
    const pieces = readFileSync(
      new URL('../../data/sources/000_37cbfe5228b1c951.txt', import.meta.url),
      'utf8',
    )
      .split('\n')
      .filter((line) => line.trim() !== '');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(' ', '\n', '\n\n', '\t', '  \n'), { minLength: 6, maxLength: 6 }),
        (chosen, gaps) => {
          const text = chosen.map((piece, i) => `${gaps[i] ?? ''}${piece}`).join('');
          const proposal = proposer.propose(text);
          for (const sentence of proposal.sentences) {
            const quoted = text.slice(sentence.start, sentence.end);
            expect(quoted.trim()).toBe(quoted);
            expect(quoted.length).toBeGreaterThan(0);
          }
          for (const mention of proposal.mentions) {
            expect(text.slice(mention.start, mention.end)).not.toMatch(/^\s|\s$/);
          }
          const cut = cutText(text);
          for (const word of cut.words)
            expect(text.slice(word.start, word.end)).toMatch(/^[\p{L}\p{N}]/u);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the evaluation over our fixtures', () => {
  it('keeps pairs, domains and status at or above the targets on the articles it was built on', () => {
    const figures = evaluate(loadCases());
    expect(figures.pairs.recall).toBeGreaterThanOrEqual(0.9);
    expect(figures.pairs.precision).toBeGreaterThanOrEqual(0.8);
    expect(figures.domains.recall).toBeGreaterThanOrEqual(0.8);
    expect(figures.status.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(figures.commentaryAsEvidence).toBe(0);
  });
});
