// Copies of text cut from a document that do not keep the document alive. V8 keeps a
// slice of 13 characters or more as a view into the string it was cut from; the
// editor's analyzer keeps unchanged paragraphs' results and objects across
// keystrokes, so each of their texts, sliced from the version of the document it was
// first seen in, would keep that whole version (1 MB, 2 MB in UTF-16) alive: a
// hundred keystrokes left a hundred versions behind, and collecting them cost the
// keystrokes that met the collector tens of milliseconds.

/** `s` as a string of its own. Joining it to a character and cutting that off again
 *  makes V8 flatten the join into a new string; the result is a view into that. */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
