// A province's scoring rules as a one-sheet workbook admins fill in from their decision
// and import back: a row per item (Mục | Ngày làm việc muộn | Giá trị | Giải thích), the
// late tiers one row each. Shares are written in percent (75 = 75%), days dd/mm/yyyy.
// Labels of either language are read, so a sheet exported in English imports too.
import ExcelJS from "exceljs";
import { isIsoDate, makeDate } from "../domain/dates.ts";
import { DEFAULT_LIMITS } from "../domain/limits.ts";
import type { Cell } from "../domain/list-check.ts";
import { CORRECTION_POLICIES, ruleSetSchema, type CorrectionPolicy, type RuleSet } from "../domain/rule-set.ts";
import { clean, fold } from "../domain/text.ts";
import type { Translate } from "../i18n/index.ts";
import { openXlsx } from "./xlsx-read.ts";

const ITEMS = [
  "name",
  "effectiveFrom",
  "pointsLists",
  "pointsDocument",
  "lateTier",
  "lateBeyond",
  "incomplete",
  "lateIncomplete",
  "missing",
  "correction",
  "errorTolerance",
] as const;
type Item = (typeof ITEMS)[number];
const SHARES = ["lateBeyond", "incomplete", "lateIncomplete", "missing", "errorTolerance"] as const;

export interface RulesFinding {
  sheet: string;
  cell: string;
  code:
    | "not-xlsx"
    | "not-rules"
    | "missing-item"
    | "unknown-item"
    | "invalid-text"
    | "invalid-date"
    | "invalid-points"
    | "invalid-share"
    | "invalid-days"
    | "invalid-correction"
    | "tiers-order"
    | "late-incomplete-not-below"
    | "missing-above";
  value: string;
}

/** What the rule set's own checks say (rule-set.ts), each answered on the cell it is about. */
const RULE_CODES = ["tiers-order", "late-incomplete-not-below", "missing-above"] as const;

const percent = (share: number) => Math.round(share * 10000) / 100;
const written = (date: string) => date.split("-").reverse().join("/");

export async function writeRulesSheet(rules: RuleSet, t: Translate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t("rules-sheet-name"));
  sheet.columns = [{ width: 46 }, { width: 14 }, { width: 60 }, { width: 70 }];
  sheet.addRow(["item", "days", "value", "note"].map((c) => t(`rules-column-${c}`))).font = { bold: true };
  sheet.addRow([t("rules-sheet-explanation")]).font = { italic: true };
  sheet.mergeCells(2, 1, 2, 4);
  const row = (item: Item, value: string | number, days: number | null = null) =>
    sheet.addRow([t(`rules-item-${item}`), days, value, t(`rules-note-${item}`)]);
  row("name", rules.name || t("rules-default-name"));
  row("effectiveFrom", written(rules.effectiveFrom));
  row("pointsLists", rules.points.lists);
  row("pointsDocument", rules.points.document);
  for (const tier of rules.lateTiers) row("lateTier", percent(tier.share), tier.upTo);
  for (const item of SHARES) row(item, percent(rules[item]));
  row("correction", t(`rules-correction-${rules.correction}`));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return clean(String(value));
}

function readNumber(text: string): number | null {
  const n = Number(text.replace(/%$/, "").replace(",", ".").trim());
  return text !== "" && Number.isFinite(n) ? n : null;
}

function readDate(text: string): string | null {
  if (isIsoDate(text)) return text;
  const m = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  return m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

interface ReadRow {
  item: Item;
  row: number;
  days: string;
  value: string;
}

/** The rule set a sheet holds, or every cell that is wrong (by sheet and cell). */
export function readRulesSheet(
  buffer: Buffer,
  translators: Translate[],
): { ok: true; rules: RuleSet } | { ok: false; findings: RulesFinding[] } {
  const opened = openXlsx(buffer, { ...DEFAULT_LIMITS, maxRows: 200, maxColumns: 16 });
  const t0 = translators[0]!;
  if (opened.type !== "sheet")
    return { ok: false, findings: [{ sheet: t0("rules-sheet-name"), cell: "", code: "not-xlsx", value: "" }] };
  const sheet = opened.book.sheetName;
  const findings: RulesFinding[] = [];
  const add = (cell: string, code: RulesFinding["code"], value = "") => findings.push({ sheet, cell, code, value });
  const labels = new Map(
    ITEMS.flatMap((item) => translators.map((t) => [fold(t(`rules-item-${item}`)), item] as const)),
  );
  const headers = new Set(translators.map((t) => fold(t("rules-column-item"))));
  const explanations = new Set(translators.map((t) => fold(t("rules-sheet-explanation"))));
  const rows: ReadRow[] = [];
  for (const { number, cells } of opened.rows) {
    const label = cellText(cells[0]);
    if (!label || headers.has(fold(label)) || explanations.has(fold(label))) continue;
    const item = labels.get(fold(label));
    if (!item) add(`A${number}`, "unknown-item", label);
    else rows.push({ item, row: number, days: cellText(cells[1]), value: cellText(cells[2]) });
  }
  // A workbook with none of the items is some other file (a sample list, a directory).
  if (rows.length === 0) return { ok: false, findings: [{ sheet, cell: "", code: "not-rules", value: "" }] };
  const draft = draftRules(rows, translators, add);
  if (findings.length > 0 || !draft) return { ok: false, findings };
  const parsed = ruleSetSchema.safeParse(draft);
  if (parsed.success) return { ok: true, rules: parsed.data };
  for (const issue of parsed.error.issues) {
    const [field, index] = issue.path;
    const at =
      field === "lateTiers"
        ? rows.filter((r) => r.item === "lateTier")[Number(index)]
        : rows.find((r) => r.item === field);
    const code = RULE_CODES.find((c) => c === issue.message) ?? "invalid-share";
    add(`C${at?.row ?? ""}`, code, at?.value ?? "");
  }
  return { ok: false, findings };
}

/** Each cell read into the rule set's shape; a wrong cell is a finding and leaves no draft. */
function draftRules(
  rows: ReadRow[],
  translators: Translate[],
  add: (cell: string, code: RulesFinding["code"], value?: string) => void,
): Record<string, unknown> | null {
  const before = { count: 0 };
  const fail = (cell: string, code: RulesFinding["code"], value: string) => {
    before.count++;
    add(cell, code, value);
    return null;
  };
  const one = (item: Item) =>
    rows.find((r) => r.item === item) ?? fail("", "missing-item", translators[0]!(`rules-item-${item}`));
  const share = (r: ReadRow | null) => {
    if (!r) return null;
    const n = readNumber(r.value);
    return n !== null && n >= 0 && n <= 100 ? n / 100 : fail(`C${r.row}`, "invalid-share", r.value);
  };
  const points = (r: ReadRow | null) => {
    if (!r) return null;
    const n = readNumber(r.value);
    return n !== null && n > 0 && n <= 1000 ? n : fail(`C${r.row}`, "invalid-points", r.value);
  };
  const name = one("name");
  if (name && (!name.value || name.value.length > 500)) fail(`C${name.row}`, "invalid-text", name.value);
  const effective = one("effectiveFrom");
  const effectiveFrom =
    effective && (readDate(effective.value) ?? fail(`C${effective.row}`, "invalid-date", effective.value));
  const correctionRow = one("correction");
  const correction = correctionRow && correctionOf(correctionRow.value, translators);
  if (correctionRow && !correction) fail(`C${correctionRow.row}`, "invalid-correction", correctionRow.value);
  const lateTiers = rows
    .filter((r) => r.item === "lateTier")
    .map((r) => {
      const upTo = readNumber(r.days);
      if (upTo === null || !Number.isInteger(upTo) || upTo < 1) fail(`B${r.row}`, "invalid-days", r.days);
      return { upTo, share: share(r) };
    });
  const shares = Object.fromEntries(SHARES.map((item) => [item, share(one(item))]));
  const draft = {
    name: name?.value,
    effectiveFrom,
    points: { lists: points(one("pointsLists")), document: points(one("pointsDocument")) },
    lateTiers,
    ...shares,
    correction,
  };
  return before.count > 0 ? null : draft;
}

function correctionOf(text: string, translators: Translate[]): CorrectionPolicy | null {
  const folded = fold(text);
  return (
    CORRECTION_POLICIES.find(
      (policy) => policy === text || translators.some((t) => fold(t(`rules-correction-${policy}`)) === folded),
    ) ?? null
  );
}
