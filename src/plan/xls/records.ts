// The records of an Excel 97-2003 (BIFF8) workbook stream: a 2-byte type, a 2-byte length, the data.
// A record longer than 8,224 bytes goes on in CONTINUE records; the shared strings (SST) and a
// formula's string result (STRING) are read across them by `Continued`, which knows where each
// piece begins: a string's characters broken there restart with a new option byte (compressed
// or UTF-16), as the format says. Every read is checked against the bytes there are.
import { refuse } from "../budget.ts";

export const RECORD = {
  BOF: 0x0809,
  EOF: 0x000a,
  CONTINUE: 0x003c,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  SST: 0x00fc,
  BOUNDSHEET: 0x0085,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BLANK: 0x0201,
  MULBLANK: 0x00be,
  FORMULA: 0x0006,
  STRING: 0x0207,
  BOOLERR: 0x0205,
  MERGECELLS: 0x00e5,
  ROW: 0x0208,
  COLINFO: 0x007d,
} as const;

export interface XlsRecord {
  type: number;
  /** Where the record starts in the stream. */
  at: number;
  data: Buffer;
}

export const bad = (detail: string): never => refuse("unreadable-xls", detail);

/** The records from `from` up to `to` (or the stream's end), each one once. */
export function* records(stream: Buffer, from = 0, to = stream.length): Generator<XlsRecord> {
  for (let at = from; at + 4 <= to;) {
    const type = stream.readUInt16LE(at);
    const length = stream.readUInt16LE(at + 2);
    if (at + 4 + length > stream.length) bad("a record past the end");
    yield { type, at, data: stream.subarray(at + 4, at + 4 + length) };
    at += 4 + length;
  }
}

/** A record's data and its CONTINUE records' data, read as one with the pieces' edges known. */
export class Continued {
  private piece = 0;
  private at = 0;

  constructor(private readonly pieces: Buffer[]) {}

  get done(): boolean {
    this.skipEmpty();
    return this.piece >= this.pieces.length;
  }

  private skipEmpty(): void {
    while (this.piece < this.pieces.length && this.at >= this.pieces[this.piece]!.length) {
      this.piece++;
      this.at = 0;
    }
  }

  /** `n` bytes, across pieces if need be (fields other than characters run on plainly). */
  bytes(n: number): Buffer {
    const out: Buffer[] = [];
    let left = n;
    while (left > 0) {
      this.skipEmpty();
      const piece = this.pieces[this.piece] ?? bad("a string past its record");
      const take = Math.min(left, piece.length - this.at);
      out.push(piece.subarray(this.at, this.at + take));
      this.at += take;
      left -= take;
    }
    return out.length === 1 ? out[0]! : Buffer.concat(out);
  }

  skip(n: number): void {
    let left = n;
    while (left > 0) {
      this.skipEmpty();
      const piece = this.pieces[this.piece] ?? bad("a string past its record");
      const take = Math.min(left, piece.length - this.at);
      this.at += take;
      left -= take;
    }
  }

  /** `count` characters, one or two bytes each; a new piece starts with its own option byte. */
  characters(count: number, wide: boolean): string {
    let text = "";
    let left = count;
    let twoBytes = wide;
    while (left > 0) {
      if (this.piece < this.pieces.length && this.at >= this.pieces[this.piece]!.length) {
        this.skipEmpty();
        twoBytes = (this.bytes(1)[0]! & 1) === 1;
      }
      const piece = this.pieces[this.piece] ?? bad("a string past its record");
      const size = twoBytes ? 2 : 1;
      const take = Math.min(left, Math.floor((piece.length - this.at) / size));
      if (take === 0) bad("a character split between records");
      const chunk = piece.subarray(this.at, this.at + take * size);
      text += twoBytes ? chunk.toString("utf16le") : chunk.toString("latin1");
      this.at += take * size;
      left -= take;
    }
    return text;
  }
}
