/**
 * The Arabic messages of sharing (see `messages-share.ts`): the same keys, checked by the compiler
 * and the messages test.
 */
import type { ArabicShareMessages } from './messages';

export const arShare: ArabicShareMessages = {
  'atlasFile.not-zip': 'تعذّر فتح «{file}» ملفَّ أطلس: {why}. لم يتغير شيء.',
  'atlasFile.not-ours': '«{file}» ليس ملف أطلس من ملفاتنا: {why}. لم يتغير شيء.',
  'atlasFile.damaged': '«{file}» تالف: {why}. لم يتغير شيء.',
  'atlasFile.newer':
    'حُفظ «{file}» بإصدار أحدث من أطلس الشراكات (إصدار ملف الأطلس {version}؛ هذا الإصدار يقرأ حتى الإصدار {supported}). لم يتغير شيء.',
  'atlasFile.invalid': 'مجموعة البيانات في «{file}» لا تجتاز الفحص؛ لم يتغير شيء. المشكلات:',
  'atlasFile.opening': 'جارٍ فتح ملف الأطلس «{file}»…',
  'atlasFile.foreign':
    'يطلب العنوان فتح «{value}» وهو ليس على هذا الموقع: لا يجلب الأطلس شيئًا من خارجه. لم يُفتح شيء.',
  'atlasFile.fetchFailed': 'تعذّر جلب «{value}» ({reason}). لم يتغير شيء.',
  'share.title': 'مشاركة هذا الأطلس',
  'share.atlasFile': 'احفظه ملفَّ أطلس',
  'share.atlasFileHelp':
    'ملف واحد فيه مجموعة البيانات ونصوص مصادرها (فتبقى مقتطفاتها مفحوصة)، وعرض الإحاطة، وهذا المشهد. يفتحه الزميل بإفلاته على الأطلس، أو باختياره في مجموعات البيانات، أو بـ ?open= وعنوانه على الموقع نفسه.',
  'share.saving': 'جارٍ كتابة ملف الأطلس…',
  'share.saved': 'حُفظ {file} ({size} ك.ب).',
  'share.failed': 'تعذّرت كتابة ملف الأطلس ({reason}).',
  'share.embed': 'تضمين في صفحة',
  'share.embedHelp':
    'الصق هذا في صفحة ويب: خريطة هذا المشهد مع تعليق ورابط لفتحه في الأطلس. تعرض مجموعة البيانات التي يقدمها هذا الموقع؛ أما مجموعة مستوردة فتُشارَك ملفَّ أطلس.',
  'share.embedCode': 'الشيفرة للصق',
  'share.close': 'إغلاق',
  'atlasFile.invalidNotice':
    'مجموعة البيانات في «{file}» لا تجتاز الفحص: اختر الملف في مجموعات البيانات لترى مشكلاته. لم يتغير شيء.',
  'offline.updateReady': 'نسخة جديدة من الأطلس جاهزة.',
  'offline.updateNow': 'حدّث الآن',
  'offline.updateLater': 'لاحقًا',
  'share.standalone': 'تنزيل صفحة مستقلة',
  'share.standaloneHelp':
    'ملف .html واحد يُفتح من القرص بلا خادم ولا شبكة: مجموعة البيانات هذه مع نصوص مصادرها، وعرض الإحاطة، وهذا المشهد، للقراءة فقط. تحمل خريطتها الخريطة الأساسية بدرجات التكبير التي يستعملها هذا المشهد والعرض.',
  'share.standaloneSaving': 'جارٍ كتابة الصفحة المستقلة…',
  'share.standaloneSaved': 'حُفظت {file} ({size} م.ب).',
  'share.standaloneFailed': 'تعذّرت كتابة الصفحة المستقلة ({reason}).',
  'standalone.note': 'صفحة مستقلة للقراءة فقط · حُفظت في {date}',
  'standalone.broken': 'لا يمكن عرض هذه الصفحة المستقلة: {why}.',
  'dataExport.passagesCsv': 'CSV: كل مقطع مستشهد به، مع ترجمتنا ومصدره',
  'dataExport.actors': 'الفاعلون (ملف CSV للفاعلين وGeoJSON)',
  'dataExport.allActors': 'وكذلك أعضاء المنظمات الأطراف وشركاء أطرها',
  'dataExport.actorsHelp':
    'لا تُدرج افتراضيًا إلا الأطراف. يذكر عمود role دور كل فاعل: party (طرف) أو member (عضو) أو partner (شريك).',
  'dataExport.repository': 'للمستودع: atlas.json ونصوص المصادر (‎.zip)',
};
