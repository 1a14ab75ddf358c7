// A piece of work named in quotation marks after the noun it names ('nhiệm vụ "Theo dõi, đánh giá … người dân,
// doanh nghiệp"', 'chuyên mục "…"', 'mô hình "…"') is one name: its commas part no clauses and its words name no
// unit doing anything ("doanh nghiệp" there is whom the work serves). Who does the work is read around it.
// A quotation saying who leads or helps, or when (an amended paragraph quoted whole, "Sở X chủ trì …, trước ngày
// …"), or opening after a colon, is prose, read as it is.

import { findDeadlineWording } from "../domain/deadline-wording.ts";
import { hasQuotationMark, QUOTATION } from "./quotation-marks.ts";

// A quotation right after a word (a space or a few between), in any of the marks offices type. The spaces are
// bounded: looked behind from every place in a paragraph, a run of 100 KB of them was read anew from each.
const QUOTED = new RegExp(`(?<=\\p{L}[^\\S\\n]{0,4})${QUOTATION}`, "gu");
// Words a quoted paragraph (not a name) says: a role. (A name may hold a year or a number: "Hội thi … năm 2024".)
const ROLE = /chủ trì|phối hợp/iu;
/** Whether a quotation is prose: it says who does the work, or by when. */
const prose = (quoted: string) => ROLE.test(quoted) || findDeadlineWording(quoted) !== null;

/** The sentence with each quoted name of work written as a name with no commas ("Theo dõi đánh giá …"). */
export function withQuotedNamesWhole(sentence: string): string {
  if (!hasQuotationMark(sentence)) return sentence;
  return sentence.replace(QUOTED, (quote: string, name: string) =>
    prose(name) ? quote : `"${name.replace(/[,;:.]/gu, " ").toLowerCase()}"`,
  );
}
