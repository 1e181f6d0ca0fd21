/** What a standalone page is, under its title: read-only, and when it was saved. */
import { formatDate } from '../../core/messages';
import { useT } from '../i18n';

export function StandaloneNote({ saved }: { saved: string }) {
  const { t, language } = useT();
  return (
    <p className="standalone-note">
      {t('standalone.note', { date: formatDate(saved.slice(0, 10), language) })}
    </p>
  );
}
