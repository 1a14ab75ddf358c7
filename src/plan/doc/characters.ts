// A stretch of a .doc's characters as Word shows it on the page. What a reader sees is kept; what
// it does not is dropped, as the .docx reader does (docx/body.ts):
//   - dropped: field instructions (between 0x13 and 0x14; the result up to 0x15 is kept), hidden
//     text (vanish), text struck through or deleted with tracked changes, pictures and objects (an embedded object's
//     storage is recorded, for its workbook to be read: embedded-workbook.ts),
//     optional hyphens (but in a legacy-font run, where Word's optional hyphen is TCVN3's "ư"), the
//     footnote and endnote marks (recorded as the notes the line points to);
//   - kept: tabs (TAB), line breaks ("\n"), non-breaking hyphens ("-"), Symbol-font characters as
//     a typist types them (docx/numbering.ts typedBullet);
//   - a run in a legacy Vietnamese font (.VnTime, VNI-Times) is decoded by that font.
import { decodeByFont, legacyFont, type LegacyFont } from "../../formats/vietnamese-fonts.ts";
import { TAB } from "../docx/lines.ts";
import { typedBullet } from "../docx/numbering.ts";
import type { DocText } from "./pieces.ts";
import type { Emphasis } from "../emphasis.ts";
import { type PropertyRun, runAt } from "./fkp.ts";
import { sprms } from "./sprm.ts";
import { applyCharacter, type CharacterLook, type DocStyles, SPRM, type StyleLook } from "./styles.ts";

const SYMBOL = 0x6a09;
/** sprmCFOle2 and sprmCPicLocation: the run is an embedded OLE object's, stored as ObjectPool's "_<location>". */
const OLE2 = 0x080a;
const PIC_LOCATION = 0x6a03;
const PICTURE = 0x01;
const FIELD_BEGIN = 0x13;
const FIELD_SEPARATE = 0x14;
const FIELD_END = 0x15;

export interface Look extends CharacterLook {
  deleted: boolean;
  legacy: LegacyFont | null;
  /** The character a Symbol-font run shows (sprmCSymbol). */
  symbol?: string;
  /** The embedded object (its ObjectPool storage's number) a field's separator or picture character stands for. */
  object?: number;
}

export interface CharacterContext {
  text: DocText;
  runs: readonly PropertyRun[];
  styles: DocStyles;
  /** The note each reference mark's CP points to. */
  noteRefs: ReadonlyMap<number, string>;
}

/** A stretch's text and the notes its marks point to, by the line ("\n") they stand on. */
export interface Stretch {
  text: string;
  notes: { line: number; note: string }[];
  /** The CPs of the drawn objects anchored in it (0x08), which may be text boxes. */
  anchors: number[];
  /** The embedded objects it shows (an EMBED field's), by their ObjectPool storage's number, each once. */
  objects: number[];
}

/** Reads stretches in order: the fields left open by one run on into the next. */
export function characterReader(ctx: CharacterContext) {
  // Open fields, each in its instructions ("instr") or its result.
  const fields: ("instr" | "result")[] = [];
  let instructions = 0;
  const looks = new WeakMap<PropertyRun, Map<string, Look>>();

  const lookOf = (run: PropertyRun | undefined, style: StyleLook): Look => {
    const key = run ?? EMPTY_RUN;
    const styleKey = `${style.font} ${style.hidden} ${style.struck} ${style.bold}`;
    const cached = looks.get(key)?.get(styleKey);
    if (cached) return cached;
    let base: CharacterLook = style;
    // A character style first (sprmCIstd), then the run's own properties over it.
    for (const { code, operand } of sprms(key.grpprl))
      if (code === SPRM.istd && operand.length >= 2)
        base = { ...style, ...withoutNumbering(ctx.styles.look(operand.readUInt16LE(0))) };
    const look: Look = { ...applyCharacter(base, key.grpprl), legacy: null };
    look.legacy = legacyFont(look.font === undefined ? undefined : ctx.styles.fontName(look.font));
    let ole = false;
    for (const { code, operand } of sprms(key.grpprl)) {
      if (code === SYMBOL && operand.length >= 4) look.symbol = String.fromCharCode(operand.readUInt16LE(2));
      else if (code === OLE2) ole = operand[0] === 1;
      else if (code === PIC_LOCATION && operand.length >= 4) look.object = operand.readUInt32LE(0);
    }
    if (!ole) delete look.object;
    const byStyle = looks.get(key) ?? new Map<string, Look>();
    byStyle.set(styleKey, look);
    looks.set(key, byStyle);
    return look;
  };

  // The last run's look: most characters are in the run before them.
  let last: { run: PropertyRun | undefined; style: StyleLook; look: Look } | null = null;
  /** The look of the character at `cp`, in a paragraph of style `style`. */
  const look = (cp: number, style: StyleLook): Look => {
    const fc = ctx.text.fc[cp]!;
    if (last && last.style === style && (last.run ? fc >= last.run.from && fc < last.run.to : ctx.runs.length === 0))
      return last.look;
    const run = runAt(ctx.runs, fc);
    last = { run, style, look: lookOf(run, style) };
    return last.look;
  };

  /** Characters `from` to `to` (excluded); a table cell's `emphasis` takes its bold passages. */
  const read = (from: number, to: number, style: StyleLook, emphasis?: Emphasis): Stretch => {
    let text = "";
    let pending = "";
    let legacy: LegacyFont | null = null;
    const notes: Stretch["notes"] = [];
    const anchors: number[] = [];
    const objects: number[] = [];
    let lines = 0;
    const flush = () => {
      text += legacy ? decodeByFont(pending, legacy) : pending;
      pending = "";
    };
    for (let cp = from; cp < to; cp++) {
      const code = ctx.text.text.charCodeAt(cp);
      // Word marks an EMBED field's picture character as the object's, LibreOffice the field's separator.
      if (code === FIELD_SEPARATE || code === PICTURE) {
        const { object, hidden } = look(cp, style);
        if (object !== undefined && !hidden && !objects.includes(object)) objects.push(object);
      }
      if (code === FIELD_BEGIN) {
        fields.push("instr");
        instructions++;
      } else if (code === FIELD_SEPARATE && fields.at(-1) === "instr") {
        fields[fields.length - 1] = "result";
        instructions--;
      } else if (code === FIELD_END && fields.pop() === "instr") instructions--;
      if (code === FIELD_BEGIN || code === FIELD_SEPARATE || code === FIELD_END || instructions > 0) continue;
      const shown = look(cp, style);
      if (shown.hidden || shown.struck || shown.deleted) continue;
      const note = ctx.noteRefs.get(cp);
      if (note !== undefined) {
        notes.push({ line: lines, note });
        continue;
      }
      // Word keeps a typed U+00AD as its optional hyphen (0x1F): in a TCVN3 run that byte is the letter "ư".
      const legacyLetter = code === 0x1f && shown.legacy !== null;
      if ((code >= 0x20 && code !== 0x28) || legacyLetter) {
        if (shown.legacy !== legacy) flush();
        legacy = shown.legacy;
        pending += legacyLetter ? "\u00ad" : ctx.text.text[cp];
        emphasis?.add(ctx.text.text[cp]!, shown.bold === true);
        continue;
      }
      flush();
      if (code === 0x28) text += shown.symbol ? typedBullet(shown.symbol) : "(";
      else if (code === 0x09) text += TAB;
      else if (code === 0x0b || code === 0x0c) [text, lines] = [`${text}\n`, lines + 1];
      else if (code === 0x1e) text += "-";
      else if (code === 0x08) anchors.push(cp);
    }
    flush();
    return { text, notes, anchors, objects };
  };

  return { look, read };
}

const EMPTY_RUN: PropertyRun = { from: 0, to: 0, istd: 0, grpprl: Buffer.alloc(0) };

const withoutNumbering = ({ ilfo: _ilfo, ilvl: _ilvl, ...look }: StyleLook): CharacterLook => look;
