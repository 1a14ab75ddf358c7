// What may follow a document's signature and still be read for tasks: a plan the document issues ("KẾ HOẠCH …
// ban hành kèm theo Quyết định …"), and an appendix that assigns the plan's tasks ("PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ
// …", "PHỤ LỤC: LỊCH TRIỂN KHAI THEO MỐC"). Other appendices are forms and figures: an outline of a report to
// write ("ĐỀ CƯƠNG BÁO CÁO"), a list to fill in ("DANH SÁCH …", "MẪU …"), last year's results; their dates and
// numbered headings are no tasks.
import { fold } from "../domain/text.ts";
import { endsBody } from "./closing-order.ts";
import type { Block } from "./document.ts";

const APPENDIX = /^phu luc\b/;
// Words of an appendix title that assigns work: tasks, their assignment, a schedule, the progress expected.
const ASSIGNING = /\b(nhiem vu|phan cong|lich|tien do)\b/;

/** Whether a line after the signature opens a part read for tasks; `next` is the line after it (the title). */
export function opensAttached(text: string, next: string | undefined): boolean {
  const line = fold(text);
  if (line === "ke hoach") return true;
  return APPENDIX.test(line) && ASSIGNING.test(`${line} ${fold(next ?? "")}`);
}

// A sample form attached after the signature, for the units to report on ("Biểu mẫu 01", "Mẫu số 02/BC",
// "Mẫu biểu"): its table's rows are columns to fill in and, at most, an example row ("Đăng ký khai sinh (ví dụ) |
// UBND huyện A | Trước ngày 30/9"), never work the plan assigns. A form also shows itself by the date line its
// sender will fill in, place, day and month left blank ("……, ngày … tháng … năm 2025"): a plan issued with the
// document may leave its decision's day blank ("kèm theo Quyết định số …/QĐ-UBND ngày … tháng …"), never its place.
// A PDF's reader keeps that line even where it takes the titles atop two pages for a running header.
const FORM_TITLE = /^(bieu mau|mau so|mau bieu)\b/;
const BLANK_DATE = /^[.…_\s]+,\s*ngày[.…_\s]+tháng\b/iu;

const opensForm = (text: string): boolean => FORM_TITLE.test(fold(text)) || BLANK_DATE.test(text.trim());

/**
 * The blocks without the rows of sample forms after the signature: from a form's title or blank date line, up to a
 * part read for tasks or another appendix, whose tables are read as before. One pass.
 */
export function withoutSampleForms(blocks: Block[]): Block[] {
  let signed = false;
  let form = false;
  return blocks.filter((block, i) => {
    if (block.type === "row") return !form;
    const next = blocks[i + 1];
    if (endsBody(block.text)) signed = true;
    else if (signed && opensForm(block.text)) form = true;
    else if (APPENDIX.test(fold(block.text)) || opensAttached(block.text, next?.type === "text" ? next.text : "")) {
      form = false;
    }
    return true;
  });
}

// A Tờ trình (a submission) asks the body it is addressed to to decide; one carrying its draft plan after its
// signature ("TỜ TRÌNH … Về việc ban hành Kế hoạch …", then "DỰ THẢO / KẾ HOẠCH …") tells in its own sections why
// the plan is needed, how it was drafted ("Ngày 02/02, Sở … lấy ý kiến …, thời hạn góp ý đến ngày …") and what it
// asks ("kính trình UBND tỉnh xem xét, ban hành Kế hoạch trước ngày …"): the past of the drafting and a request to
// its addressee, no work of the plan. Only the draft it carries is read. A Tờ trình carrying nothing is read as
// before. The title is one of the document's first lines, above any of its sections.
const SUBMISSION_TITLE = /^(du thao )?to trinh$/;
const TITLE_REACH = 20;

/**
 * How many blocks at the head of `blocks` are a submission's own body, up to its signature, when a plan or an
 * appendix read for tasks follows that signature; 0 for any other document. One pass.
 */
export function submissionBodyEnd(blocks: readonly Block[]): number {
  const texts = blocks.map((b) => (b.type === "text" ? b.text : ""));
  const title = texts.slice(0, TITLE_REACH).findIndex((t) => SUBMISSION_TITLE.test(fold(t)));
  if (title < 0) return 0;
  let signature = -1;
  for (let i = title + 1; i < texts.length; i++) {
    if (signature < 0 && endsBody(texts[i]!)) signature = i;
    else if (signature >= 0 && opensAttached(texts[i]!, texts[i + 1])) return signature;
  }
  return 0;
}
