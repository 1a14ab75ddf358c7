// A column may be titled by the kind of body each row belongs to ("Tiểu ban", "Tổ công tác", "Đoàn") rather than
// "Cơ quan chủ trì": its cells then name one body of that kind each ("Tiểu ban Nội dung", "Tổ công tác số 2"),
// merged down over the rows it is in charge of. Each row's work is that body's, as under a lead column.
import { fold } from "../domain/text.ts";
import { columnRole } from "./table-header.ts";

/**
 * The column of `header` with no role of its own whose filled cells in `body` (two at least) all open with its
 * title, each naming a body of the kind the title names; undefined when there is none, or more than one.
 */
export function kindLeadColumn(header: string[], body: string[][]): number | undefined {
  const found = header.flatMap((label, c) => {
    const kind = fold(label).trim();
    if (!kind || columnRole(label) !== undefined) return [];
    const filled = body.map((cells) => fold(cells[c] ?? "").trim()).filter(Boolean);
    const named = filled.every((cell) => cell.startsWith(`${kind} `));
    return filled.length >= 2 && named ? [c] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}
