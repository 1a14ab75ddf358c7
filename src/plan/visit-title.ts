// An inspection schedule may set beside the unit visited what the visit looks at ("Đơn vị được kiểm tra" |
// "Nội dung trọng tâm" | Thời gian | Chủ trì): the work is then the act done at that unit on that content, never the
// unit alone, which is whom the work is done for. The task reads "Kiểm tra <unit>: <content>", the act taken from
// the unit column's own title ("được kiểm tra", "được giám sát").
import { fold } from "../domain/text.ts";
import { columnRole, VISITED, type Columns } from "./table-header.ts";

/** The column saying what a visit looks at, and the act the visited unit's column names; null when none. */
export interface VisitWork {
  column: number;
  act: string;
}

/** In a schedule whose task column names the units visited, the next column titling work ("Nội dung …"). */
export function visitWork(headers: string[][], columns: Columns): VisitWork | null {
  const at = columns.task;
  if (at === undefined) return null;
  for (const row of headers) {
    const act = /được\s+(\S.*|[^\S\n\r\u2028\u2029])$/iu.exec(row[at] ?? "")?.[1];
    if (!act || !VISITED.test(fold(row[at]!))) continue;
    const column = row.findIndex((c, i) => i !== at && columnRole(c) === "task" && !VISITED.test(fold(c)));
    if (column >= 0) return { column, act: act.charAt(0).toUpperCase() + act.slice(1).toLowerCase() };
  }
  return null;
}

/** The visit's title from its unit and content cells ("Kiểm tra UBND xã A: Quản lý …"); with no content, the unit. */
export function visitTitle(work: VisitWork | null, unit: string, cells: string[]): string {
  const content = work ? (cells[work.column] ?? "").trim() : "";
  return content && unit.trim() ? `${work!.act} ${unit.trim()}: ${content}` : unit;
}
