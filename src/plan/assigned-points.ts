// A plan may state its work point by point, naming no one, and hand the points out by their numbers in a later
// part: "III. TỔ CHỨC THỰC HIỆN / 1. Ban Tổ chức Tỉnh ủy chủ trì thực hiện điểm 1 và điểm 10 mục II; Sở Nội vụ phối
// hợp thực hiện điểm 1, …", "Sở A chủ trì, phối hợp với Sở B thực hiện nhiệm vụ 2, 3", "… điểm 2 (phối hợp: Sở C) và
// điểm 8", "…; chủ trì thực hiện điểm 11; phối hợp với Báo X thực hiện điểm 7", "…; Đảng ủy các xã phối hợp.". Each
// cited point takes who leads and who helps as the sentence says, as an appendix row citing points gives them its
// units (`keyed-table.ts`): the same keyed labels. A part never hands out its own points, so a bare number is a point
// of another part: the one the sentence (or one before it in the part) names, else the only one numbering it so.
// A number citing another document's point ("nhiệm vụ 2 tại Quyết định số …") is none of the plan's.
import type { ResolvedName, UnitResolver } from "../domain/resolve-units.ts";
import { citedRef, citedRuns, type CitedRun } from "../domain/task-citations.ts";
import { fold } from "../domain/text.ts";
import { readClause, SENTENCE_END, unitsNamedOnly } from "./clause.ts";
import type { Block } from "./document.ts";
import type { Label } from "./labels.ts";
import { sectionHead } from "./section-lines.ts";

// Folded words saying the sentence's subject leads the cited work, or helps with it.
const LEADS = /\b(?:chu tri|phu trach|dam nhiem|giao)\b/;
const HELPS = /\bphoi hop\b/;
const DOES = /\bthuc hien\b/;
// "… nhiệm vụ 2 tại Quyết định số 15/QĐ-TTg", "khoản 1 Điều 3 Nghị định …": a point of another document.
const OTHER_DOCUMENT =
  /^\s*(?:,\s*)?(?:(?:tại|của|theo)\s+)?(?!(?:kế hoạch|văn bản|chương trình) này)(?:quyết định|nghị quyết|chỉ thị|kế hoạch|chương trình|công văn|thông báo|kết luận|nghị định|thông tư|đề án|luật|điều\s+\d)/iu;
const LEADING_BRACKET = /^\s*\(([^()]*)\)/u;
const MARKER = /^\s*(?:(?:\d{1,3}|[a-zđ]|[IVXLC]+)[.)]|[-+•–])\s*/u;

type Role = "lead" | "help";

interface Share {
  lead: ResolvedName[];
  coordinators: ResolvedName[];
  /** Those a helper works with ("phối hợp với Báo X thực hiện điểm 7"): the lead when no sentence names one. */
  helped: ResolvedName[];
}

/** The role a sentence's words before a run give its subject; null when they give none. */
function roleOf(words: string): Role | null {
  const folded = fold(words);
  if (LEADS.test(folded)) return "lead";
  if (HELPS.test(folded)) return "help";
  return DOES.test(folded) ? "lead" : null;
}

/** The partners words name: "phối hợp: X", "phối hợp với X", "X phối hợp"; none unless they say "phối hợp". */
function partnersIn(resolver: UnitResolver, words: string): ResolvedName[] {
  if (!HELPS.test(fold(words)) || LEADS.test(fold(words))) return [];
  const read = readClause(resolver, words.replace(/phối hợp\s*:\s*/iu, "phối hợp với "));
  return [...read.lead, ...read.coordinators];
}

/** A block's sentence cut at ";" and full stops, never inside a bracket. */
function clausesOf(text: string): string[] {
  const masked = text.replace(/\([^()]*\)/g, (m) => m.replace(/[;.]/g, "_"));
  const cuts = [0];
  for (const m of masked.matchAll(new RegExp(`;|${SENTENCE_END.source}`, "gu"))) cuts.push(m.index + m[0].length);
  return cuts.map((at, k) => text.slice(at, cuts[k + 1] ?? text.length)).filter((c) => c.trim());
}

/** How a part's sentences are read: the body's refs, the part's own section and the section a run last named. */
interface PartState {
  refs: readonly string[];
  own: string | null;
  section: string | null;
}

/** The body refs a run cites, by its keys: a bare number in the section named before, else where it alone fits. */
function refsOf(run: CitedRun, state: PartState): string[] {
  if (run.section) state.section = run.section;
  const others = state.own ? state.refs.filter((r) => r !== state.own && !r.startsWith(`${state.own}.`)) : state.refs;
  return run.keys.flatMap((key) => {
    const full = /^[IVXLC]/.test(key) || !state.section ? key : `${state.section}.${key}`;
    const ref = citedRef(others, full) ?? (full === key ? null : citedRef(others, key));
    return ref ? [ref] : [];
  });
}

class Shares {
  readonly byRef = new Map<string, Share>();
  add(refs: readonly string[], part: keyof Share, names: readonly ResolvedName[]): void {
    for (const ref of refs) {
      const share = this.byRef.get(ref) ?? { lead: [], coordinators: [], helped: [] };
      for (const name of names) if (!share[part].some((n) => n.name === name.name)) share[part].push(name);
      this.byRef.set(ref, share);
    }
  }
}

/** One block's clauses read into the shares of the points they cite. */
function readBlock(text: string, resolver: UnitResolver, state: PartState, shares: Shares): void {
  let subject: ResolvedName[] = [];
  let last: { refs: string[]; role: Role } | null = null;
  const partners = (words: string) => {
    const names = partnersIn(resolver, words);
    if (last && names.length) shares.add(last.refs, last.role === "lead" ? "coordinators" : "helped", names);
  };
  // "Các sở, ban, ngành tỉnh; UBND các xã, phường: phối hợp thực hiện nhiệm vụ (5), (8)": names alone before the
  // colon are the subject of every clause after it, the semicolon among them parting no clauses.
  const body = text.replace(MARKER, "");
  const colon = body.indexOf(":");
  const head = colon > 0 ? unitsNamedOnly(resolver, body.slice(0, colon)) : [];
  if (head.length > 0) subject = head;
  for (const clause of clausesOf(head.length > 0 ? body.slice(colon + 1) : body)) {
    const runs = citedRuns(clause).filter((run) => !OTHER_DOCUMENT.test(clause.slice(run.end)));
    // "…; Đảng ủy các xã, phường phối hợp.": partners of the points cited last.
    if (runs.length === 0) partners(clause);
    let from = 0;
    let role: Role | null = null;
    for (const run of runs) {
      const words = clause.slice(from, run.at);
      const read = readClause(resolver, words);
      if (read.lead.length) subject = read.lead;
      // "… điểm 2 (phối hợp: X) và điểm 8": a bare "và" goes on with the role before it.
      role = roleOf(words) ?? (/^[\s,]*(?:(?:và)\s*)?$/u.test(words) ? role : null);
      const refs = refsOf(run, state);
      from = run.end;
      if (!role || !subject.length || !refs.length) continue;
      shares.add(refs, role === "lead" ? "lead" : "coordinators", subject);
      shares.add(refs, role === "lead" ? "coordinators" : "helped", read.coordinators);
      last = { refs, role };
      const bracket = LEADING_BRACKET.exec(clause.slice(from));
      if (bracket) partners(bracket[1]!);
      from += bracket?.[0].length ?? 0;
    }
    // "… thực hiện điểm 3, phối hợp với Đảng ủy các xã, phường": the last run's partners.
    if (runs.length > 0) partners(clause.slice(from));
  }
}

/** A text that may hand out points: it cites one and says who leads or helps. */
const mayAssign = (text: string): boolean =>
  (LEADS.test(fold(text)) || HELPS.test(fold(text)) || DOES.test(fold(text))) && citedRuns(text).length > 0;

/**
 * The labels sentences handing out the body's points by number give those points ("II.1": lead, coordinators), read
 * only when one may: `bodyRefs` lists the refs the body numbers.
 */
export function assignedPoints(
  blocks: readonly Block[],
  resolver: UnitResolver,
  bodyRefs: () => readonly string[],
): Map<string, Label[]> {
  const keyed = new Map<string, Label[]>();
  const texts = blocks.flatMap((b) => (b.type === "text" ? [b.text] : []));
  if (!texts.some(mayAssign)) return keyed;
  const state: PartState = { refs: bodyRefs(), own: null, section: null };
  const shares = new Shares();
  for (const text of texts) {
    const head = sectionHead(text);
    if (head) [state.own, state.section] = [head.ref, null];
    else if (mayAssign(text)) readBlock(text, resolver, state, shares);
  }
  for (const [ref, share] of shares.byRef) {
    const lead = share.lead.length ? share.lead : share.helped;
    const coordinators = share.coordinators.filter((c) => !lead.some((l) => l.name === c.name));
    const labels: Label[] = [];
    if (lead.length) labels.push({ role: "lead", value: lead.map((n) => n.name).join("; "), units: lead });
    if (coordinators.length)
      labels.push({ role: "coordinators", value: coordinators.map((n) => n.name).join("; "), units: coordinators });
    if (labels.length) keyed.set(ref, labels);
  }
  return keyed;
}
