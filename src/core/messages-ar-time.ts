/**
 * The Arabic messages of the time bar (see `messages-time.ts`): the same keys, checked by the
 * compiler and the messages test.
 */
import type { ArabicTimeMessages } from './messages';

export const arTime: ArabicTimeMessages = {
  'time.history': 'تاريخ هذه العلاقة',
  'time.historyUndated': 'لا تذكر المصادر تاريخها',
  'time.historyOther': 'في شراكة أخرى بينهما',
  'time.label': 'الشراكات السارية عبر الزمن',
  'time.unit.year': 'السارية في كل سنة',
  'time.unit.month': 'السارية في كل شهر',
  'time.play': 'تشغيل',
  'time.pause': 'إيقاف مؤقت',
  'time.speed': 'السرعة',
  'time.window': 'النافذة الزمنية',
  'time.windowValue': 'من {from} إلى {to}',
  'time.windowAll': 'كل التواريخ',
  'time.showAll': 'كل التواريخ',
  'time.undated': 'غير المؤرخة ({count})',
  'time.undatedHelp': 'شراكات لا تذكر مصادرها تاريخًا: تظهر مع أي نافذة ما دام هذا الخيار محددًا',
  'time.bin': '{bin}: {count} سارية أو مؤرخة',
  'time.help':
    'اسحب عبر الأعمدة لاختيار نافذة، أو اسحب طرفيها لتوسيعها. تنقلها مفاتيح الأسهم، ومع Shift توسّعها أو تضيّقها، ومفتاح المسافة يشغّل ويوقف.',
};
