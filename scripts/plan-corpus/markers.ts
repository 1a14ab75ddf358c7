// Typed numbers and bullets ("II.", "2.", "2.3.", "a)", "-", "+") and the Word automatic
// numbering that shows the same: which list and level each numbered paragraph gets in
// plan-auto.docx. Word counts by itself, so a typed sequence that skips a number ("2." then
// "4.") or repeats one needs a new list starting there, as an office's document has after
// someone restarts the numbering by hand.

export type MarkerKind = "roman" | "decimal" | "outline" | "letter" | "dash" | "plus" | "dot";

export interface Marker {
  kind: MarkerKind;
  /** The typed prefix, trailing space included, as it starts the paragraph's text. */
  prefix: string;
  /** The number shown: II → 2, "2.3." → 3, c) → 3; 0 for bullets. */
  value: number;
  /** The first number of "2.3.". */
  parent: number;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function toRoman(value: number): string {
  const table: [number, string][] = [
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
  let out = "";
  for (let rest = value; rest > 0;) {
    const [n, s] = table.find(([n]) => n <= rest)!;
    out += s;
    rest -= n;
  }
  return out;
}

export function detectMarker(text: string): Marker | null {
  let m = text.match(/^([IVXLC]+)\.\s+/);
  if (m) return { kind: "roman", prefix: m[0], value: romanValue(m[1]!), parent: 0 };
  m = text.match(/^(\d{1,2})\.(\d{1,2})\.?\s+/);
  if (m) return { kind: "outline", prefix: m[0], value: Number(m[2]), parent: Number(m[1]) };
  m = text.match(/^(\d{1,2})\.\s+/);
  if (m) return { kind: "decimal", prefix: m[0], value: Number(m[1]), parent: 0 };
  m = text.match(/^([a-zđ])\)\s+/);
  // Word's lowerLetter cannot show "đ": such a list stays typed (value 0).
  if (m) return { kind: "letter", prefix: m[0], value: m[1] === "đ" ? 0 : m[1]!.charCodeAt(0) - 96, parent: 0 };
  m = text.match(/^([-+•])\s+/);
  if (m) return { kind: m[1] === "-" ? "dash" : m[1] === "+" ? "plus" : "dot", prefix: m[0], value: 0, parent: 0 };
  return null;
}

export type LevelFormat = "upperRoman" | "decimal" | "lowerLetter";
export interface LevelDef {
  format: LevelFormat;
  text: string;
  start: number;
}
export interface ListDef {
  reference: string;
  levels: LevelDef[];
}
export interface ListUse {
  reference: string;
  level: number;
}

interface Scheme {
  name: string;
  levels: { kind: MarkerKind; format: LevelFormat; text: string }[];
}

/** Prose: I. / 1. / a) — or, when the document numbers "2.3.", I. / 1. / 1.1. / a). */
export const PROSE: Scheme = {
  name: "outline",
  levels: [
    { kind: "roman", format: "upperRoman", text: "%1." },
    { kind: "decimal", format: "decimal", text: "%2." },
    { kind: "letter", format: "lowerLetter", text: "%3)" },
  ],
};
export const PROSE_DEEP: Scheme = {
  name: "outline",
  levels: [
    { kind: "roman", format: "upperRoman", text: "%1." },
    { kind: "decimal", format: "decimal", text: "%2." },
    { kind: "outline", format: "decimal", text: "%2.%3." },
    { kind: "letter", format: "lowerLetter", text: "%4)" },
  ],
};
/** A table's TT column: I / 1 without dots. */
export const TABLE: Scheme = {
  name: "tt",
  levels: [
    { kind: "roman", format: "upperRoman", text: "%1" },
    { kind: "decimal", format: "decimal", text: "%2" },
  ],
};

/**
 * Plans Word lists for a sequence of numbered paragraphs (null: not numbered by Word, typed
 * as written). Every list definition comes back once, with the level starts it needs.
 */
export class NumberingPlanner {
  readonly lists: ListDef[] = [];
  private counters: (number | undefined)[] = [];
  private current: ListDef | null = null;

  constructor(
    private readonly scheme: Scheme,
    private readonly prefix: string,
  ) {}

  use(marker: Marker): ListUse | null {
    const level = this.scheme.levels.findIndex((l) => l.kind === marker.kind);
    if (level < 0 || marker.value === 0) return null;
    const list = this.current;
    const expected = list
      ? (this.counters[level] ?? list.levels[level]!.start) + (this.counters[level] === undefined ? 0 : 1)
      : NaN;
    const parentOk = marker.kind !== "outline" || this.shown(level - 1) === marker.parent;
    if (!list || expected !== marker.value || !parentOk) this.restart(level, marker);
    this.counters[level] = marker.value;
    for (let deeper = level + 1; deeper < this.counters.length; deeper++) this.counters[deeper] = undefined;
    return { reference: this.current!.reference, level };
  }

  private shown(level: number): number {
    return this.counters[level] ?? this.current?.levels[level]?.start ?? 1;
  }

  private restart(level: number, marker: Marker): void {
    const starts = this.scheme.levels.map((_, k) => (k < level ? this.shown(k) : 1));
    starts[level] = marker.value;
    if (marker.kind === "outline") starts[level - 1] = marker.parent;
    this.current = {
      reference: `${this.prefix}-${this.lists.length + 1}`,
      levels: this.scheme.levels.map((l, k) => ({ format: l.format, text: l.text, start: starts[k]! })),
    };
    this.lists.push(this.current);
    this.counters = [];
  }
}
