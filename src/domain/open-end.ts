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

/**
 * Office heads written with a capital, which need their field or level ("Sở Nông nghiệp và Môi trường", "UBND xã").
 * "Sở" and "Ủy ban" alone may also name the writer's own office ("của Sở", "Văn phòng Sở", "Giám đốc Sở"): only a next
 * line opening with a capitalised word that is no label ("Chủ trì: …", "Hạn: …") finishes the name.
 */
const NAME_HEADS = new Set(["Sở", "SỞ", "UBND", "HĐND", "Ủy ban", "Uỷ ban", "ỦY BAN", "UỶ BAN"]);

/** A title, an owner or "của" before an office's head ("Giám đốc Sở", "Thanh tra Sở", "của Sở"): the head ends it. */
const OWNED = /(?:giám đốc|chủ tịch|trưởng|lãnh đạo|văn phòng|thanh tra|của)\s+\S+(?:\s+ban)?$/iu;

/** A line opening with a label ("Chủ trì: …", "Thời hạn: …"): a colon within its first words. */
const LABELLED = /^(?:\S+\s+){0,3}\S+:/u;

/**
 * Whether `text` ends with a word that cannot end a sentence or a name, so that it goes on in `next`: a conjunction,
 * a preposition or a determiner always; an office's head when `next` finishes its name.
 */
export function endsOpen(text: string, next = ""): boolean {
  const words = text.trimEnd().split(/\s+/u);
  const last = words.at(-1) ?? "";
  if (!last || /[^\p{L}]$/u.test(last)) return false;
  if (FUNCTION_WORDS.has(last.toLowerCase())) return true;
  const head = NAME_HEADS.has(last) || NAME_HEADS.has(words.slice(-2).join(" "));
  // "UBND", "HĐND" never stand alone: their level follows in lower case ("tỉnh", "xã").
  const finished = !LABELLED.test(next) && (/^\p{Lu}/u.test(next) || /^(?:UBND|HĐND)$/u.test(last));
  return head && finished && !OWNED.test(words.slice(-4).join(" "));
}
