// A plan may cite its units by number codes: a legend above its table lists them once ("Đơn vị thực hiện: (1) Sở Nội
// vụ; (2) Văn phòng UBND tỉnh; … (17) UBND các huyện, thành phố."), and the table's "Chủ trì" / "Phối hợp" cells
// hold the codes ("(2)", "(13), (17)", "(10); các cơ quan liên quan"). A code stands for its legend's unit wherever a
// unit is named; codes written together are as many units. A legend is codes numbered from 1 in turn, each naming a
// body (its first words a body's: "Sở", "UBND", "Ban", "Các sở, ban, ngành"), never an enumeration of work ("(1)
// Rà soát …; (2) Xây dựng …").
import { BODY_HEAD, OTHER_BODY_HEAD, phraseWords } from "../domain/unit-tokens.ts";
import { type UnitResolver } from "../domain/resolve-units.ts";
import { spellingFirst } from "./spelling-first.ts";
import type { Block } from "./document.ts";

const ENTRY = /^\((\d{1,3})\)\s*(\S(?:.*?\S)??)\s*[.;]?$/u;
// Fewer entries than this are too few to tell a legend from a sentence citing one or two codes.
const FEWEST = 3;

/** Whether a legend's entry names a body or a group of them, by its first words. */
function namesBody(name: string): boolean {
  const words = phraseWords(name).join(" ");
  return BODY_HEAD.test(words) || OTHER_BODY_HEAD.test(words) || /^(cac|nhung) /.test(words) || /^bao /.test(words);
}

/**
 * A paragraph's entries, codes numbered on from `next` in turn: a legend's start ("(1)", after a label at most:
 * "Đơn vị thực hiện:", "Ghi chú:"), or its continuation on a paragraph of its own (a PDF's line opening "(10) …").
 */
function entriesOf(text: string, next: number): [string, string][] {
  const first = text.indexOf(`(${next})`);
  if (first < 0) return [];
  // Only a label may come before the list, never a sentence; nothing before a continuation.
  const label = text.slice(0, first).trim();
  if (label && (next > 1 || !label.endsWith(":"))) return [];
  const items = text
    .slice(first)
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean);
  const entries: [string, string][] = [];
  for (const item of items) {
    const m = ENTRY.exec(item);
    if (!m || Number(m[1]) !== next + entries.length) return [];
    entries.push([`(${m[1]})`, m[2]!.replace(/\.$/, "")]);
  }
  return entries;
}

/** Whether entries make a legend: enough of them, most naming bodies. */
function isLegend(entries: [string, string][]): boolean {
  const bodies = entries.filter(([, name]) => namesBody(name)).length;
  return entries.length >= FEWEST && bodies * 3 >= entries.length * 2;
}

/** The number codes a plan's legend gives its units, each with the unit's name as the legend writes it. */
export function readUnitCodes(blocks: readonly Block[]): Map<string, string> {
  const codes = new Map<string, string>();
  let legend: [string, string][] = [];
  const close = () => {
    if (isLegend(legend)) for (const [code, name] of legend) codes.set(code, name);
    legend = [];
  };
  for (const block of blocks) {
    const text = block.type === "text" ? block.text : "";
    const more = legend.length > 0 ? entriesOf(text, legend.length + 1) : [];
    if (more.length > 0) {
      legend.push(...more);
      continue;
    }
    close();
    if (text.includes("(1)")) legend = entriesOf(text, 1);
  }
  close();
  return codes;
}

// Codes written together: "(13), (17)", "(4); (5) và (17)".
const CODE_RUN = /\(\d{1,3}\)(?:\s*(?:[,;]|và)\s*\(\d{1,3}\))*/gu;

/** `text` with each run of known codes written as the units they stand for, one after another ("A; B"). */
export function spellCodes(text: string, codes: ReadonlyMap<string, string>): string {
  if (codes.size === 0 || !text.includes("(")) return text;
  return text.replace(CODE_RUN, (run) => {
    const names = run.match(/\(\d{1,3}\)/g)!.map((code) => codes.get(code));
    return names.every(Boolean) ? names.join("; ") : run;
  });
}

/** A resolver that reads the legend's codes as the units they stand for, before anything else. */
export function withUnitCodes(resolver: UnitResolver, codes: ReadonlyMap<string, string>): UnitResolver {
  if (codes.size === 0) return resolver;
  return spellingFirst(resolver, (text) => spellCodes(text, codes));
}
