/**
 * The Arabic messages of the time bar (see `messages-time.ts`): the same keys, checked by the
 * compiler and the messages test.
 */
import type { ArabicTimeMessages } from './messages';

export const arTime: ArabicTimeMessages = {
  'time.animation': 'تصدير الحركة (WebM)',
  'time.animationSpeed': 'سرعة الحركة',
  'time.animationHelp':
    'مقطع فيديو لشريط الزمن من السنة الأولى إلى الأخيرة، مع مفتاح الخريطة والسنوات والمصادر',
  'time.animating': 'تسجيل الخطوة {position} من {count}…',
  'time.animationDone': 'حُفظ {file} ({size} ميغابايت، الخطوات: {steps})',
  'time.animationCancel': 'أوقف التسجيل',
  'time.animationUnsupported':
    'لا يستطيع هذا المتصفح تسجيل الفيديو: استعمل إصدارًا حديثًا من Chromium أو Edge أو Firefox',
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
  'time.statusDate': 'تاريخ الحالة',
  'time.datePlaceholder': 'مثل 2024-03',
  'time.dateStated': 'يذكر النص «{words}»: {date}.',
  'time.dateCounted': '«{words}»، محسوبًا من تاريخ المقال ({from}): {date}.',
  'time.date.no-article-date': '«{words}»: أدخل تاريخ المقال أعلاه ليُحسب منه.',
  'time.date.vague': '«{words}» لا يحدد تاريخًا.',
  'time.date.too-wide': '«{words}» قد يقع في أيٍّ من عامين: اكتب التاريخ إن ذكره المقال.',
  'time.dateNone': 'لا تذكر الجملة تاريخًا.',
  'time.useDate': 'استخدم {date}',
  'time.events': 'أحداث أخرى يذكرها المقال',
  'time.eventsHint':
    'حدّد حدثًا لإضافته إلى تاريخ الشراكة، وجملته شاهدًا عليه. تبقى الحالة آخر الأحداث.',
  'time.keepEvent': 'أبقِ: {kind}',
  'time.eventDate': 'تاريخ هذا الحدث',
  'time.eventNumber': 'الحدث {n}',
  'time.eventUndated': 'بلا تاريخ',
  'time.badDate':
    '{pair}: «{value}» ({where}) ليس تاريخًا. اكتب سنة أو شهرًا أو يومًا (2024 أو 2024-03 أو 2024-03-09)، أو اتركه فارغًا.',
  'time.statusNotLatest':
    '{pair}: يجب أن تكون الحالة آخر الأحداث، لكن الحدث المُبقى «{kind}» ({date}) قد يأتي بعدها. أعطِ الحالة تاريخًا لاحقًا أو غيّر الحالة.',
};
