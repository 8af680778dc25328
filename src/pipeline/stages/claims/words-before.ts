// Cheap tests of the words just before an offset, made before a pattern that must end there ("…(?:in|from)\s+$"):
// such a pattern, run on the stretch before a figure or a place, is tried at every offset of it, while most stretches
// lack the word it ends with.

/**
 * Where one of `words` (lower-case letters) ends just before whitespace that runs up to `end`: the offset the word
 * starts at, or -1. Letters are compared without case, as a pattern with the "i" flag and no "u" flag compares them.
 * A cheap test of what a pattern ending in "(?:word|…)\s+$" needs, made before running it over every offset.
 * (The word may go on to the left: "within" ends in "in". The pattern decides that.)
 */
export function wordBeforeSpace(text: string, end: number, words: readonly string[]): number {
  let k = end;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === end) return -1;
  // (An ASCII letter with the 32 bit set is its lower case; nothing else then equals a lower-case letter. Compared
  // from the last letter back, which rules most words out at once.)
  const last = text.charCodeAt(k - 1) | 32;
  next: for (let m = 0; m < words.length; m++) {
    const w = words[m]!;
    const start = k - w.length;
    if (start < 0 || w.charCodeAt(w.length - 1) !== last) continue;
    for (let i = w.length - 2; i >= 0; i--) if ((text.charCodeAt(start + i) | 32) !== w.charCodeAt(i)) continue next;
    return start;
  }
  return -1;
}

/** A character of "\w" to a pattern without the "u" flag. */
export function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

const SPACE = /\s/;
/** Whether a character is "\s" to a pattern. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && SPACE.test(String.fromCharCode(code)));
}
