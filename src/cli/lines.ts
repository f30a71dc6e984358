// Offsets → 1-based line and column. A line ends at LF, CRLF or a lone CR, as in
// VS Code and the SARIF spec, so a CRLF file reports the same line:col as its LF
// twin. Columns count UTF-16 code units (SARIF's default columnKind, and what
// VS Code's `file:line:col` links expect). A leading BOM is in the text (offsets
// must match the file) but no editor shows it, so it takes no column on line 1.
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offset where each line starts; starts[0] is 0. */
  private readonly starts: number[] = [0];
  private readonly bom: boolean;

  constructor(text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): Position {
    // The last line starting at or before `offset`.
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = offset - this.starts[lo] + 1;
    return { line: lo + 1, column: lo === 0 && this.bom ? Math.max(1, column - 1) : column };
  }
}
