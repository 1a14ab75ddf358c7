// What an annotated copy shows, whichever writer makes it: the error column's title, a
// note and highlighted cells per row, and the sheet listing every finding.
import type { ListCheck } from "../domain/list-check.ts";
import { findingText } from "../i18n/format.ts";
import { translator } from "../i18n/index.ts";

export interface AnnotateInput {
  headerRow: number;
  errorColumnTitle: string;
  notes: { row: number; message: string; cells: { column: number; severity: "error" | "warning" }[] }[];
  findingsSheet: { name: string; rows: (string | number)[][] };
}

/** Light red for errors, light yellow for warnings, as Excel's own highlight styles. */
export const FILLS = { error: "FFFFC7CE", warning: "FFFFEB9C" } as const;

/**
 * The annotated copy is the unit's own Vietnamese document: its notes and findings sheet are
 * in Vietnamese whatever language the chat speaks, and say each finding in words (no codes).
 */
export function annotationOf(
  check: Pick<ListCheck, "headerRow" | "findings">,
  columnOf: (header: string | null) => number | null,
): AnnotateInput {
  const t = translator("vi");
  const findings = check.findings.map((f) => ({ ...f, message: findingText(t, f) }));
  const byRow = new Map<number, typeof findings>();
  for (const f of findings) if (f.row !== null) byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
  return {
    headerRow: check.headerRow,
    errorColumnTitle: t("annotation-column"),
    notes: [...byRow].map(([row, list]) => ({
      row,
      message: list.map((f) => f.message).join("\n"),
      cells: list.flatMap((f) => {
        const column = columnOf(f.column);
        return column ? [{ column, severity: f.severity }] : [];
      }),
    })),
    findingsSheet: {
      name: t("annotation-sheet"),
      rows: [
        [t("annotation-row"), t("annotation-col"), t("annotation-value"), t("annotation-message")],
        ...findings.map((f) => [f.row ?? "", f.column ?? "", f.value, f.message]),
      ],
    },
  };
}
