// The File Information Block ([MS-DOC] 2.5) at the start of the WordDocument stream: which table
// stream holds the document's tables, how long each part of the text is, and where each table is
// (an offset and a size into the table stream, checked against it before use).
import { refuse } from "../budget.ts";

/** Indexes of the (offset, size) pairs used, in FibRgFcLcb97. */
export const TABLES = {
  stsh: 1,
  footnoteRefs: 2,
  footnoteTexts: 3,
  chpxBtes: 12,
  papxBtes: 13,
  fonts: 15,
  sections: 6,
  headers: 11,
  clx: 33,
  shapes: 40,
  endnoteRefs: 46,
  endnoteTexts: 47,
  lists: 73,
  listOverrides: 74,
  textBoxes: 56,
} as const;

export interface Fib {
  /** "1Table" or "0Table". */
  tableStream: string;
  encrypted: boolean;
  /** Characters of the main text, footnotes, headers, comments, endnotes, text boxes (in that order in the text). */
  ccp: { text: number; footnotes: number; headers: number; comments: number; endnotes: number; textBoxes: number };
  /** The bytes of a table in the table stream; empty when the file has none. */
  table(table: Buffer, index: number): Buffer;
  /** Where in the table stream a table ends (what some tables are followed by: a list's levels). */
  tableEnd(index: number): number;
}

const WORD_IDENT = 0xa5ec;

export function readFib(stream: Buffer): Fib {
  const bad = (detail: string): never => refuse("unreadable-doc", detail);
  if (stream.length < 34 || stream.readUInt16LE(0) !== WORD_IDENT) bad("no Word file information block");
  const flags = stream.readUInt16LE(10);
  const csw = stream.readUInt16LE(32);
  const lwAt = 34 + csw * 2 + 2;
  if (lwAt > stream.length) bad("file information block");
  const cslw = stream.readUInt16LE(lwAt - 2);
  const pairsAt = lwAt + cslw * 4 + 2;
  if (cslw < 22 || pairsAt > stream.length) bad("file information block");
  const pairs = stream.readUInt16LE(pairsAt - 2);
  const count = (k: number) => {
    const n = stream.readInt32LE(lwAt + k * 4);
    return n < 0 ? bad("negative length") : n;
  };
  const pair = (index: number): [number, number] => {
    const at = pairsAt + index * 8;
    if (index >= pairs || at + 8 > stream.length) return [0, 0];
    return [stream.readUInt32LE(at), stream.readUInt32LE(at + 4)];
  };
  return {
    tableStream: flags & 0x0200 ? "1Table" : "0Table",
    encrypted: (flags & 0x0100) !== 0,
    ccp: {
      text: count(3),
      footnotes: count(4),
      headers: count(5),
      comments: count(7),
      endnotes: count(8),
      textBoxes: count(9),
    },
    table(table, index) {
      const [fc, lcb] = pair(index);
      if (lcb === 0) return Buffer.alloc(0);
      if (fc + lcb > table.length) bad(`table ${index} past the end`);
      return table.subarray(fc, fc + lcb);
    },
    tableEnd(index) {
      const [fc, lcb] = pair(index);
      return fc + lcb;
    },
  };
}
