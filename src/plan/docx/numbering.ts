// Word's automatic numbering (numbering.xml), counted as Word counts it, so that the
// label Word shows ("II.", "1.", "2.3.", "e)", "-") can be written before the paragraph's
// text as a typist would have typed it.
//   - a w:num points to a w:abstractNum (directly, or through a numbering style:
//     numStyleLink); nums sharing an abstractNum continue one list; a num that restarts a
//     level (lvlOverride/startOverride) sets it the first time it numbers a paragraph at
//     that level, and the list goes on from there (as LibreOffice reads Word's files, and
//     so as a PDF exported from them shows them);
//   - using a level restarts the levels below it (lvlRestart can say when, or never);
//   - lvlText "%1.%2." shows levels 1 and 2 in their own formats (decimal with isLgl).
import { child, childrenNamed, type XmlNode } from "../../formats/xml-stream.ts";
import { type DocxStyles, isOn } from "./styles.ts";

export interface Level {
  start: number;
  format: string;
  text: string;
  /** lvlRestart: restart when a level above this index is used (0: never). */
  restart?: number;
  legal: boolean;
  /** The paragraph style that uses this level (w:pStyle). */
  style?: string;
}

export type Levels = Map<number, Level>;

export interface Num {
  abstractId: string;
  starts: Map<number, number>;
  levels: Levels;
}

export interface Numbering {
  /**
   * The label Word shows for a paragraph numbered with `numId` at level `ilvl` (or the
   * level its style is attached to), counted, with the space that follows it ("1. ");
   * null when the paragraph is not numbered.
   */
  label(numId: string, ilvl: number | undefined, styleId: string | null): string | null;
}

export const LEVELS = 9;
/** The most characters of a level's label text read. */
export const LABEL_CHARS = 64;

/** Word's number format codes (nfc, as .doc and .rtf lists write them) and the names numbering.xml gives them. */
export const NFC_FORMATS: Readonly<Record<number, string>> = {
  0: "decimal",
  1: "upperRoman",
  2: "lowerRoman",
  3: "upperLetter",
  4: "lowerLetter",
  22: "decimalZero",
  23: "bullet",
  255: "none",
};

function readLevel(node: XmlNode): Level {
  const val = (name: string) => child(node, name)?.attrs.val;
  const restart = val("w:lvlRestart");
  const style = val("w:pStyle");
  return {
    start: Number(val("w:start") ?? 0) || 0,
    format: child(node, "w:lvlPicBulletId") ? "bullet" : (val("w:numFmt") ?? "decimal"),
    text: (val("w:lvlText") ?? "").slice(0, LABEL_CHARS),
    ...(restart !== undefined && { restart: Number(restart) || 0 }),
    legal: isOn(child(node, "w:isLgl")) ?? false,
    ...(style !== undefined && { style }),
  };
}

function readLevels(node: XmlNode | undefined): Levels {
  const levels: Levels = new Map();
  for (const lvl of node ? childrenNamed(node, "w:lvl") : []) {
    const ilvl = Number(lvl.attrs.ilvl);
    if (Number.isInteger(ilvl) && ilvl >= 0 && ilvl < LEVELS) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n: number): string {
  let out = "";
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

/** A counter value in a level's format; formats a plan has no use for read as decimal. */
export function formatNumber(n: number, format: string): string {
  if (format === "none") return "";
  if (n >= 1 && n < 4000 && format === "upperRoman") return roman(n);
  if (n >= 1 && n < 4000 && format === "lowerRoman") return roman(n).toLowerCase();
  if (n >= 1 && n <= 780 && (format === "upperLetter" || format === "lowerLetter")) {
    // Word repeats the letter past z: aa, bb, …
    const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
    return format === "upperLetter" ? letter.toUpperCase() : letter;
  }
  if (format === "decimalZero" && n >= 0 && n < 10) return `0${n}`;
  return String(n);
}

/**
 * The format a level's number is typed in, given the formats of the levels above it: a level numbered in a form a
 * level above already uses ("I." under "III.") is typed in Arabic figures, the form that comes next under Roman ones,
 * when no level above uses them.
 */
export function typedFormat(format: string, above: readonly (string | undefined)[]): string {
  const repeated = !["decimal", "bullet", "none"].includes(format) && above.includes(format);
  return repeated && !above.includes("decimal") ? "decimal" : format;
}

/**
 * A bullet as a typist types it: "-", "+", "–" and "•" stay; a symbol-font character
 * (U+F0xx: "" is Symbol's "-") reads as the ASCII character it stands for when that is
 * "-" or "+", Symbol's "·" as "•"; a glyph the typist chose (a square, a check, an arrow,
 * Wingdings' "" as a typed copy keeps it) stays that glyph, so that its list reads as
 * the typed copy does; a letter ("o" in Courier) or any other character is a bullet, "•".
 */
export function typedBullet(text: string): string {
  const glyph = text.trim();
  if (glyph === "") return "";
  const code = glyph.codePointAt(0)!;
  const symbol = code >= 0xf000 && code <= 0xf0ff ? String.fromCharCode(code - 0xf000) : glyph;
  if (["-", "+", "–", "•"].includes(symbol)) return symbol;
  return [...glyph].length === 1 && /[\p{So}\p{Co}→⇒]/u.test(glyph) && symbol !== "·" ? glyph : "•";
}

export function readNumbering(root: XmlNode | null, styles: DocxStyles): Numbering {
  const top = child(root ?? undefined, "w:numbering");
  const abstracts = new Map<string, { levels: Levels; numStyleLink?: string }>();
  const nums = new Map<string, Num>();
  for (const node of top?.children ?? []) {
    if (node.name === "w:abstractNum" && node.attrs.abstractNumId !== undefined) {
      const link = child(node, "w:numStyleLink")?.attrs.val;
      abstracts.set(node.attrs.abstractNumId, { levels: readLevels(node), ...(link && { numStyleLink: link }) });
    } else if (node.name === "w:num" && node.attrs.numId !== undefined) {
      const num: Num = {
        abstractId: child(node, "w:abstractNumId")?.attrs.val ?? "",
        starts: new Map(),
        levels: new Map(),
      };
      for (const override of childrenNamed(node, "w:lvlOverride")) {
        const ilvl = Number(override.attrs.ilvl);
        if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl >= LEVELS) continue;
        const start = child(override, "w:startOverride")?.attrs.val;
        if (start !== undefined) num.starts.set(ilvl, Number(start) || 0);
        const level = child(override, "w:lvl");
        if (level) num.levels.set(ilvl, readLevel(level));
      }
      nums.set(node.attrs.numId, num);
    }
  }

  return countedNumbering(abstracts, nums, (style) => styles.numbering(style).numId);
}

/** A list's definition: its levels, or the numbering style whose list it is (numStyleLink). */
export interface AbstractList {
  levels: Levels;
  numStyleLink?: string;
}

/**
 * Labels counted as Word counts them, from lists however stored (numbering.xml here, a .doc's
 * LSTs and LFOs in doc/lists.ts); `linkedNum` gives the num a numbering style stands for.
 */
export function countedNumbering(
  abstracts: ReadonlyMap<string, AbstractList>,
  nums: ReadonlyMap<string, Num>,
  linkedNum: (style: string) => string | undefined,
): Numbering {
  /** The abstract definition a num uses, following a numbering style's link once. */
  const abstractOf = (num: Num): { id: string; levels: Levels } | null => {
    const found = abstracts.get(num.abstractId);
    if (!found?.numStyleLink) return found ? { id: num.abstractId, levels: found.levels } : null;
    const linked = nums.get(linkedNum(found.numStyleLink) ?? "");
    const target = linked && abstracts.get(linked.abstractId);
    return target && !target.numStyleLink ? { id: linked.abstractId, levels: target.levels } : null;
  };

  // Counters are kept per abstract list, shared by every num that uses it; a num's
  // startOverride sets its level the first time that num numbers a paragraph at it.
  const counters = new Map<string, (number | undefined)[]>();
  const overridden = new Set<string>();

  return {
    label(numId, ilvl, styleId) {
      const num = nums.get(numId);
      const abstract = num && abstractOf(num);
      if (!num || !abstract) return null;
      const levelOf = (l: number) => num.levels.get(l) ?? abstract.levels.get(l);
      const at = ilvl ?? [...abstract.levels].find(([, l]) => styleId && l.style === styleId)?.[0] ?? 0;
      const level = levelOf(at);
      if (!level) return null;
      const values = counters.get(abstract.id) ?? [];
      counters.set(abstract.id, values);
      const start = (l: number) => levelOf(l)?.start ?? 0;
      // Word shows nesting by indentation, a typed copy by the label's form (typedFormat).
      const shownFormat = (l: number) =>
        typedFormat(
          levelOf(l)?.format ?? "decimal",
          Array.from({ length: l }, (_, k) => levelOf(k)?.format),
        );
      const override = num.starts.get(at);
      if (override !== undefined && !overridden.has(`${numId} ${at}`)) {
        overridden.add(`${numId} ${at}`);
        values[at] = override;
      } else values[at] = values[at] === undefined ? start(at) : values[at] + 1;
      for (let deeper = at + 1; deeper < LEVELS; deeper++) {
        const restart = levelOf(deeper)?.restart;
        if (restart === undefined || (restart !== 0 && at < restart)) values[deeper] = undefined;
      }
      const shown =
        level.format === "bullet"
          ? typedBullet(level.text)
          : level.text
              .replace(/%([1-9])/g, (_, digit: string) => {
                const l = Number(digit) - 1;
                const format = level.legal ? "decimal" : shownFormat(l);
                return formatNumber(values[l] ?? start(l), format);
              })
              .trim();
      // Whatever follows the label in Word (a tab, a space, nothing), a typed copy has a space.
      return shown ? `${shown} ` : "";
    },
  };
}
