// Words a Vietnamese sentence, heading or unit's name cannot end with: a conjunction ("và"), a preposition that
// needs its object ("của", "với", "tại"), a determiner that needs its noun ("các", "những"), and the head of an
// office's name that needs its field or level ("Sở", "UBND", "Ủy ban"). Text broken after one goes on.
// Words that may end a phrase in some use are left out: "trên" ("nêu trên"), "theo" ("kèm theo"), "về" ("trở về"),
// "sau" ("như sau"), "qua" ("vừa qua"), "đến", "trong", "ngày".

const FUNCTION_WORDS = new Set([
  "và",
  "hoặc",
  "của",
  "với",
  "cho",
  "tại",
  "từ",
  "để",
  "nhằm",
  "là",
  "do",
  "thuộc",
  "gồm",
  "các",
  "những",
  "mọi",
  "từng",
  "mỗi",
]);

/** Office heads written with a capital: "Giám đốc Sở" ends a title, so a title before the head lets it end. */
const NAME_HEADS = new Set(["Sở", "SỞ", "UBND", "HĐND", "Ủy ban", "Uỷ ban", "ỦY BAN", "UỶ BAN"]);

/** A title before an office's head ("Giám đốc Sở", "Chủ tịch UBND") names a person, which may end a phrase. */
const TITLE_BEFORE = /(?:giám đốc|chủ tịch|trưởng|thủ trưởng)\s+\S+(?:\s+ban)?$/iu;

/** Whether `text` ends with a word that cannot end a sentence or a name, so that it goes on after a break. */
export function endsOpen(text: string): boolean {
  const words = text.trimEnd().split(/\s+/u);
  const last = words.at(-1) ?? "";
  if (!last || /[^\p{L}]$/u.test(last)) return false;
  if (FUNCTION_WORDS.has(last.toLowerCase())) return true;
  const head = NAME_HEADS.has(last) || NAME_HEADS.has(words.slice(-2).join(" "));
  return head && !TITLE_BEFORE.test(words.slice(-4).join(" "));
}
