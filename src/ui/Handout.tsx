// Presenting's words live in their own table, which the atlas's entry does not carry.
import '../core/present-messages';
import { useEffect } from 'react';
import { useT } from './i18n';
import { PassageFigure } from './PassageFigure';
import type { HandoutPage } from './briefing-actions';

/**
 * The printed handout: one scene per page, its image, title, featured passage, sources and notes.
 * Hidden on screen; the print stylesheet shows it alone. It opens the print dialog once its images
 * are decoded, and gives their memory back when replaced.
 */
export function Handout({ pages }: { pages: HandoutPage[] }) {
  const { t } = useT();
  useEffect(() => {
    let cancelled = false;
    const images = pages.map((page) => {
      const image = new Image();
      image.src = page.image;
      return image.decode().catch(() => undefined);
    });
    void Promise.all(images).then(() => {
      if (!cancelled) window.print();
    });
    return () => {
      cancelled = true;
      for (const page of pages) URL.revokeObjectURL(page.image);
    };
  }, [pages]);

  return (
    <div className="handout" data-testid="handout">
      {pages.map((page, i) => (
        <article key={page.id} className="handout-page">
          <p className="handout-position">
            {t('print.page', { position: i + 1, count: pages.length })}
          </p>
          <h2 dir="auto">{page.title}</h2>
          <img src={page.image} alt={page.title} />
          {page.excerpt && <PassageFigure passage={page.excerpt} />}
          {page.sources.map((line) => (
            <p key={line} className="caption-source">
              {line}
            </p>
          ))}
          <h3>{t('presenter.notes')}</h3>
          <p className="handout-notes" dir="auto">
            {page.notes || t('deck.notesEmpty')}
          </p>
        </article>
      ))}
    </div>
  );
}
