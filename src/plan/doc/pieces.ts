// The document's characters ([MS-DOC] 2.4.1): the piece table (Clx → PlcPcd) says where each run
// of character positions (CP) lies in the WordDocument stream and how it is stored, one byte a
// character (cp1252, "compressed") or UTF-16. Every piece is checked against the stream and the
// text is held to the plan's limits before anything is decoded.
import type { PlanLimits } from "../../domain/limits.ts";
import { refuse } from "../budget.ts";

export interface DocText {
  /** Characters by CP, from 0 to the end of the last part read. */
  text: string;
  /** Each character's offset in the WordDocument stream: properties (FKPs) are keyed by it. */
  fc: Int32Array;
}

const COMPRESSED = 0x40000000;
const cp1252 = new TextDecoder("windows-1252");

/** The piece table's CPs and descriptors, past the Clx's property lists (Prc) that precede it. */
function pieceTable(clx: Buffer): Buffer {
  let at = 0;
  while (at < clx.length && clx[at] === 1) {
    if (at + 3 > clx.length) break;
    at += 3 + clx.readInt16LE(at + 1);
  }
  if (at + 5 > clx.length || clx[at] !== 2) refuse("unreadable-doc", "no piece table");
  const lcb = clx.readUInt32LE(at + 1);
  if (at + 5 + lcb > clx.length) refuse("unreadable-doc", "piece table past the end");
  return clx.subarray(at + 5, at + 5 + lcb);
}

/** The text of CPs 0 to `length`, as the pieces give it. */
export function readPieces(word: Buffer, clx: Buffer, length: number, limits: PlanLimits): DocText {
  if (length > limits.maxTextChars) refuse("plan-too-complex", "text length");
  const plc = pieceTable(clx);
  const count = Math.floor((plc.length - 4) / 12);
  if (count < 1) refuse("unreadable-doc", "empty piece table");
  // Each piece is a run of text typed or pasted in one go; a plan has some thousands at most.
  if (count > limits.maxBlocks) refuse("plan-too-complex", "pieces");
  const parts: string[] = [];
  const fc = new Int32Array(length);
  let filled = 0;
  for (let i = 0; i < count && filled < length; i++) {
    const start = plc.readInt32LE(i * 4);
    const end = plc.readInt32LE(i * 4 + 4);
    if (start !== filled || end < start) refuse("unreadable-doc", "piece table out of order");
    const size = Math.min(end, length) - start;
    const descriptor = (count + 1) * 4 + i * 8;
    const raw = plc.readUInt32LE(descriptor + 2);
    const compressed = (raw & COMPRESSED) !== 0;
    const offset = compressed ? (raw & 0x3fffffff) / 2 : raw & 0x3fffffff;
    const bytes = compressed ? size : size * 2;
    if (!Number.isInteger(offset) || offset + bytes > word.length) refuse("unreadable-doc", "piece past the end");
    const data = word.subarray(offset, offset + bytes);
    parts.push(compressed ? cp1252.decode(data) : data.toString("utf16le"));
    for (let k = 0; k < size; k++) fc[start + k] = offset + (compressed ? k : k * 2);
    filled += size;
  }
  if (filled < length) refuse("unreadable-doc", "text shorter than its parts");
  return { text: parts.join(""), fc };
}
