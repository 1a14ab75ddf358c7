// Who does what in a sentence of a plan, read by its grammar rather than by its words:
//   subject  — the units before the first verb lead: "Sở Nội vụ tổng hợp và trình …",
//              "+ Các Sở: Tư pháp, Tài chính, …, Văn phòng UBND tỉnh tự chấm điểm …";
//              "Giao X …", "Đề nghị X …", "Yêu cầu X …" name X, and so do "… do X chủ trì", "Nhiệm vụ này giao X
//              thực hiện" and "đơn vị tham mưu là X" after the work (doer-after-work.ts);
//   coordinator — "phối hợp (với|cùng) Y" names Y;
//   recipient — "gửi Z", "trình Z", "báo cáo Z" name Z after a verb, so never a lead.
// A sentence with no subject (a bullet that starts with its verb) names nobody: it takes
// the units of the heading above it.
import { opensWithMember, withoutHeadPosts } from "./head-post.ts";
import { postsOfMembers } from "./members-by-post.ts";
import { besideLead } from "./partners.ts";
import { wholeGroups } from "./whole-groups.ts";
import { withRolesChanged } from "./role-changes.ts";
import { withQuotedNamesWhole } from "./quoted-names.ts";
import { countedUnits } from "./counted-pointer.ts";
import { teamBracket } from "./team-bracket.ts";
import { DOING, doerClauses } from "./doer-after-work.ts";
import { BODY_GROUP, BODY_KINDS, BODY_START, STARTING_VERB, VERB_ANYWHERE } from "./clause-words.ts";
import { parseDeadline, ROUND } from "../domain/deadline.ts";
import { PLACE_UNIT, type ResolvedName, type UnitResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";

const PROPER_NAME = /^\p{Lu}\S*(\s+\p{Lu}\S*)*$/u;
// "Các Sở, ngành: …": the names after it leave out "Sở" and may be ones the directory lacks.
const PREFIXED_LIST = /^các\s+sở(\s*,\s*(ban|ngành))*\s*:/iu;
/**
 * "Giao X …", "Đề nghị X …", "Yêu cầu X …", and a chair's answer to a request, "Đồng ý để X …", "Chấp thuận cho
 * X …", "Cho phép X …": the words addressing X, who is to do what follows.
 */
// The issuing body may say so first ("UBND tỉnh đề nghị Công ty Điện lực … đẩy nhanh …"): it asks, X does.
export const ADDRESS =
  /^(?:(?:chủ tịch\s+)?(?:ubnd|ủy ban nhân dân)(?:\s+(?:tỉnh|huyện|xã|phường))?\s+)?(giao|đề nghị|yêu cầu|(?:đồng ý|chấp thuận)\s+(?:để|cho)|cho phép)\s+/iu;
/**
 * A sentence without the words addressing its doer. The addressee stands where a subject does, so it is written as a
 * name starts, capitalised: an office typing "Giao công chức Tư pháp - Hộ tịch xã …" puts the post it names after the
 * verb in lower case, and the name is the same post as "Công chức Tư pháp - Hộ tịch xã …" opening a sentence.
 */
const withoutAddress = (text: string): string => {
  const addressee = text.replace(ADDRESS, "");
  // A village or ward ("thôn Nà Mè") is a name as written, kept so for the admin.
  if (addressee === text || PLACE_UNIT.test(addressee)) return addressee;
  return addressee.charAt(0).toUpperCase() + addressee.slice(1);
};
// "phối hợp với Y", and "Phối hợp: Y" where a cell labels its roles ("- Chủ trì: X - Phối hợp: Y"); "X chủ trì …, có
// sự phối hợp của Y" says the same of Y in a noun phrase. After any of these (the label's colon too) every phrase names
// partners, a group in lower case as well ("Phối hợp: Trạm Y tế xã; các cơ sở giáo dục mầm non trên địa bàn").
const COORDINATION =
  /phối hợp(?:\s+chặt chẽ)?(?:(?:(?<=sự\s+phối hợp)|(?=\s+(?:với|cùng)))\s+(với|cùng|của)|\s*(:))?\s+/giu;
// "Trên cơ sở kết quả tự chấm điểm, Sở Nội vụ tham mưu …": an adverbial opening the sentence, cut off by a
// comma, stands before its subject; so does a word joining the sentence to the one before it ("Đồng thời, giao UBND
// huyện X …", "Ngoài ra, Sở Y …").
// An occasion the work answers opens it so too: "Hưởng ứng Ngày vì người nghèo, Sở X chỉ đạo …", "Nhân dịp …, Sở Y …";
// and so does the document it carries out: "Thực hiện Thông báo số 37/TB-UBND …, Sở X tham mưu …", "Theo Kế hoạch …,
// Sở Y …" (never the work itself: "Triển khai thí điểm mô hình …, …").
const CARRIED_OUT = String.raw`(?:thực hiện|triển khai|theo)\s+(?:ý kiến\s+)?(?:thông báo|kế hoạch|quyết định|công văn|chỉ thị|nghị quyết|nghị định|thông tư|kết luận|văn bản|công điện|chỉ đạo)(?!\p{L})`;
const FRONTED = new RegExp(
  String.raw`^(?:(?:trên cơ sở|căn cứ|sau khi|để|nhằm|trong quá trình|từ kết quả|đối với|hưởng ứng|nhân dịp|chào mừng|kỷ niệm|trong dịp|vào dịp)\s[^,;]*|${CARRIED_OUT}[^,;]*|đồng thời|ngoài ra|bên cạnh đó|mặt khác|sau đó|tiếp đó),\s*`,
  "iu",
);

// "Chủ trì, phối hợp với X tiếp nhận …; đề nghị các cơ quan bổ sung …": a sentence opening with the lead's role word
// leaves its subject unsaid, the unit above it, which chairs the work; no later doer takes the lead from it (see
// `besideChair`). Not the label "Chủ trì: X".
const CHAIRS_UNSAID = /^chủ trì(?!\s*:)(?=$|[\s,;.])/iu;
// "Riêng Chủ tịch UBND các huyện A, B …", "Riêng UBND thành phố C …" (as for these alone): the bodies singled out are
// the subject, some of those a heading addresses; "Riêng năm 2024, …" singles out no body.
const SINGLED_OUT = /^[Rr]iêng\s+(?=\p{Lu}|(?:các|những)\s)/u;

/** The unit a heading names through its member's post: the one the tasks under it without a subject take. */
export function memberUnits(resolver: UnitResolver, heading: string): ResolvedName[] {
  // "Đồng chí Giám đốc Sở Nội vụ - Ủy viên": a steering committee's member named by the post they hold (head-post.ts).
  // "Các Ủy viên là Thủ trưởng các sở, ban, ngành tỉnh": the members who hold those posts (members-by-post.ts).
  const posts = postsOfMembers(heading);
  if (posts !== null) return unitsNamedOnly(resolver, posts);
  const subject = beforeVerb(heading.split(":")[0]!);
  return opensWithMember(subject) ? namesAtStart(resolver, subject) : [];
}

export interface ClauseUnits {
  lead: ResolvedName[];
  coordinators: ResolvedName[];
}

// Words that name a body with its level ("Thanh tra tỉnh") and a task without it ("Thanh tra công vụ tại …").
const TASK_OR_BODY =
  /^(thanh tra|kiểm tra|giám sát|khảo sát|thẩm định|điều tra)(?! (tỉnh|huyện|thành phố|Chính phủ|Sở|Bộ)([\s,;:.]|$))/iu;
// "Thanh tra Ban thanh tra …": a board's own inspectorate, named by its owner as "Thanh tra Sở" is, before what it does
// in lower case; "Thanh tra Ban Quản lý dự án …" inspects the board named.
const OWN_INSPECTORATE = /^Thanh tra Ban(?=[,;:.]|\s+\p{Ll}|$)/u;

/** Whether a phrase goes on past its names with a verb ("các sở, ngành triển khai …"), or opens with one. */
export const hasPredicate = (text: string): boolean => beforeVerb(text) !== text;

/** What a sentence says its subject does: the text from its first verb ("chủ trì, phối hợp với …"). */
export const predicateOf = (text: string): string => text.slice(beforeVerb(text).length);

/** The text before the first verb, where a subject stands. */
function beforeVerb(text: string): string {
  if (STARTING_VERB.test(text) || (TASK_OR_BODY.test(text) && !OWN_INSPECTORATE.test(text))) return "";
  // "được" + verb qualifies the subject ("Các đơn vị được kiểm tra gửi …"): the verb after it is no predicate.
  for (const verb of text.matchAll(VERB_ANYWHERE)) {
    if (!/được\s*$/u.test(text.slice(0, verb.index + verb[1]!.length))) return text.slice(0, verb.index);
  }
  return text;
}

// "… phối hợp với Công an xã; Đợt 1: từ ngày …; Đợt 2 …": the rounds of the work are no units; the names end there.
const ROUND_ON = new RegExp(`${ROUND.source}.*$`, "isu");

/**
 * The units a phrase starts with, in order, to the first part that names no body: names the
 * directory lacks are kept (unresolved) when they look like a body or stand in a "Các Sở:" list.
 * After "phối hợp với" every phrase names partners, "các doanh nghiệp viễn thông" too.
 */
function namesAtStart(resolver: UnitResolver, phrase: string, partners = false): ResolvedName[] {
  const text = withoutHeadPosts(phrase)
    .replace(ROUND_ON, "")
    .replace(/[\s:;,.]+$/, "")
    .trim();
  const prefixed = PREFIXED_LIST.test(text);
  const named = (name: string) =>
    (partners ? /^(\p{Lu}|các\s|những\s)/u : /^\p{Lu}/u).test(name) || PLACE_UNIT.test(name);
  const body = (name: string) =>
    BODY_START.test(name) || PLACE_UNIT.test(name) || [BODY_GROUP, BODY_KINDS].some((g) => g.test(`${name} `));
  const listed = resolver.resolveList(text);
  // A short form the plan spells out ("TTPVHCC: Trung tâm Phục vụ hành chính công tỉnh") is read as the name it stands
  // for, a body's even when no directory knows it.
  const spelled = body(listed[0]?.name ?? "");
  if (!prefixed && !body(text) && !spelled && !(partners && named(text)) && resolver.leadingUnits(text).length === 0)
    return [];
  const names: ResolvedName[] = [];
  for (const name of listed) {
    // A body's name is capitalised ("Ngoại vụ"); lower case words after the names are the predicate.
    // A narrowed group ("Các cơ quan, đơn vị được kiểm tra") is a subject too, kept for the admin to name.
    // A name whose every word is capitalised ("Viettel Lai Châu") is a body's proper name, known or not.
    const bodyName = name.narrowed || prefixed || partners || body(name.name) || PROPER_NAME.test(name.name);
    // "… phối hợp với Sở X; Quý II/2026": the time after the names is none of them.
    // A group after the first name is written in lower case, as a group is mid-sentence ("Ủy ban MTTQ tỉnh và các tổ
    // chức chính trị - xã hội tỉnh tuyên truyền …", "X, Y và các cơ quan liên quan cử …"): one more body.
    const written = named(name.name) || (names.length > 0 && BODY_GROUP.test(`${name.name} `));
    if (!name.resolved && (!written || !bodyName || parseDeadline(name.name).ok)) break;
    names.push(name);
  }
  return names;
}

// A full stop before a capital ends a sentence, unless it ends an abbreviation ("TP. Bắc Kạn").
export const SENTENCE_END = /(?<!(?:^|\s)\p{Lu}\p{L}?)\.\s+(?=\p{Lu})/u;

/** The rest of the sentence from `at`: partners are named in it ("… phối hợp với Sở X. Thời gian: …"). */
function sentenceAt(text: string, at: number): string {
  return text.slice(at).split(SENTENCE_END)[0]!;
}

/**
 * The clauses of a sentence: its parts between semicolons, and within them the parts after a comma that closes a
 * clause with its verb ("X chủ trì, Y phối hợp"; "X thực hiện, Y phối hợp"). A comma inside a list of names
 * ("các sở, ngành phối hợp") closes no clause.
 */
function clausesOf(text: string): string[] {
  return text.split(/;\s*/).flatMap((part) => {
    const clauses: string[] = [];
    let current = "";
    for (const piece of part.split(/,\s*/)) {
      if (current && beforeVerb(current) !== current) {
        clauses.push(current);
        current = piece;
      } else current = current ? `${current}, ${piece}` : piece;
    }
    return current ? [...clauses, current] : clauses;
  });
}

// A later clause whose verb says a unit helps names a partner: "…; các sở phối hợp", "…; Sở X hướng dẫn, kiểm tra";
// so does one arranging what the work needs ("…; Sở Tài chính bố trí kinh phí", "…; các thôn bố trí địa điểm").
// "phối hợp:" is a label naming the partners after it ("Chủ trì: X; phối hợp: Y"), not a clause whose subject helps.
// "Sở A, Sở B có trách nhiệm phối hợp …": the duty to take part is taking part.
const HELPS = /^((?:(?:có|chịu) trách nhiệm\s+)?phối hợp(?!\s+(với|cùng)|\s*:)|hướng dẫn|hỗ trợ|bố trí)(?=$|[\s,;:.])/u;
const helps = (clause: string, verbs = HELPS): boolean => {
  const subject = beforeVerb(clause);
  return subject.trim() !== "" && verbs.test(clause.slice(subject.length).trimStart());
};
// "Sở X tham mưu …. Sở Tài chính, Cục Thống kê tỉnh có trách nhiệm phối hợp thực hiện nội dung này.", "…. Sở A, Sở B
// phối hợp hướng dẫn, theo dõi …": a later sentence whose subject's work is to take part names partners of the work
// the sentence before gives; one guiding or arranging ("Sở B hướng dẫn …") may be a duty of its own.
const TAKES_PART = /^(?:(?:có|chịu) trách nhiệm\s+)?phối hợp(?!\s+(với|cùng)|\s*:)(?=$|[\s,;:.])/u;

/**
 * "UBND huyện A, UBND huyện B; Văn phòng UBND tỉnh hướng dẫn": names with no verb of their own before a helper's
 * clause are the subject, which ends at the semicolon; the helper is no lead.
 */
function beforeHelpers(text: string): string {
  const clauses = text.split(/;\s*/);
  const at = clauses.findIndex((clause, i) => i > 0 && helps(clause));
  return at > 0 ? clauses.slice(0, at).join("; ") : text;
}

// "X chủ trì, mời Hiệp hội Y cùng tổ chức": those the lead invites to do the work with it are its partners (never those
// invited to attend, "mời … cùng dự").
const INVITED =
  /(?<!\p{L})mời\s(?:\s*(?=[^\s.;:])|\s*(?=\s\scùng\s))([^\s.;:](?:[^.;:]{0,118}?[^\s.;:])??|\s)\s+cùng\s+(?:tổ chức|thực hiện|triển khai|phối hợp)(?!\p{L})/gu;

function coordinatorsOf(resolver: UnitResolver, text: string): ResolvedName[] {
  const partners = [...text.matchAll(COORDINATION)].flatMap((m) =>
    namesAtStart(resolver, beforeVerb(sentenceAt(text, m.index + m[0].length)), (m[1] ?? m[2]) !== undefined),
  );
  const invited = [...text.matchAll(INVITED)].flatMap((m) => namesAtStart(resolver, m[1]!, true));
  // "Sở Nội vụ chủ trì, các sở, ngành": names after a lead's "chủ trì" with no verb of their own take part; after the
  // last of two leads too ("Sở A (chủ trì); Sở B (chủ trì); Sở C"), whom the first's verb-free rest would not reach.
  const listed = [...text.matchAll(/chủ trì\s*[,;]\s*/gu)].flatMap((chair) => {
    const rest = sentenceAt(text, chair.index + chair[0].length);
    return rest && beforeVerb(rest) === rest ? namesAtStart(resolver, rest, true) : [];
  });
  // "Sở Tư pháp chủ trì; các sở, ban, ngành phối hợp", "Công an xã chủ trì, Đoàn Thanh niên xã phối hợp": a later
  // clause whose verb is "phối hợp" names coordinators, as "phối hợp với" does (a group named by kind in lower
  // case too: "các cơ quan chuyên môn thuộc UBND huyện phối hợp").
  const subjects = clausesOf(text)
    .slice(1)
    .flatMap((clause) => (helps(clause) ? namesAtStart(resolver, beforeVerb(clause), true) : []));
  const joining = text
    .split(SENTENCE_END)
    .slice(1)
    .flatMap((sentence) => {
      const [clause] = clausesOf(sentence);
      return clause && helps(clause, TAKES_PART) ? namesAtStart(resolver, beforeVerb(clause), true) : [];
    });
  return unique([...partners, ...invited, ...listed, ...subjects, ...joining]);
}

const unique = (names: ResolvedName[]) => names.filter((u, i, all) => all.findIndex((o) => o.name === u.name) === i);

/**
 * "Số hóa hồ sơ tại Bộ phận Một cửa cấp huyện, cấp xã: Sở A chủ trì": a comma inside a title leaves the title's last
 * words ("cấp xã", a group's short name) in the clause with the doer; the title's colon ends them, and the subject is
 * what follows it when something does ("Sở B: chủ trì …" keeps its name before the colon).
 */
function afterTitleColon(clause: string): string {
  const at = clause.lastIndexOf(":");
  const rest = at < 0 ? "" : clause.slice(at + 1).trim();
  return rest && beforeVerb(rest).trim() ? rest : clause;
}

/**
 * "X chủ trì đối với khối chính quyền, Y chủ trì đối với khối Đảng": a later clause of a sentence whose verb is
 * "chủ trì" names another lead, each for its share of the work. A sentence's first clause is the one the lead was
 * read from, or a title's.
 */
function laterChairs(resolver: UnitResolver, text: string): ResolvedName[] {
  return text.split(SENTENCE_END).flatMap((sentence) =>
    clausesOf(sentence)
      .slice(1)
      .map(afterTitleColon)
      .flatMap((clause) => {
        const subject = beforeVerb(clause);
        return /^chủ trì/u.test(clause.slice(subject.length).trimStart()) ? namesAtStart(resolver, subject) : [];
      }),
  );
}

/**
 * Where the clauses after a task's title start: "Cắt giảm giấy tờ: Các sở … rà soát …",
 * "Liên thông nhóm thủ tục …. Giao Sở Tư pháp chủ trì …", "Tổng hợp kết quả …: giao Sở
 * Nội vụ thực hiện" (an assignment after a colon or semicolon, in lower case), "Mở chuyên mục …; Báo X chủ trì, …"
 * (a subject after a semicolon, capitalised as a name is), "Số hóa kết quả …: các sở, ban, ngành và UBND các huyện
 * thực hiện" (a group of units after the colon, in lower case as a group is written). A colon that
 * opens a list of names ("Các sở, ban, ngành: Tư pháp; …") is no title's end. Each clause says whether a colon
 * opened it: the clause a title's colon opens says who does the titled work.
 */
interface LaterClause {
  clause: string;
  afterColon: boolean;
  /** The text before the clause, whose units a clause counting them points back to ("Hai địa phương …"). */
  before: string;
}
function laterClauses(text: string): LaterClause[] {
  const clauses: LaterClause[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.:;]\s+(?=\p{Lu})|[:;]\s+(?=(giao|đề nghị|yêu cầu|các|những|hai|ba)\s)/gu)) {
    if (m[0].startsWith(":") && PREFIXED_LIST.test(text.slice(from, m.index + 1).trim())) continue;
    from = m.index + m[0].length;
    clauses.push({
      clause: withoutAddress(text.slice(from)),
      afterColon: m[0].startsWith(":"),
      before: text.slice(0, from),
    });
  }
  return clauses;
}

/**
 * "Chủ trì thẩm định đề án; Sở Tài chính thẩm định kinh phí": after a chair whose subject is unsaid, a later clause
 * with a subject of its own, the words after it what it does, names a body doing its share of the chaired work beside
 * it, a partner: the sentence has said who leads, and a doer named later taking the lead would contradict it. A
 * clause the chair opens by asking or giving ("…; đề nghị các sở bổ sung …", "…; giao Trung tâm X niêm yết …") is the
 * chair's own work of asking, and names no partner.
 */
function besideChair(resolver: UnitResolver, text: string): ResolvedName[] {
  return laterClauses(text).flatMap(({ clause, before }) =>
    ADDRESS.test(text.slice(before.length)) ? [] : namesAtStart(resolver, beforeVerb(clause)),
  );
}

/**
 * The doer of a title's work named after it, and the helpers its colon names beside that doer ("Hội nghị …: Văn phòng
 * bố trí hội trường. Sở Y chuẩn bị …": the office arranging the hall helps Sở Y).
 */
function doerAfterTitle(resolver: UnitResolver, text: string): { lead: ResolvedName[]; helpers: ResolvedName[] } {
  const later = laterClauses(text);
  const lead = firstDoer(resolver, later, HELPS);
  if (lead.length === 0)
    return {
      lead: firstDoer(
        resolver,
        later.filter((c) => c.afterColon),
        TAKES_PART,
      ),
      helpers: [],
    };
  const helpers = later
    .filter((c) => c.afterColon && helps(c.clause))
    .flatMap((c) => namesAtStart(resolver, beforeVerb(c.clause), true));
  return { lead, helpers };
}

/** The units naming the doer in the first of `clauses` whose verb is none of `helpers`' (empty when none names one). */
function firstDoer(resolver: UnitResolver, clauses: LaterClause[], helpers: RegExp): ResolvedName[] {
  for (const { clause, before } of clauses) {
    // "Thí điểm … tại UBND huyện A và UBND huyện B. Hai địa phương chủ động bố trí …": the places the work is done at,
    // counted back to, do it, even arranging what it needs; only taking part is helping.
    const counted = countedUnits(resolver, before, clause);
    if (counted.length > 0 && !helps(clause, TAKES_PART)) return counted;
    if (helps(clause, helpers)) continue;
    const lead = namesAtStart(resolver, beforeVerb(clause.replace(FRONTED, "")));
    if (lead.length > 0) return lead;
  }
  return [];
}

/**
 * "UBND các xã có Chỉ số thấp nhất (xã A, xã B)": a group whose members the brackets after it name is
 * those members only. The bracketed units, when each is a known unit of the group's kind. Units the
 * subject names outright ("Sở A, Sở B cung cấp … (Sở A) và … (Sở B)") are no group's members: such brackets
 * say which of them gives what.
 */
function namedMembers(
  resolver: UnitResolver,
  sentence: string,
  subject: string,
  group: ResolvedName[],
): ResolvedName[] {
  const named = (m: ResolvedName) => fold(subject).includes(fold(m.name));
  for (const [, inside] of sentence.matchAll(/\(([^()]*)\)/g)) {
    const members = resolver.resolveList(inside!);
    if (members.every(named)) continue;
    if (members.length > 0 && members.every((m) => m.resolved && group.some((g) => g.kind === m.kind))) return members;
  }
  return [];
}

// "Sở A, Sở B (theo lĩnh vực), UBND các xã": names before a bracket saying each acts in its own field share the
// lead, as "(chủ trì)" would say; after a verb ("… phối hợp với các sở (theo lĩnh vực)") it only qualifies.
const OWN_FIELD = /\(\s*theo (?:lĩnh vực|chức năng)[^()]*\)/giu;

// "… cho trẻ em dưới 6 tuổi (phối hợp: Công an tỉnh, Sở Y tế); thời gian: …": a bracket labelled with a role names
// who takes it, inside a sentence as "Phối hợp: …" does outside one.
const LABELLED_ROLE = /\(\s*phối hợp\s*:(?:\s*(?=[^\s()])|\s*(?=\s\)))([^()]+)\)/giu;

// "Sở A (chủ trì) Sở B": a name straight after a role's bracket, as a cell's next line joined to it with a space writes
// it, is the next unit's: the bracket closed the one before, as a semicolon would.
const NEXT_NAME = /\s+\p{Lu}/uy;

/** The sentence with a role in brackets written as a role word after the names it tells of. */
function withRoleWords(sentence: string): string {
  return sentence
    .replace(/\(\s*(chủ trì|phối hợp)\s*\)/giu, (bracket: string, role: string, at: number, text: string) => {
      NEXT_NAME.lastIndex = at + bracket.length;
      return ` ${role.toLowerCase()}${NEXT_NAME.test(text) ? ";" : ""}`;
    })
    .replace(LABELLED_ROLE, (_, names: string) => `; phối hợp: ${names};`)
    .replace(OWN_FIELD, (bracket, at: number, text: string) =>
      beforeVerb(text.slice(0, at)) === text.slice(0, at) ? " chủ trì" : bracket,
    );
}

/**
 * Whether a phrase of names says who leads or takes part ("X chủ trì, Y", "X (chủ trì), Y", "X, Y (theo lĩnh vực)",
 * "X; Y hướng dẫn"), read then by its grammar.
 */
export const saysRoles = (phrase: string): boolean =>
  /\b(chu tri|phoi hop|huong dan|ho tro)\b/.test(fold(withRoleWords(phrase)));

// "phối hợp với các cơ quan được giao theo dõi tiêu chí (Sở Tư pháp, Sở Tài chính)": partners described as a group in
// lower case, then named one by one in the bracket after it. The description says why; the bracket says who.
const DESCRIBED_PARTNERS =
  /(phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)\s+)((?:các|những)\s(?:[^\p{Lu}(),;.]*?[^\s\p{Lu}(),;.])??)\s*\(([^()]+)\)/gu;

/** The sentence with partners described as a group written as the units its bracket names, when it names only units. */
function withPartnersNamed(resolver: UnitResolver, sentence: string): string {
  return sentence.replace(DESCRIBED_PARTNERS, (whole, verb: string, _group: string, inside: string) => {
    // A name may hold "và" ("Sở Thông tin và Truyền thông"): the bracket names units only when each of its
    // comma-separated parts is one or more units.
    const parts = inside.split(/[,;]/u).filter((p) => p.trim() !== "");
    const members = resolver.resolveList(inside);
    const named = members.length >= parts.length && members.every((m) => m.resolved);
    return named ? `${verb}${inside}` : whole;
  });
}

/**
 * "Đoàn kiểm tra liên ngành (Sở A chủ trì, Sở B phối hợp): …": the units a team's bracket says chair it and take part,
 * with the partners the rest of the sentence names (team-bracket.ts); null when the sentence opens otherwise, the
 * name before the bracket is a unit of the directory, or the bracket names no known unit as chairing.
 */
function teamUnits(resolver: UnitResolver, sentence: string): ClauseUnits | null {
  const team = teamBracket(sentence);
  if (!team || !saysRoles(team.roles) || resolver.find(team.team)) return null;
  const inside = readClause(resolver, team.roles);
  if (inside.lead.length === 0 || !inside.lead.every((u) => u.resolved)) return null;
  const rest = readClause(resolver, team.rest.replace(/^\s*:\s*/, ""));
  return besideLead(inside.lead, unique([...inside.coordinators, ...rest.coordinators]));
}

/** The lead and coordinating units a sentence names itself (empty when it has no subject). */
export function readClause(resolver: UnitResolver, sentence: string): ClauseUnits {
  const team = teamUnits(resolver, sentence);
  if (team) return team;
  // A role in brackets after names says theirs ("X (chủ trì); Y, Z (phối hợp)"); any other aside ("(qua
  // Sở Nội vụ)", "(thành phần tại Phụ lục)") is no part of the clause.
  // A lead moved from one unit to another ("cơ quan chủ trì điều chỉnh từ A sang B") says the roles it leaves.
  // A quoted name of the work ('nhiệm vụ "Theo dõi, đánh giá …, doanh nghiệp"') is one name (quoted-names.ts).
  const named = withRolesChanged(withQuotedNamesWhole(sentence));
  const spoken = withRoleWords(withPartnersNamed(resolver, named)).replace(/\([^()]*\)/g, " ");
  const text = withoutAddress(spoken.replace(SINGLED_OUT, ""));
  const subject = beforeVerb(beforeHelpers(text));
  // "Sở A, Trung tâm B: chậm nhất ngày …": names alone before a colon are who does what follows it. The colon ends
  // the last name, which (one the directory lacks) would otherwise run on into the words after it.
  // A group before the colon ("Các sở, ngành:", "UBND các huyện:") is read with the members named after it, as before:
  // the colon's names are taken only when each is one unit.
  const head = text.slice(0, Math.max(text.indexOf(":"), 0));
  const headed = head ? unitsNamedOnly(resolver, head) : [];
  const single = headed.length > 0 && headed.length <= head.split(/[,;]/).length;
  // "Các sở, ban, ngành tỉnh; UBND các xã, phường: …": whole kinds parted by a semicolon all do what follows.
  const kinds = head.includes(";") ? wholeKinds(resolver, head) : null;
  let lead = kinds ?? (single ? headed : namesAtStart(resolver, subject));
  // Its qualifier may hold a verb ("… chưa hoàn thành số hóa (xã A, xã B)"): brackets are sought in the sentence.
  // A group narrowed to some ("UBND các xã, phường có Chỉ số … xếp cuối (xã A, xã B)") is those its bracket names too.
  const group = lead.length > 1 || lead.some((u) => u.narrowed);
  const members = group ? namedMembers(resolver, sentence, subject, lead) : [];
  if (members.length > 0) lead = members;
  // "Đối với các dự án …, yêu cầu các chủ đầu tư …": the words addressing the doer may follow the adverbial.
  if (lead.length === 0 && FRONTED.test(text))
    lead = namesAtStart(resolver, beforeVerb(withoutAddress(text.replace(FRONTED, ""))));
  // "… do X chủ trì", "…. Nhiệm vụ này giao X thực hiện", "đơn vị tham mưu là X": the doer named after the work.
  if (lead.length === 0) lead = doerAfterWork(resolver, text);
  // A title before the sentence names nobody: the subject is that of the first clause after it that has one.
  // A later clause whose units only help ("…; UBND các xã được kiểm tra phối hợp; hoàn thành …") names partners
  // (`helps`), not the subject: the lead is whoever the heading above names. When no clause names a doer, the one
  // the title's colon opens names who does the titled work, whatever its verb ("Lắp đặt camera …: Sở X hướng dẫn …,
  // phối hợp với Y tổ chức …"); a helper there yields to a doer named later ("Hội nghị …: Văn phòng bố trí hội trường.
  // Sở Y chuẩn bị nội dung"), and one that only takes part ("…: Sở X phối hợp") never leads.
  const chairs = lead.length === 0 && CHAIRS_UNSAID.test(text);
  const after =
    lead.length > 0 || chairs
      ? { lead, helpers: chairs ? besideChair(resolver, text) : [] }
      : doerAfterTitle(resolver, text);
  lead = after.lead;
  // "Điều chỉnh thời hạn gửi báo cáo quý III của các sở, UBND các xã về Sở Nội vụ": no subject, the report sent is
  // of those who send it.
  const sender = lead.length === 0 ? /\bgửi báo cáo\b[^.;:]*?\bcủa\s+(\S.*|[^\S\n\r\u2028\u2029])$/iu.exec(text) : null;
  if (sender) lead = namesAtStart(resolver, sender[1]!, true);
  if (lead.length > 0) lead = unique([...lead, ...laterChairs(resolver, text)]);
  return besideLead(lead, unique([...coordinatorsOf(resolver, text), ...after.helpers]));
}

/** The units of the first doer named after the work (doer-after-work.ts) whose verb does it; empty when none. */
function doerAfterWork(resolver: UnitResolver, text: string): ResolvedName[] {
  for (const clause of doerClauses(text)) {
    const subject = beforeVerb(clause);
    if (!DOING.test(clause.slice(subject.length).trimStart())) continue;
    const names = namesAtStart(resolver, subject);
    if (names.length > 0) return names;
  }
  return [];
}

/** The units of names parted by semicolons when each piece names whole groups only (whole-groups.ts), else null. */
function wholeKinds(resolver: UnitResolver, names: string): ResolvedName[] | null {
  const pieces = names.split(";").map((piece) => ({ piece, units: unitsNamedOnly(resolver, piece) }));
  const whole = pieces.every(({ piece, units }) => units.length > 0 && wholeGroups(piece, units));
  return whole ? unique(pieces.flatMap((p) => p.units)) : null;
}

/**
 * "3. Sở Kế hoạch và Đầu tư, Sở Tư pháp": a heading that does nothing but name units. Those units, or empty
 * when it says anything more (a verb, or words no unit's name holds).
 */
export function unitsNamedOnly(resolver: UnitResolver, heading: string): ResolvedName[] {
  const text = withoutHeadPosts(heading)
    .replace(/[\s:;,.]+$/, "")
    .trim();
  if (!text || beforeVerb(text) !== text) return [];
  const names = namesAtStart(resolver, text);
  return names.length > 0 && names.length === resolver.resolveList(text).length ? names : [];
}
