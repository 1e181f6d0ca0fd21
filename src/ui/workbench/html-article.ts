/**
 * An HTML page saved from a browser, read as an article: its text taken by Mozilla's Readability
 * (the reader view's own library), paragraph by paragraph, and the facts the page states in its
 * markup: the headline (`og:title`, else `<title>`), the publication date (`article:published_time`,
 * else the first `<time datetime>`), the publisher (`og:site_name`) and the address (`og:url`, else
 * the canonical link). The page is parsed with `DOMParser`, which never runs its scripts.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleFacts, Stated } from '../../core/ingest/article';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

/** The text of a document's blocks, one per line, in order (nested blocks once). */
function blockText(root: ParentNode): string {
  const lines: string[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    if (block.parentElement?.closest(BLOCKS)) continue;
    const line = block.textContent.replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
  }
  return lines.join('\n');
}

export function readHtmlArticle(html: string): { text: string; facts: ArticleFacts } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const meta = (name: string): Stated | null => {
    const value = doc
      .querySelector(`meta[property="${name}"], meta[name="${name}"]`)
      ?.getAttribute('content')
      ?.trim();
    return value ? { value, from: 'file' } : null;
  };
  const stated = (value: string | null | undefined): Stated | null => {
    const trimmed = value?.trim();
    return trimmed ? { value: trimmed, from: 'file' } : null;
  };
  const published =
    meta('article:published_time') ??
    stated(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  const facts: ArticleFacts = {
    headline: meta('og:title') ?? stated(doc.querySelector('title')?.textContent),
    published:
      published && /^\d{4}-\d{2}-\d{2}/.test(published.value)
        ? { value: published.value.slice(0, 10), from: 'file' }
        : null,
    publisher: meta('og:site_name'),
    url: meta('og:url') ?? stated(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')),
  };
  // Readability changes the document it reads: it gets a copy.
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  let text = '';
  if (parsed?.content) {
    text = blockText(new DOMParser().parseFromString(parsed.content, 'text/html').body);
  }
  if (text === '') text = blockText(doc.body);
  return { text, facts };
}
