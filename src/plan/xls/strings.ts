// BIFF8's strings: a count, an option byte (bit 0: UTF-16, else one byte a character; bit 3:
// formatting runs follow; bit 2: East Asian phonetic data follows), the characters, then the
// runs and phonetic data, which are skipped. The shared string table (SST) is read until its
// bytes end, whatever count it claims, every string counted by the budget.
import type { Budget } from "../budget.ts";
import { Continued } from "./records.ts";

/** One string whose character count is `countBytes` (1 or 2) bytes long. */
export function unicodeString(reader: Continued, countBytes: 1 | 2): string {
  const head = reader.bytes(countBytes + 1);
  const count = countBytes === 1 ? head[0]! : head.readUInt16LE(0);
  const options = head[countBytes]!;
  const runs = options & 0x08 ? reader.bytes(2).readUInt16LE(0) : 0;
  const phonetic = options & 0x04 ? reader.bytes(4).readUInt32LE(0) : 0;
  const text = reader.characters(count, (options & 1) === 1);
  reader.skip(runs * 4);
  reader.skip(phonetic);
  return text;
}

/** The shared strings: the SST record's data after its two counts, and its CONTINUE records' data. */
export function sharedStrings(pieces: Buffer[], budget: Budget): string[] {
  const reader = new Continued(pieces);
  reader.skip(8);
  const strings: string[] = [];
  while (!reader.done) {
    const text = unicodeString(reader, 2);
    // Counted into the plan's characters, an empty string as one: a table of millions of tiny strings is refused.
    budget.text(Math.max(1, text.length), text.length);
    strings.push(text);
  }
  return strings;
}
