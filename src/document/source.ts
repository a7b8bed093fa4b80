import type { Evidence } from '../model/types.js';

/** A decoded file and the index that turns offsets into the line:column an editor shows. */
export class SourceText {
  readonly text: string;
  /** Offset at which each line starts; CRLF, LF and a lone CR each end a line. */
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** 1-based line and column (UTF-16 code units) of an offset. */
  pointAt(offset: number): { line: number; column: number } {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** Offset of a 1-based line and column. */
  offsetAt(line: number, column: number): number {
    const start = this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
    return start + column - 1;
  }

  /** The original span [start, end) as evidence; its text is the file's own text with white space folded. */
  evidence(start: number, end: number): Evidence {
    const from = this.pointAt(start);
    const to = this.pointAt(end);
    return {
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      text: foldWhitespace(this.text.slice(start, end)),
    };
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** Folds every run of white space (line ends included) to one space and trims. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
