// What may follow a document's signature and still be read for tasks: a plan the document issues ("KẾ HOẠCH …
// ban hành kèm theo Quyết định …"), and an appendix that assigns the plan's tasks ("PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ
// …", "PHỤ LỤC: LỊCH TRIỂN KHAI THEO MỐC"). Other appendices are forms and figures: an outline of a report to
// write ("ĐỀ CƯƠNG BÁO CÁO"), a list to fill in ("DANH SÁCH …", "MẪU …"), last year's results; their dates and
// numbered headings are no tasks.
import { fold } from "../domain/text.ts";

const APPENDIX = /^phu luc\b/;
// Words of an appendix title that assigns work: tasks, their assignment, a schedule, the progress expected.
const ASSIGNING = /\b(nhiem vu|phan cong|lich|tien do)\b/;

/** Whether a line after the signature opens a part read for tasks; `next` is the line after it (the title). */
export function opensAttached(text: string, next: string | undefined): boolean {
  const line = fold(text);
  if (line === "ke hoach") return true;
  return APPENDIX.test(line) && ASSIGNING.test(`${line} ${fold(next ?? "")}`);
}
