/**
 * The Arabic messages of the briefing (see `messages-present.ts`): the same keys, checked by the
 * compiler and the messages test.
 */
import type { ArabicPresentMessages } from './messages';

export const arPresent: ArabicPresentMessages = {
  'deck.notesEmpty': 'لا ملاحظات للمقدِّم.',
  'present.progress': '{position} / {count}',
  'present.exit': 'اخرج من العرض (Esc)',
  'present.previous': 'المشهد السابق',
  'present.next': 'المشهد التالي',
  'present.help': '→ أو المسافة: التالي · ←: السابق · Home / End · Esc: خروج',
  'present.label': 'العرض التقديمي',
  'present.windowed': 'ملء الشاشة غير متاح هنا؛ يملأ العرض النافذة.',
  'present.sourcesGeneral': 'المصادر: المقالات المذكورة في «عن هذه الخريطة».',
  'presenter.current': 'الآن',
  'presenter.next': 'التالي',
  'presenter.end': 'نهاية العرض.',
  'presenter.notes': 'ملاحظات المقدِّم',
  'presenter.waiting': 'في انتظار نافذة الأطلس. ابدأ العرض هناك؛ وهذه النافذة تتبعه.',
  'presenter.elapsed': 'المنقضي {time}',
  'deck.sceneLabel': 'المشهد {number}: {title}',
  'deck.sceneTitle': 'العنوان',
  'deck.sceneNotes': 'ملاحظات المقدِّم',
  'deck.sceneShow': 'أظهر',
  'deck.sceneUpdate': 'حدِّث من الخريطة',
  'deck.sceneDelete': 'احذف',
  'deck.reorderHelp': 'اسحب مشهدًا لنقله، أو ركِّز على مقبضه واضغط مفتاحي السهم لأعلى ولأسفل.',
  'deck.dragHandle': 'انقل المشهد {number}',
  'deck.sceneSummarySelected': 'يعرض {title}',
  'deck.sceneSummaryFocus': 'التركيز على {actor}',
  'deck.sceneSummaryOverview': 'نظرة عامة',
  'deck.sceneSummaryFilters': 'مع مرشِّحات',
  'export.heading': 'صدِّر صورة',
  'export.png': 'PNG ‏{scale}×',
  'export.pngLabel': 'صدِّر العرض الحالي صورة PNG بمقياس {scale}× ({width} × {height} بكسل)',
  'export.working': 'جارٍ تجهيز الصورة…',
  'export.done': 'حُفظت الصورة: {file}',
  'export.failed': 'تعذّر إنشاء الصورة: {reason}',
  'export.tooLarge':
    'لا يرسم هذا المتصفح أكثر من {max} بكسل عرضًا، دون الـ{width} المطلوبة؛ جرِّب مقياسًا أصغر',
  'print.handout': 'اطبع نشرة',
  'print.preparing': 'جارٍ تجهيز المشهد {position} من {count} للطباعة…',
  'print.page': 'المشهد {position} من {count}',
  'deck.readFailed': 'تعذّرت قراءة {file}: {reason}. لم تتغير الإحاطة.',
};
