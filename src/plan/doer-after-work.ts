// The doer a plan names after the work rather than before it, as a commune's plan often does:
//   "Rà soát …. Việc rà soát do Phòng A chủ trì, phối hợp với Phòng B thực hiện"   ← the passive's agent
//   "Niêm yết …, do Trung tâm C thực hiện, xong trong …", "…, do Phòng A tham mưu, tổng hợp"
//   "Đề xuất phương án …. Nhiệm vụ này giao Phòng A chủ trì, Phòng B phối hợp."    ← the work as subject, then given
//   "Xây dựng đề án …; đơn vị tham mưu là Văn phòng."                              ← the doer named by its role
// Each is read as a clause opening with the doer ("Phòng A chủ trì, phối hợp với …"), whose subject leads
// (clause.ts). A body after "do" that only made or approved something ("các văn bản do HĐND xã ban hành") does none of
// the work: the verb after its name must be one of doing, leading or preparing the work (`DOING`).

// "do X", "nhiệm vụ này (được) giao (cho) X", "đơn vị chủ trì (thực hiện) là X": what stands before the doer's name.
const BEFORE_DOER =
  /(?<![\p{L}\p{M}])(?:do|(?:nhiệm vụ|việc|nội dung|công việc)(?:\s+(?:này|trên|nêu trên))?\s+(?:được\s+)?giao(?:\s+cho)?|(?:đơn vị|cơ quan)\s+(chủ trì|tham mưu|thực hiện|phụ trách)(?:\s+thực hiện)?\s+là)\s+(?=\S)/giu;

/** The verbs saying a body does, leads or prepares the work, after the name the words above put first. */
export const DOING =
  /^(?:chủ trì|thực hiện|tham mưu|tổ chức|triển khai|phụ trách|đảm nhiệm|đảm nhận|phối hợp)(?=$|[\s,;:.])/u;

// A name is short: the doer and its verb are looked for within this many characters after the words before it.
const WINDOW = 200;
// The name after a role's "là" ends at the clause's end; a comma before a capital stays inside a name ("Sở Văn hóa,
// Thể thao và Du lịch").
const NAME_END = /[.;:]|,\s+(?!\p{Lu})/u;

/**
 * The clauses, in the text's order, that the doer named after the work opens: "Phòng A chủ trì, phối hợp với …" (after
 * "do" or "giao"), or "Văn phòng tham mưu" (a role's "là", the role word put after the name).
 */
export function doerClauses(text: string): string[] {
  return [...text.matchAll(BEFORE_DOER)].map((m) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + WINDOW);
    const role = m[1]?.toLowerCase();
    return role ? `${after.split(NAME_END)[0]!.trim()} ${role}` : after;
  });
}
