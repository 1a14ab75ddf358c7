// What an annotated copy shows, whichever writer makes it: the error column's title, a
// note and highlighted cells per row, and the sheet listing every finding.
export interface AnnotateInput {
  headerRow: number;
  errorColumnTitle: string;
  notes: { row: number; message: string; cells: { column: number; severity: "error" | "warning" }[] }[];
  findingsSheet: { name: string; rows: (string | number)[][] };
}

/** Light red for errors, light yellow for warnings, as Excel's own highlight styles. */
export const FILLS = { error: "FFFFC7CE", warning: "FFFFEB9C" } as const;
