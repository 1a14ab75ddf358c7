// What a task table's columns are: the role each plays, by its index. Its own module, so that the readers of a
// column's cells (time-columns.ts) and the header's reader (table-header.ts) share it without importing each other.
export type Role = "ref" | "task" | "deadline" | "superseded" | "lead" | "coordinators" | "month" | "start";
/** `more`: further columns of a role, as kinds of unit under "Đơn vị thực hiện" each naming leads. */
/** `group`: a column left of the task's naming the rows' group ("Nhóm nhiệm vụ", "Tiêu chí 1.1: …"). */
/** `leadTime`: a column naming both who leads and by when ("Đơn vị chủ trì – thời hạn", `lead-time-column.ts`). */
export type Columns = Partial<Record<Role, number>> & {
  more?: Partial<Record<Role, number[]>>;
  group?: number;
  leadTime?: number;
};
