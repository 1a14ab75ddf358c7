// A piece of work named in quotation marks after the noun it names ('nhiệm vụ "Theo dõi, đánh giá … người dân,
// doanh nghiệp"', 'chuyên mục "…"', 'mô hình "…"') is one name: its commas part no clauses and its words name no
// unit doing anything ("doanh nghiệp" there is whom the work serves). Who does the work is read around it.
// A quotation saying who leads or helps, or when (an amended paragraph quoted whole, "Sở X chủ trì …, trước ngày
// …"), or opening after a colon, is prose, read as it is.

import { findDeadlineWording } from "../domain/deadline-wording.ts";

// A quotation right after a word, straight or curly, on one line.
const QUOTED = /(?<=\p{L}[^\S\n]*)(?:"([^"\n]{1,400})"|“([^“”\n]{1,400})”)/gu;
// Words a quoted paragraph (not a name) says: a role. (A name may hold a year or a number: "Hội thi … năm 2024".)
const ROLE = /chủ trì|phối hợp/iu;
/** Whether a quotation is prose: it says who does the work, or by when. */
const prose = (quoted: string) => ROLE.test(quoted) || findDeadlineWording(quoted) !== null;

/** The sentence with each quoted name of work written as a name with no commas ("Theo dõi đánh giá …"). */
export function withQuotedNamesWhole(sentence: string): string {
  if (!/["“]/u.test(sentence)) return sentence;
  return sentence.replace(QUOTED, (quote: string, straight?: string, curly?: string) => {
    const name = straight ?? curly ?? "";
    return prose(name) ? quote : `"${name.replace(/[,;:.]/gu, " ").toLowerCase()}"`;
  });
}
