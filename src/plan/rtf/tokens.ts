// An RTF file's tokens, read one at a time from its bytes: groups ("{", "}"), control words with their optional
// parameter ("\fs26", "\u-3913"), control symbols ("\~", "\{"), bytes written as hex ("\'e1") and runs of plain bytes.
// Every file is hostile: a control word's name and parameter are bounded (a longer one is no RTF), \binN's data is
// skipped and must lie in the file, and the tokens read are counted against a limit; a broken file is
// `unreadable-rtf` (budget.ts's refusal), raised the moment it is seen.
import { refuse } from "../budget.ts";

export type Token =
  | { kind: "open" }
  | { kind: "close" }
  | { kind: "word"; name: string; param: number | null }
  | { kind: "symbol"; char: string }
  | { kind: "byte"; byte: number }
  | { kind: "text"; bytes: Buffer };

/** The longest control word RTF defines is well under this; longer runs of letters are no RTF. */
const MAX_NAME = 32;
/** A parameter is a signed 32-bit number at most (ten digits). */
const MAX_DIGITS = 10;

const OPEN: Token = { kind: "open" };
const CLOSE: Token = { kind: "close" };

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const hexValue = (c: number) =>
  isDigit(c) ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;

export class RtfTokens {
  private at = 0;
  private count = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly maxTokens: number,
  ) {}

  /** The next token, or null at the end of the file. */
  next(): Token | null {
    const { bytes } = this;
    // Line ends between tokens are no text (RTF writers wrap their lines anywhere).
    while (this.at < bytes.length && (bytes[this.at] === 0x0d || bytes[this.at] === 0x0a)) this.at++;
    if (this.at >= bytes.length) return null;
    if (++this.count > this.maxTokens) refuse("unreadable-rtf", "too many tokens");
    const c = bytes[this.at]!;
    if (c === 0x7b) {
      this.at++;
      return OPEN;
    }
    if (c === 0x7d) {
      this.at++;
      return CLOSE;
    }
    if (c === 0x5c) return this.control();
    const start = this.at;
    while (this.at < bytes.length) {
      const b = bytes[this.at]!;
      if (b === 0x5c || b === 0x7b || b === 0x7d || b === 0x0d || b === 0x0a) break;
      this.at++;
    }
    return { kind: "text", bytes: bytes.subarray(start, this.at) };
  }

  private control(): Token {
    const { bytes } = this;
    this.at++;
    if (this.at >= bytes.length) refuse("unreadable-rtf", "a backslash at the end");
    const c = bytes[this.at]!;
    if (isLetter(c)) return this.word();
    this.at++;
    if (c === 0x27) {
      const high = hexValue(bytes[this.at] ?? 0);
      const low = hexValue(bytes[this.at + 1] ?? 0);
      if (high < 0 || low < 0) refuse("unreadable-rtf", "a hex byte that is no hex");
      this.at += 2;
      return { kind: "byte", byte: high * 16 + low };
    }
    // A backslash before a line end is a paragraph mark.
    if (c === 0x0d || c === 0x0a) return { kind: "word", name: "par", param: null };
    return { kind: "symbol", char: String.fromCharCode(c) };
  }

  private word(): Token {
    const { bytes } = this;
    const start = this.at;
    while (this.at < bytes.length && isLetter(bytes[this.at]!)) {
      if (this.at - start >= MAX_NAME) refuse("unreadable-rtf", "a control word too long");
      this.at++;
    }
    const name = bytes.toString("latin1", start, this.at);
    let param: number | null = null;
    const negative = bytes[this.at] === 0x2d && isDigit(bytes[this.at + 1] ?? 0);
    if (negative) this.at++;
    if (isDigit(bytes[this.at] ?? 0)) {
      const digits = this.at;
      while (this.at < bytes.length && isDigit(bytes[this.at]!)) {
        if (this.at - digits >= MAX_DIGITS) refuse("unreadable-rtf", "a parameter too long");
        this.at++;
      }
      const value = Number(bytes.toString("latin1", digits, this.at));
      param = Math.min(value, 2 ** 31 - 1) * (negative ? -1 : 1);
    }
    if (bytes[this.at] === 0x20) this.at++;
    if (name === "bin") this.skipBinary(param ?? 0);
    return { kind: "word", name, param };
  }

  /** \binN: N bytes of binary data follow, never text; they must lie within the file. */
  private skipBinary(length: number): void {
    if (length < 0 || length > this.bytes.length - this.at) refuse("unreadable-rtf", "\\bin past the end");
    this.at += length;
  }
}
