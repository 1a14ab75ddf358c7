// Plan number, date, issuer and title, from the heading of the document or, failing
// that, from the appendices' "(Ban hành kèm theo Kế hoạch số … ngày …)". A sheet that tracks a plan
// without a number of its own ("Bảng theo dõi tiến độ") names it in its heading, "(Theo Kế hoạch số …
// ngày …)", or "(Kế hoạch số … ngày … của …)" under a summary's title: that plan's number and date, not the day the
// sheet was signed. A task-management system's export
// names it after its list's label: "Danh sách nhiệm vụ theo văn bản: Kế hoạch số … ngày …", or, with no line above its
// table, only in its columns of the document's number and date, the same on every row (document-columns.ts).
import { makeDate } from "../domain/dates.ts";
import { withOcrHeadDigits } from "../domain/ocr-digits.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import { planOfColumns, planOfFields } from "./document-columns.ts";
import type { PlanMeta, PlanWarning } from "./parsed-plan.ts";

// A number as a state office writes it, "98/KH-UBND" (blank before the slash on a draft), or as a party committee
// does, "47-KH/TU" (Hướng dẫn 36-HD/VPTW: the number, a hyphen, the kind of document, a slash, the issuer).
const WRITTEN_NUMBER = String.raw`((?:\d+\s*)?\/\s*[\p{L}\d-]+|\d+-[\p{L}\d]+\/[\p{L}\d-]+)`;
// "Số: 98/KH-UBND", "Số 47-KH/TU", also after the issuer's last line in capitals when a copy runs the two together
// ("TỈNH LAI CHÂU Số: 158/KH-UBND").
const NUMBER_LINE = new RegExp(String.raw`^(?:[\p{Lu}\d][\p{Lu}\d ,.-]*\s)?Số\s*(?::\s*)?` + WRITTEN_NUMBER, "u");
// "Hà Giang, ngày 05 tháng 3 năm 2024", also after the national motto or the number when a copy runs the header's
// two columns together line by line ("Độc lập - Tự do - Hạnh phúc Hà Giang, ngày …", "Số: 9/KH-UBND Hà Giang, …"), or
// after a joint plan's two numbers, each issuer's ("Số: 18/KH-SNV Số: 31/KH-STP Thái Nguyên, ngày …").
const PLACE_DATE = new RegExp(
  String.raw`^(?:Độc lập\s*\p{Pd}\s*Tự do\s*\p{Pd}\s*Hạnh phúc\s+|(?:Số\s*(?::\s*)?${WRITTEN_NUMBER.replace("(", "(?:")}\s+){1,2})?` +
    String.raw`[\p{L} .]+,\s*ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})`,
  "iu",
);
const DAY = String.raw`ngày\s+(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})`;
// A citation parts the number from its day by a space or by a comma, as a sentence lists them ("Kế hoạch số
// 45/KH-SNV, ngày 07/03/2024 của …"): the same number and day either way.
const TO_DAY = String.raw`(?:\s*,\s*|\s+)`;
const ATTACHED = new RegExp(String.raw`kèm theo Kế hoạch số\s*(?::\s*)?` + WRITTEN_NUMBER + TO_DAY + DAY, "iu");
/** Whether a line cites the plan it is attached to, by number and date ("(Kèm theo Kế hoạch số 45/KH-UBND ngày …)"). */
export const citesAttachedPlan = (line: string): boolean => ATTACHED.test(line);

// A task list's title names the plan its tasks carry out: "DANH SÁCH NHIỆM VỤ triển khai Kế hoạch số … ngày …", the
// title of the list a task-tracking system exports, and a tracking sheet's "(BẢNG) THEO DÕI TIẾN ĐỘ thực hiện Kế
// hoạch số … ngày …" (joined with its next line when the title stands alone on its own), or the export's line naming
// the document that gave the tasks ("Văn bản giao nhiệm vụ: Kế hoạch số … ngày …").
const LIST_TITLE =
  String.raw`(?:DANH\s+(?:SÁCH|MỤC)\s+(?:CÁC\s+)?NHIỆM\s+VỤ|BẢNG\s+THEO\s+DÕI(?:\s+TIẾN\s+ĐỘ)?|` +
  String.raw`THEO\s+DÕI\s+TIẾN\s+ĐỘ|BẢNG\s+TIẾN\s+ĐỘ|BẢNG\s+TỔNG\s+HỢP\s+(?:CÁC\s+)?NHIỆM\s+VỤ)`;
const CARRIED = "(?:triển khai|thực hiện|theo)";
const LIST_TITLE_ALONE = new RegExp(String.raw`^\s*${LIST_TITLE}\s*$`, "iu");
const FOLLOWED = new RegExp(
  String.raw`^\s*(?:\((?:\s*Theo)?|[^()]{0,60}\b(?:theo văn bản|văn bản giao(?: nhiệm vụ| việc)?)\s*:|${LIST_TITLE}[\s:.-]*${CARRIED}(?:\s+${CARRIED}){0,2})` +
    String.raw`\s*Kế hoạch số\s*(?::\s*)?` +
    WRITTEN_NUMBER +
    TO_DAY +
    DAY,
  "iu",
);

// A tracking sheet may write the plan it follows as its title with the citation in brackets closing the line ("Kế hoạch
// cải cách hành chính năm 2026 (Kế hoạch số 19/KH-UBND ngày 21/01/2026 của UBND tỉnh …)", "Tiến độ thực hiện Kế hoạch
// phòng, chống thiên tai (theo Kế hoạch số …)"): the plan the sheet is of, as the bracket on a line of its own is.
const TITLE_CITATION = new RegExp(
  String.raw`\S[^()]*\((?:\s*(?:theo|thực hiện|triển khai))?\s*Kế hoạch số\s*(?::\s*)?` +
    WRITTEN_NUMBER +
    TO_DAY +
    DAY +
    String.raw`[^()]*\)\s*$`,
  "iu",
);

// A copy someone passes on names the plan it carries in its first lines, where the plan's own header would stand: a
// chat message opening "Kế hoạch số 63/KH-UBND ngày 16/3/2026 của UBND tỉnh …", an e-mail "… gửi nội dung Kế hoạch số
// … ngày …". A plan that only cites another ("Căn cứ Kế hoạch số …", "Thực hiện Kế hoạch số …") names it otherwise.
const PASSED_ON = new RegExp(
  String.raw`^\s*(?:[^()]{0,60}\b(?:gửi|chuyển|chuyển tiếp)(?: nội dung| toàn văn| bản)?\s+)?Kế hoạch số\s*(?::\s*)?` +
    WRITTEN_NUMBER +
    TO_DAY +
    DAY,
  "iu",
);

/** The number as the plan is known by, "98/KH-UBND" (spaces around the slash dropped), or null when it is blank. */
const numberOf = (written: string): string | null => (/^\d/.test(written) ? written.replace(/\s+/g, "") : null);
const dateOf = (m: RegExpMatchArray): string | null => makeDate(Number(m[4]), Number(m[3]), Number(m[2]));

/**
 * The first of the document's opening lines that `pattern` matches. A header block copied as text keeps its two
 * columns on tab-separated lines ("Số: 18/KH-UBND ⇥ Thái Nguyên, ngày …"), which read as a row: its cells are
 * opening lines too, looked at when no paragraph matches (a page copied from a portal puts its own lines first).
 */
function firstHeadMatch(blocks: Block[], texts: string[], pattern: RegExp): RegExpMatchArray | undefined {
  const inTexts = texts
    .slice(0, 15)
    .map((t) => t.match(pattern))
    .find(Boolean);
  if (inTexts) return inTexts;
  return (
    headCells(blocks)
      .map((c) => c.match(pattern))
      .find(Boolean) ?? undefined
  );
}

/** The cells of the document's opening rows: a header block laid out as a table, a sheet's title rows. */
const headCells = (blocks: Block[]): string[] =>
  blocks.slice(0, 20).flatMap((b) => (b.type === "row" ? b.cells.map(withOcrHeadDigits) : []));

/**
 * A page copied from a portal may put so many of its own lines (banner, menu, a sidebar of dated items) first that the
 * header's date falls past the opening lines: the date stands a few lines after the number, wherever the number is.
 */
function nearNumber(texts: string[], pattern: RegExp): RegExpMatchArray | undefined {
  const at = texts.findIndex((t) => NUMBER_LINE.test(t));
  return at < 0
    ? undefined
    : (texts
        .slice(at, at + 4)
        .map((t) => t.match(pattern))
        .find(Boolean) ?? undefined);
}

// A joint plan carries the number each issuer gave it, side by side under their names ("Số: 17/KH-MTTQ-BTT ⇥ Số:
// 62/KH-UBND"). dondoc follows the People's Committee's plans (its issuer is "UBND tỉnh …"), so the number the
// committee gave, its issuer's code ending "UBND", is the plan's; with one number, or none of the committee's, the
// first.
const NUMBER_ANYWHERE = new RegExp(String.raw`(?:^|[\s\p{Lu}])Số\s*(?::\s*)?` + WRITTEN_NUMBER, "gu");
const COMMITTEE_NUMBER = /-UBND$/u;

/** The People's Committee's number among several the header's opening lines give, or null. */
function committeeNumber(blocks: Block[], texts: string[]): string | null {
  const lines = [...texts.slice(0, 15), ...headCells(blocks)];
  const numbers = lines
    .filter((line) => NUMBER_LINE.test(line))
    .flatMap((line) => [...line.matchAll(NUMBER_ANYWHERE)].map((m) => numberOf(m[1]!)))
    .filter((n): n is string => n !== null);
  return new Set(numbers).size > 1 ? (numbers.find((n) => COMMITTEE_NUMBER.test(n)) ?? null) : null;
}

// A message that sums a plan up names it as its basis, in words or by the short form "KH": "Thực hiện KH số 45/KH-UBND
// ngày 12/3/2026 của UBND tỉnh …, Văn phòng tóm tắt các việc cụ thể": the plan it passes on.
const SUMMED_UP = new RegExp(
  String.raw`^\s*(?:căn cứ|thực hiện)\s+(?:Kế hoạch|KH)\s+số\s*(?::\s*)?` + WRITTEN_NUMBER + TO_DAY + DAY,
  "iu",
);

/** The plan a copy passes on names, in its first lines, when nothing above it cites a basis. */
function passedOn(texts: string[]): RegExpMatchArray | undefined {
  for (const text of texts.slice(0, 15)) {
    if (/\btom tat\b/.test(fold(text))) {
      const summed = text.match(SUMMED_UP);
      if (summed) return summed;
    }
    if (/^\s*(?:căn cứ|thực hiện)\s/iu.test(text)) return undefined;
    const m = text.match(PASSED_ON);
    if (m) return m;
  }
  return undefined;
}

// A numbered heading or item ("I. …", "Phần II", "2. …", "a) …", "- …") or a numbered row: where a document's tasks
// begin.
const NUMBERED_LINE =
  /^\s*(?:(?:[IVXLC]+[.)]|\d{1,3}(?:\.\d{1,3})*[.)]?|(?:Phần|PHẦN|Mục|MỤC|Chương|CHƯƠNG|Điều|ĐIỀU)\s+[\dIVXLC]+\.?)(?:\s|:|$)|\p{Ll}\)\s|[-–+•]\s)/u;

/**
 * A document's opening title lines: its first paragraphs before the first numbered heading, item or row, where only
 * its own title (or a sheet's) stands; a heading's bracket citing another plan ("I. ĐIỀU CHỈNH … (theo Kế hoạch số
 * 35/KH-UBND …)") says what the section is about, not which plan the document is.
 */
function openingTitles(blocks: Block[]): string[] {
  const titles: string[] = [];
  for (const block of blocks) {
    const first = block.type === "text" ? block.text : (block.cells.find((c) => c.trim()) ?? "");
    if (NUMBERED_LINE.test(first) || titles.length === 15) break;
    if (block.type === "text") titles.push(withOcrHeadDigits(block.text));
  }
  return titles;
}

/** The plan a sheet's title cites in brackets, among its opening title lines (never a task's nor a heading's). */
const titleCitation = (blocks: Block[]): RegExpMatchArray | undefined =>
  openingTitles(blocks)
    .map((t) => t.match(TITLE_CITATION))
    .find(Boolean) ?? undefined;

export function readMetadata(blocks: Block[], province: string): { meta: PlanMeta; warnings: PlanWarning[] } {
  // A scan's OCR copy reads digits of the number and date as look-alike letters ("Số: 2O5/KH-UBND").
  const texts = blocks.flatMap((b) => (b.type === "text" ? [withOcrHeadDigits(b.text)] : []));
  let number: string | null = null;
  let date: string | null = null;
  const numberLine = firstHeadMatch(blocks, texts, NUMBER_LINE);
  if (numberLine) number = committeeNumber(blocks, texts) ?? numberOf(numberLine[1]!);
  const dateLine = firstHeadMatch(blocks, texts, PLACE_DATE) ?? nearNumber(texts, PLACE_DATE);
  if (dateLine?.[1]) date = makeDate(Number(dateLine[3]), Number(dateLine[2]), Number(dateLine[1]));
  const titled = texts.map((t, i) => (LIST_TITLE_ALONE.test(t) && texts[i + 1] ? `${t} ${texts[i + 1]}` : t));
  const followed = numberLine
    ? null
    : (firstHeadMatch(blocks, titled, FOLLOWED) ?? passedOn(texts) ?? titleCitation(blocks));
  if (followed) {
    number = numberOf(followed[1]!);
    date = dateOf(followed);
  }
  // An appendix's own line anywhere, or the title rows of a task sheet printed alone ("BẢNG PHÂN CÔNG … / (Kèm
  // theo Kế hoạch số 95/KH-UBND ngày 08/4/2026 …)", each a row of the sheet over the table's width).
  const attached = texts.map((t) => t.match(ATTACHED)).find(Boolean) ?? firstHeadMatch(blocks, [], ATTACHED);
  if (attached) {
    number ??= numberOf(attached[1]!);
    date ??= dateOf(attached);
  }
  if (!number) {
    // An export's metadata rows, else its columns of the document's number and date (document-columns.ts).
    const fields = planOfFields(blocks);
    const columns = fields.number ? fields : planOfColumns(blocks);
    number = columns.number;
    date ??= columns.date;
  }
  const heading = texts.findIndex((t) => fold(t) === "ke hoach");
  const title = heading >= 0 ? (texts[heading + 1] ?? null) : null;
  const warnings: PlanWarning[] = [];
  if (!number) warnings.push({ code: "plan-number-missing", args: {} });
  if (!date) warnings.push({ code: "plan-date-missing", args: {} });
  return { meta: { number, date, issuer: `UBND tỉnh ${province}`, title }, warnings };
}
