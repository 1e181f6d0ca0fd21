// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../src/ui/workbench/html-article';
import { isHtml } from '../../src/ui/workbench/html-sniff';

const PAGE = `<!doctype html>
<html lang="ar"><head>
<title>عنوان الصفحة | الموقع</title>
<meta property="og:title" content="المغرب وفرنسا يوقعان مذكرة تفاهم">
<meta property="og:site_name" content="صحيفة المثال">
<meta property="og:url" content="https://example.org/news/1">
<meta property="article:published_time" content="2024-03-09T10:00:00+01:00">
<script>window.ran = true; document.title = 'changed';</script>
</head><body>
<nav><a href="/">الرئيسية</a></nav>
<article>
<h1>المغرب وفرنسا يوقعان مذكرة تفاهم</h1>
<p>وقّع وزير الداخلية المغربي ونظيره الفرنسي مذكرة تفاهم لتعزيز التعاون في مجال الأمن البحري ومكافحة الهجرة غير النظامية، وهي خطوة جديدة في العلاقات بين البلدين.</p>
<p>وتنص المذكرة على تبادل المعلومات بين أجهزة خفر السواحل في البلدين وتنظيم تمارين مشتركة في البحر المتوسط خلال العام المقبل.</p>
<p>وقال الوزير الفرنسي إن باريس تعتبر المغرب شريكاً أساسياً في مراقبة الحدود ومكافحة شبكات التهريب في المنطقة.</p>
</article>
<footer>جميع الحقوق محفوظة</footer>
</body></html>`;

describe('an HTML page read as an article', () => {
  it('takes the text paragraph by paragraph and only the facts the markup states; nothing runs', () => {
    const { text, facts } = readHtmlArticle(PAGE);
    expect(text.split('\n')).toContain(
      'وتنص المذكرة على تبادل المعلومات بين أجهزة خفر السواحل في البلدين وتنظيم تمارين مشتركة في البحر المتوسط خلال العام المقبل.',
    );
    expect(text).not.toContain('window.ran');
    expect(text).not.toContain('جميع الحقوق محفوظة');
    expect(facts).toEqual({
      headline: { value: 'المغرب وفرنسا يوقعان مذكرة تفاهم', from: 'file' },
      published: { value: '2024-03-09', from: 'file' },
      publisher: { value: 'صحيفة المثال', from: 'file' },
      url: { value: 'https://example.org/news/1', from: 'file' },
    });
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });

  it('leaves unknown what the page does not state', () => {
    const { facts } = readHtmlArticle('<html><body><p>نص فقط.</p></body></html>');
    expect(facts).toEqual({ headline: null, published: null, publisher: null, url: null });
    expect(isHtml('page.htm', '')).toBe(true);
    expect(isHtml('a.txt', '<!DOCTYPE html><html>')).toBe(true);
    expect(isHtml('a.txt', 'نص')).toBe(false);
  });
});
