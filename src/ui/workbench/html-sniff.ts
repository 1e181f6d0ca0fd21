/** Whether a file looks like an HTML page (its reader, with Readability, loads only then). */
export function isHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}
