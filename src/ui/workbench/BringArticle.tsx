import { useId, useState } from 'react';
import type { ArticleFacts } from '../../core/ingest/article';
import { LIMITS } from '../../core/limits';
import { useT } from '../i18n';
import { isHtml } from './html-sniff';

/** The article's text: pasted, or a text file chosen (read as bytes: the worker decodes them). */
export function BringArticle({
  busy,
  onPropose,
  onTooLarge,
}: {
  busy: boolean;
  /** A file over the workbench's limit was chosen. */
  onTooLarge: () => void;
  onPropose: (
    name: string,
    bytes: Uint8Array | null,
    pasted: string | null,
    stated?: ArticleFacts,
  ) => Promise<void>;
}) {
  const { t } = useT();
  const textId = useId();
  const fileId = useId();
  const [text, setText] = useState('');
  return (
    <form
      className="workbench-bring"
      onSubmit={(event) => {
        event.preventDefault();
        void onPropose('pasted-article.txt', null, text);
      }}
    >
      <label htmlFor={textId}>{t('workbench.paste')}</label>
      <textarea
        id={textId}
        dir="auto"
        rows={10}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <label htmlFor={fileId}>{t('workbench.choose')}</label>
      <input
        id={fileId}
        type="file"
        accept=".txt,.html,.htm,text/plain,text/html"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          // Refused before it is read: the worker would refuse it too, after the tab held it.
          if (file.size > LIMITS.articleBytes) {
            onTooLarge();
            return;
          }
          void file.arrayBuffer().then(async (buffer) => {
            const bytes = new Uint8Array(buffer);
            const head = new TextDecoder().decode(bytes.subarray(0, 512));
            if (!isHtml(file.name, head)) return onPropose(file.name, bytes, null);
            // A page saved from a browser: its text and the facts its markup states, read here
            // (the worker has no DOM); its scripts never run.
            const { readHtmlArticle } = await import('./html-article');
            const page = readHtmlArticle(new TextDecoder().decode(bytes));
            return onPropose(file.name, null, page.text, page.facts);
          });
        }}
      />
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('workbench.reading') : t('workbench.propose')}
        </button>
      </div>
    </form>
  );
}
