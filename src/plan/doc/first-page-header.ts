// Sections of a .doc: where they end, and the first page's own header, read before the body as
// the .docx reader reads it (docx/first-page-header.ts): an office may set its issuer, motto,
// number and date there when the first section has a different first page (sprmSFTitlePage in its SEPX).
// Headers are stories after the footnotes ([MS-DOC] PlcfHdd): six for the notes' separators, then six a section (even,
// odd, first header; even, odd, first footer … in the order below).
import { sprms } from "./sprm.ts";

const TITLE_PAGE = 0x300a;
const SED = 12;
/** The first section's first-page header: after the six separator stories, the fifth of the section's six. */
const FIRST_HEADER = 6 + 4;

/** Whether the first section has a first page of its own, from the section table (PlcfSed) and its SEPX. */
export function hasTitlePage(word: Buffer, plcfSed: Buffer): boolean {
  const count = Math.floor((plcfSed.length - 4) / (4 + SED));
  if (count < 1) return false;
  const at = plcfSed.readUInt32LE((count + 1) * 4 + 2);
  if (at === 0xffffffff || at + 2 > word.length) return false;
  const size = word.readInt16LE(at);
  const list = word.subarray(at + 2, Math.min(at + 2 + Math.max(0, size), word.length));
  for (const { code, operand } of sprms(list)) if (code === TITLE_PAGE) return operand[0] === 1;
  return false;
}

/**
 * The CPs of the section marks (0x0C ending a section, a paragraph mark too), told from page breaks (0x0C within a
 * paragraph) by the section table: each section's last character.
 */
export function sectionMarks(plcfSed: Buffer): Set<number> {
  const count = Math.floor((plcfSed.length - 4) / (4 + SED));
  return new Set(Array.from({ length: count }, (_, i) => plcfSed.readInt32LE((i + 1) * 4) - 1));
}

/** The first-page header story's CPs, [from, to), or null when it is empty or absent. */
export function firstHeaderStory(plcfHdd: Buffer, start: number, length: number): readonly [number, number] | null {
  if (plcfHdd.length < (FIRST_HEADER + 2) * 4) return null;
  const from = plcfHdd.readInt32LE(FIRST_HEADER * 4);
  const to = Math.min(length, plcfHdd.readInt32LE((FIRST_HEADER + 1) * 4));
  return from >= 0 && from < to ? [start + from, start + to] : null;
}
