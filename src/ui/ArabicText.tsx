/**
 * Arabic inside English text, isolated so that its right-to-left run cannot pull the surrounding
 * punctuation (parentheses, colons) to the wrong side.
 */
export function ArabicText({ text }: { text: string }) {
  return (
    <bdi lang="ar" dir="rtl">
      {text}
    </bdi>
  );
}
