// What a report covers says what is reported, never by when it is due:
//   "… xây dựng báo cáo quý I/2025, số liệu tính từ ngày 15/12/2024 đến ngày 14/3/2025, gửi Sở Nội vụ trước ngày 18/3"
//   "… (kỳ số liệu từ ngày 01/01 đến ngày 31/5), …", "chốt số liệu đến hết ngày 30/6/2025, báo cáo … chậm nhất ngày …"
// The span of days the figures cover (either end of it), the day they are closed or counted up to ("chốt số liệu
// (đến hết) ngày …", "tính đến (hết) ngày …"), and the period the report is of ("báo cáo … quý I/2025", "kết quả
// thực hiện tháng 3/2025", when a time of sending follows it) date nothing: the report is one task, due on the day it
// is sent. Each test looks only at the words just before the time (a sentence may hold thousands of days).

// How far before a time its scope's words are looked for: "số liệu", then at most a few words and a day.
const REACH = 120;

// What opens a span of figures: "số liệu (tính) từ", "kỳ số liệu từ", "thời gian lấy số liệu: từ", "kỳ báo cáo: từ".
const OPENER = String.raw`(?<!\p{L})(?:số\s+liệu|kỳ\s+báo\s+cáo)(?:\s+\p{L}+){0,3}\s*(?::\s*)?từ\s+`;
// The span's first day follows "từ"; its last follows the "đến" after it, in the same bracket or clause.
const SPAN_START = new RegExp(`${OPENER}$`, "iu");
const SPAN_END = new RegExp(String.raw`${OPENER}[^;()]{1,40}\sđến(?:\s+hết)?\s+$`, "iu");
// "tính đến (hết) ngày …", "chốt số liệu (đến hết) ngày …", "số liệu chốt tại ngày …": the day figures stand at.
const CUT_OFF = /(?<!\p{L})(?:tính\s+đến|chốt(?:\s+số\s+liệu)?(?:\s+(?:đến|tại))?)(?:\s+hết)?\s+$/iu;
// The words of a time written before its day: "từ", "đến", "đến hết".
const TIME_WORDS = /^(?:từ|đến(?:\s+hết)?)\s+/iu;

/**
 * Whether the time at `index` of `text` ("từ ngày …", "đến hết ngày …", or a bare "ngày …") is an end of the span a
 * report's figures cover, or the day they are closed at: what is reported, no deadline.
 */
export function coversFigures(text: string, index: number): boolean {
  const words = TIME_WORDS.exec(text.slice(index, index + 12))?.[0] ?? "";
  const before = text.slice(Math.max(0, index - REACH), index) + words;
  return SPAN_START.test(before) || SPAN_END.test(before) || CUT_OFF.test(before);
}

// Words saying when, which make the period after them a time of the work ("báo cáo trong quý I", "… trước tháng 6").
const WHEN = String.raw`(?:trong|trước|vào|đến|hết|cuối|đầu|giữa|xong|chậm|nhất|từ|sau|hoàn|thành|hạn|ngày)`;
// "báo cáo (cải cách hành chính) quý I/2025", "kết quả thực hiện tháng 3/2025", "tình hình … quý II": a report's
// name, then the period it is of, a few words after it and none of them saying when.
const REPORT_OF = new RegExp(
  String.raw`(?<!\p{L})(?:báo\s+cáo|kết\s+quả|số\s+liệu|tình\s+hình)(?:\s+(?!${WHEN}(?!\p{L}))[\p{L}\p{N}]+){0,8}\s+$`,
  "iu",
);
const PERIOD = /^(?:quý|tháng)\s/iu;

/** Whether the period at `index` of `text` ("quý I/2025", "tháng 3/2025") is the one a report named before it is of. */
export function periodOfReport(text: string, index: number): boolean {
  return PERIOD.test(text.slice(index, index + 6)) && REPORT_OF.test(text.slice(Math.max(0, index - REACH), index));
}
