import { translator, type Language } from '../core/messages';

/** The page's language, direction and title follow the interface language. */
export function showDocumentLanguage(language: Language, title: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  const { t } = translator(language);
  document.title = title === t('app.name') ? title : `${title} · ${t('app.name')}`;
}
