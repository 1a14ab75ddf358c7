// A time corrected where it stands: a copy of an amended table or paragraph writes the old deadline (struck through
// in the original) and the new one in brackets after it: "Tháng 9/2026 (đã điều chỉnh: Tháng 11/2026)", "trước ngày
// 10/6/2026 (điều chỉnh thành ngày 20/6/2026)", "Quý III/2024 (đã sửa: Quý IV/2024)". The old time is no deadline:
// the bracket's takes its place, from the old time's first word that the new one opens with ("ngày 10/6" → "ngày
// 20/6", keeping the "trước" before it), else the date just before the bracket. The bracket says what the time
// became (":" or "thành"): "Nghị định 15/2020 (đã sửa đổi năm 2024)" tells a law's history, no correction.
import type { Block } from "./document.ts";
import { MOVE } from "../domain/time-moves.ts";

// The bracket's words saying the time changed are those a note or a column's label says it with (`MOVE`).
const CORRECTION = new RegExp(
  String.raw`\(\s*(?:đã\s+|được\s+)?${MOVE}(?:\s*:|\s+(?:lại\s+)?thành\s)(?:\s*(?=[^\s()])|\s*(?=\s\)))([^\s()](?:[^()]{0,58}?[^\s()])??|\s)\s*\)`,
  "giu",
);
// A time's words: a date's digits, or a period named in words.
const TIME = /\d|(?<!\p{L})(?:quý|tháng|năm|tuần)(?!\p{L})/iu;
const DATE_BEFORE = /\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*$|\d{1,2}\/\d{4}\s*$/u;
// How far back (characters) the old time may open.
const REACH = 40;

/** Where the old time the bracket corrects opens in `before`, or -1. */
function oldTimeStart(before: string, corrected: string): number {
  const first = corrected.split(/\s+/)[0]!.toLowerCase();
  const tail = before.slice(-REACH);
  const offset = before.length - tail.length;
  const words = [...tail.matchAll(/\S+/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (word[0].toLowerCase() !== first) continue;
    const old = tail.slice(word.index);
    if (TIME.test(old)) return offset + word.index;
  }
  const date = DATE_BEFORE.exec(before);
  return date ? date.index : -1;
}

/** `text` with each time a bracket corrects replaced by the bracket's time. */
export function withCorrectedTimes(text: string): string {
  if (!text.includes("(")) return text;
  let out = "";
  let from = 0;
  for (const m of text.matchAll(CORRECTION)) {
    const corrected = m[1]!;
    if (!TIME.test(corrected)) continue;
    const before = text.slice(from, m.index);
    const start = oldTimeStart(before, corrected);
    if (start < 0) continue;
    out += `${before.slice(0, start)}${corrected}`;
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}

/** The blocks with every corrected time read as corrected, in paragraphs and cells alike. */
export const withCorrectedTimesIn = (blocks: Block[]): Block[] =>
  blocks.map((b) =>
    b.type === "text" ? { ...b, text: withCorrectedTimes(b.text) } : { ...b, cells: b.cells.map(withCorrectedTimes) },
  );
