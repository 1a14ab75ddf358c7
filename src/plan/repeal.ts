// An amending plan repeals tasks of the plan it amends: "Bãi bỏ các nhiệm vụ số 7, 18 … (… trước ngày
// 15/11/2025; … Quý III/2025)". The dates it names are those of the tasks no longer done: it is no task.

const REPEALS = /^(bai bo|huy bo|dung thuc hien|khong thuc hien)\s+(cac\s+)?nhiem vu\b/;

/** Whether a folded item repeals tasks rather than sets one. */
export const repealsTasks = (folded: string): boolean => REPEALS.test(folded);
