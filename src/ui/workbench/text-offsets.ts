/**
 * Where a point of the page's selection falls in the stored article: each sentence is drawn in an
 * element with `data-start` (its offset in the text) whose text is the sentence's characters, in
 * order, exactly; labels sit in `[data-label]` elements, which are not counted.
 */
export function offsetOf(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  if (!element || element.closest('[data-label]')) return null;
  const sentence = element.closest<HTMLElement>('[data-start]');
  if (!sentence) return null;
  const start = Number(sentence.dataset.start);
  if (!Number.isInteger(start)) return null;
  const range = document.createRange();
  range.setStart(sentence, 0);
  range.setEnd(node, offset);
  const before = range.cloneContents();
  for (const label of before.querySelectorAll('[data-label]')) label.remove();
  return start + before.textContent.length;
}
