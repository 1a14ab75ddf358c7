// The style sheet (STSH, [MS-DOC] 2.9.271) and font table (SttbfFfn): what a paragraph's or a
// run's style says about what dondoc reads — hidden text, struck text, the font (a .VnTime style
// means TCVN3 text), and the list a paragraph style numbers with. A style inherits from its base
// (istdBase), followed a bounded number of steps; every size is checked against the table.
import { effectiveStops, type TabAlign, type TabStop } from "../docx/tab-stops.ts";
import { CHG_TABS, sprms, toggle } from "./sprm.ts";

export interface CharacterLook {
  hidden: boolean;
  struck: boolean;
  /** In bold (sprmCFBold): a table cell's bold passages (`emphasis.ts`). */
  bold?: boolean;
  /** The font of text outside ASCII (sprmCRgFtc2), else of ASCII (sprmCRgFtc0), as an index. */
  font?: number;
}

export interface StyleLook extends CharacterLook {
  ilfo?: number;
  ilvl?: number;
  /** Its paragraphs' tab stops (twips), its bases' changed by its own. */
  tabs?: readonly TabStop[];
}

export interface DocStyles {
  /** What a style gives, through its bases; the default style's look for an unknown one. */
  look(istd: number): StyleLook;
  /** A font's name by its index. */
  fontName(ftc: number): string | undefined;
}

export const SPRM = {
  vanish: 0x083c,
  bold: 0x0835,
  strike: 0x0837,
  dStrike: 0x2a53,
  deleted: 0x0800,
  font0: 0x4a4f,
  font2: 0x4a51,
  istd: 0x4a30,
  ilfo: 0x460b,
  ilvl: 0x260a,
  styleTabs: 0xc60d,
  tabs: CHG_TABS,
} as const;

/** Character sprms applied over `base`: toggles read against it, as Word reads them. */
export function applyCharacter(base: CharacterLook, grpprl: Buffer): CharacterLook & { deleted: boolean } {
  const look = { ...base, deleted: false };
  let [font0, font2] = [undefined as number | undefined, undefined as number | undefined];
  for (const { code, operand } of sprms(grpprl)) {
    if (code === SPRM.vanish) look.hidden = toggle(operand, base.hidden);
    else if (code === SPRM.strike || code === SPRM.dStrike) look.struck = toggle(operand, base.struck);
    else if (code === SPRM.deleted) look.deleted = toggle(operand, false);
    else if (code === SPRM.bold) look.bold = toggle(operand, base.bold ?? false);
    else if (code === SPRM.font0 && operand.length >= 2) font0 = operand.readUInt16LE(0);
    else if (code === SPRM.font2 && operand.length >= 2) font2 = operand.readUInt16LE(0);
  }
  const font = font2 ?? font0;
  if (font !== undefined) look.font = font;
  return look;
}

/** Paragraph sprms a style or paragraph numbers with. */
export function applyNumbering<T extends { ilfo?: number; ilvl?: number }>(look: T, grpprl: Buffer): T {
  const out = { ...look };
  for (const { code, operand } of sprms(grpprl)) {
    if (code === SPRM.ilfo && operand.length >= 2) out.ilfo = operand.readInt16LE(0);
    else if (code === SPRM.ilvl && operand.length >= 1) out.ilvl = operand[0]!;
  }
  return out;
}

/** A tab's jc (TBD bits 0-2): left, centre, right, decimal; a bar (4) draws a line and is no stop. */
const JC: (TabAlign | null)[] = ["left", "center", "right", "decimal", null, "left", "left", "left"];
/** Word keeps at most 64 stops a paragraph: a count beyond it is no Word file's. */
const MAX_TABS = 64;

/** The stops sprmPChgTabsPapx (a style's) or sprmPChgTabs (a paragraph's) deletes, and those it adds. */
function tabChanges(code: number, operand: Buffer): TabStop[] {
  const deleted = Math.min(operand[0] ?? 0, MAX_TABS);
  // sprmPChgTabs gives each deleted stop a tolerance after the positions ([MS-DOC] PChgTabsDelClose).
  const addedAt = 1 + deleted * (code === SPRM.tabs ? 4 : 2);
  const added = Math.min(operand[addedAt] ?? 0, MAX_TABS);
  if (addedAt + 1 + added * 3 > operand.length) return [];
  const at = (k: number, from: number) => operand.readInt16LE(from + 2 * k);
  const cleared = Array.from({ length: deleted }, (_, k): TabStop => ({ pos: at(k, 1), align: "clear" }));
  const stops = Array.from({ length: added }, (_, k) => {
    const align = JC[(operand[addedAt + 1 + added * 2 + k] ?? 0) & 7];
    return align ? [{ pos: at(k, addedAt + 1), align }] : [];
  });
  return [...cleared, ...stops.flat()];
}

/** The tab stops after a style's or a paragraph's property changes. */
export function applyTabs(stops: readonly TabStop[], grpprl: Buffer): readonly TabStop[] {
  let out = stops;
  for (const { code, operand } of sprms(grpprl))
    if (code === SPRM.styleTabs || code === SPRM.tabs) out = effectiveStops(out, tabChanges(code, operand));
  return out;
}

function readFonts(table: Buffer): string[] {
  if (table.length < 4) return [];
  const extended = table.readUInt16LE(0) === 0xffff;
  const at0 = extended ? 2 : 0;
  const count = table.readUInt16LE(at0);
  const names: string[] = [];
  let at = at0 + 4;
  for (let i = 0; i < count && at < table.length; i++) {
    const size = table[at]!;
    const ffn = table.subarray(at + 1, Math.min(at + 1 + size, table.length));
    // The name, UTF-16 and null-terminated, follows 39 bytes of the font's metrics.
    const name = ffn.length > 39 ? ffn.toString("utf16le", 39, ffn.length - (ffn.length % 2)) : "";
    names.push(name.split("\0")[0]!);
    at += 1 + size;
  }
  return names;
}

interface RawStyle {
  base: number;
  papx: Buffer;
  chpx: Buffer;
}

function readRawStyles(stsh: Buffer): { styles: (RawStyle | null)[]; defaultFont?: number } {
  if (stsh.length < 2) return { styles: [] };
  const cbStshi = stsh.readUInt16LE(0);
  const stshi = stsh.subarray(2, 2 + cbStshi);
  if (stshi.length < 4) return { styles: [] };
  const count = stshi.readUInt16LE(0);
  const baseSize = stshi.readUInt16LE(2);
  const defaultFont = stshi.length >= 14 ? stshi.readUInt16LE(12) : undefined;
  const styles: (RawStyle | null)[] = [];
  let at = 2 + cbStshi;
  for (let i = 0; i < count && at + 2 <= stsh.length; i++) {
    const size = stsh.readUInt16LE(at);
    const std = stsh.subarray(at + 2, Math.min(at + 2 + size, stsh.length));
    at += 2 + size;
    styles.push(size > 0 && std.length >= Math.max(baseSize, 6) ? readStyle(std, baseSize) : null);
  }
  return { styles, ...(defaultFont !== undefined && { defaultFont }) };
}

function readStyle(std: Buffer, baseSize: number): RawStyle {
  const kind = std.readUInt16LE(2) & 0xf;
  const base = std.readUInt16LE(2) >> 4;
  const nameLength = baseSize + 2 <= std.length ? std.readUInt16LE(baseSize) : 0;
  let at = baseSize + 2 + (nameLength + 1) * 2;
  const upx: Buffer[] = [];
  while (upx.length < 3 && at + 2 <= std.length) {
    const size = std.readUInt16LE(at);
    upx.push(std.subarray(at + 2, Math.min(at + 2 + size, std.length)));
    at += 2 + size + (size % 2);
  }
  const none = Buffer.alloc(0);
  // A paragraph style: its paragraph properties (after their istd), then its character ones.
  if (kind === 1) return { base, papx: (upx[0] ?? none).subarray(2), chpx: upx[1] ?? none };
  if (kind === 2) return { base, papx: none, chpx: upx[0] ?? none };
  return { base, papx: none, chpx: none };
}

/** Bases followed at most this many steps: Word's own chains are a few deep. */
const MAX_BASES = 16;
const NO_BASE = 0xfff;

export function readDocStyles(stsh: Buffer, fontTable: Buffer): DocStyles {
  const fonts = readFonts(fontTable);
  const { styles, defaultFont } = readRawStyles(stsh);
  const root: StyleLook = { hidden: false, struck: false, ...(defaultFont !== undefined && { font: defaultFont }) };
  const looks = new Map<number, StyleLook>();
  const look = (istd: number, depth = 0): StyleLook => {
    const known = looks.get(istd);
    if (known) return known;
    const raw = styles[istd];
    if (!raw) return root;
    const base = raw.base === NO_BASE || raw.base === istd || depth >= MAX_BASES ? root : look(raw.base, depth + 1);
    const { deleted: _deleted, ...character } = applyCharacter(base, raw.chpx);
    const result = applyNumbering({ ...base, ...character }, raw.papx);
    const tabs = applyTabs(base.tabs ?? [], raw.papx);
    if (tabs.length) result.tabs = tabs;
    looks.set(istd, result);
    return result;
  };
  return { look: (istd) => look(istd), fontName: (ftc) => fonts[ftc] };
}
