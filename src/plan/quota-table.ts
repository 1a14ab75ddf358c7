// The quota table of Phụ lục VI: per unit, samples allocated (Số mẫu được phân bổ) and
// samples to prepare now (Số lượng mẫu phải lập), each as official (Chính thức) and
// reserve (Dự phòng). Notes may interrupt the table; rows go on after them.
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { romanValue } from "./numbering.ts";
import type { ParsedQuota, PlanWarning } from "./parsed-plan.ts";
import type { UnitResolver } from "../domain/resolve-units.ts";

interface Pair {
  official: number;
  reserve: number;
}

function findPairs(header: string[], sub: string[]): { allocated: Pair; required: Pair } | null {
  const official = sub.flatMap((c, i) => (fold(c) === "chinh thuc" ? [i] : []));
  const reserve = sub.flatMap((c, i) => (fold(c) === "du phong" ? [i] : []));
  if (official.length === 0 || official.length !== reserve.length) return null;
  const pairs = official.map((o, k) => ({ official: o, reserve: reserve[k]! }));
  const titleAt = (i: number) => fold(groupTitle(header, i));
  const required = pairs.find((p) => /phai lap/.test(titleAt(p.official))) ?? pairs.at(-1)!;
  const allocated = pairs.find((p) => /phan bo|phan bo|duoc/.test(titleAt(p.official))) ?? pairs[0]!;
  return { allocated, required };
}

/** The title over a column: a merged group title sits in the first cell of its span. */
function groupTitle(header: string[], index: number): string {
  return header.slice(0, index + 1).findLast((c) => c.trim()) ?? "";
}

function number(cells: string[], index: number, onMissing: () => void): number {
  const text = (cells[index] ?? "").replace(/[.\s]/g, "");
  if (/^\d+$/.test(text)) return Number(text);
  onMissing();
  return 0;
}

// A row grouping the units below it ("I | CẤP TỈNH | 250 | 49", "B. Cấp huyện", or a title in
// capitals without a number): its numbers are the group's subtotal, no unit's quota. The total
// row ("TỔNG CỘNG", "Cộng") is not a group: it closes the table.
function isGroupRow(cells: string[], nameColumn: number): boolean {
  const number = (cells[0] ?? "").trim().replace(/\.$/, "");
  const name = (cells[nameColumn] ?? "").trim();
  if (!name || /^(tong( cong| so)?|cong)$/.test(fold(name))) return false;
  if (romanValue(number) !== null || /^[A-ZĐ]$/u.test(number)) return true;
  return number === "" && name === name.toLocaleUpperCase("vi");
}

// "Tên đơn vị", "Tên cơ quan, đơn vị", "Đơn vị", "Cơ quan, đơn vị": the column naming the unit.
const isNameHeader = (cell: string) => /^(ten )?((co quan )?don vi|co quan)( thuc hien)?$/.test(fold(cell));

export function readQuotaTable(blocks: Block[], resolver: UnitResolver, warnings: PlanWarning[]): ParsedQuota[] {
  const start = blocks.findIndex((b, i) => {
    const next = blocks[i + 1];
    return (
      b.type === "row" &&
      b.cells.some(isNameHeader) &&
      next?.type === "row" &&
      next.cells.some((c) => fold(c) === "chinh thuc")
    );
  });
  if (start < 0) return [];
  const header = (blocks[start] as { cells: string[] }).cells;
  const sub = (blocks[start + 1] as { cells: string[] }).cells;
  const pairs = findPairs(header, sub);
  if (!pairs) return [];
  const nameColumn = header.findIndex(isNameHeader);
  const quotas: ParsedQuota[] = [];
  for (const block of blocks.slice(start + 2)) {
    if (block.type === "text") {
      if (/^phu luc/.test(fold(block.text))) break;
      continue;
    }
    if (isGroupRow(block.cells, nameColumn)) continue;
    if (!/^\d+$/.test(block.cells[0]?.trim() ?? "")) break;
    const written = block.cells[nameColumn] ?? "";
    const unit = resolver.find(written) ?? null;
    if (!unit) warnings.push({ code: "unresolved-quota-unit", args: { name: written } });
    const name = unit?.name ?? written;
    const read = (index: number) => {
      const column = `${groupTitle(header, index)} – ${sub[index]}`;
      return number(block.cells, index, () =>
        warnings.push({ code: "quota-cell-missing", args: { unit: name, column } }),
      );
    };
    const allocated = { official: read(pairs.allocated.official), reserve: read(pairs.allocated.reserve) };
    const required =
      pairs.required === pairs.allocated
        ? allocated
        : { official: read(pairs.required.official), reserve: read(pairs.required.reserve) };
    quotas.push({ unit: name, resolved: unit !== null, ...allocated, required });
  }
  return quotas;
}
