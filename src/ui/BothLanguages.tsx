import { useT } from './i18n';

/**
 * A text the dataset gives in both languages: the interface's language first, the other beside it
 * in parentheses, isolated in its own direction ("Algeria (الجزائر)", "الجزائر (Algeria)"). A text
 * that is the same in both (an imported name given once) is shown once.
 */
export function BothLanguages({
  text,
  strong = false,
}: {
  text: { en: string; ar: string };
  strong?: boolean;
}) {
  const { language } = useT();
  const other = language === 'ar' ? 'en' : 'ar';
  const first = text[language];
  if (text[other].trim() === first.trim()) return strong ? <strong>{first}</strong> : <>{first}</>;
  return (
    <>
      {strong ? <strong>{first}</strong> : first} (
      <bdi lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
        {text[other]}
      </bdi>
      )
    </>
  );
}
