import { useId, useState } from 'react';
import { useT } from '../i18n';

/** The article's text: pasted, or a text file chosen (read as bytes: the worker decodes them). */
export function BringArticle({
  busy,
  onPropose,
}: {
  busy: boolean;
  onPropose: (name: string, bytes: Uint8Array | null, pasted: string | null) => Promise<void>;
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
        accept=".txt,text/plain"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          void file
            .arrayBuffer()
            .then((buffer) => onPropose(file.name, new Uint8Array(buffer), null));
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
