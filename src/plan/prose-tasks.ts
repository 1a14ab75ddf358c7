// The tree of a plan's prose (prose.ts) into tasks: a node dated and holding none is a task, a heading is the parent of
// the tasks under it, which take its units when they name none and its deadline when they have none (inherited).
import { isRecurring } from "../domain/deadline.ts";
import { append, once } from "../domain/collections.ts";
import type { ResolvedName } from "../domain/resolve-units.ts";
import { referredUnits } from "./back-reference.ts";
import { memberUnits, unitsNamedOnly, type ClauseUnits } from "./clause.ts";
import { directedReporters } from "./directed.ts";
import { focalUnits } from "./focal-unit.ts";
import { leadDeadlineTasks } from "./lead-deadlines.ts";
import { pointedDeadline } from "./milestone-pointer.ts";
import { pointWork } from "./named-points.ts";
import { namedTask, unquoted } from "./quoted-task.ts";
import type { ParsedDeadline, TaskDraft } from "./parsed-plan.ts";
import { saysSharedDeadline, withinPeriodAbove } from "./period-group.ts";
import { openingUnits, ownUnits, topicOverDashes, withOpening, type Node } from "./prose-node.ts";
import { monthOfHeading } from "./month-heading.ts";
import { ownerOfHeading } from "./table-owner.ts";
import { deadlineOf, type TaskContext } from "./task-context.ts";
import { titleBeforeDeadline } from "./title-cut.ts";

/**
 * "… đối với các nhóm đối tượng:" followed by "+ Lãnh đạo …;" items: bullets that complete a sentence, not tasks. The
 * sentence's own bracket may stand after its colon ("… kiểm tra việc cách ly tại: (Thời hạn: tháng 7/2023)", the
 * time set after each item of a plan): the bullets still complete it.
 */
export function enumerates(node: Node): boolean {
  const first = node.children.find((c) => c.kind === "bullet");
  return closesOnColon(node.text) && first !== undefined && /[;,]$/.test(first.text);
}

/** Whether a sentence ends on a colon, or on a colon and one bracket of its own after it: it opens what follows. */
export const closesOnColon = (text: string): boolean => /:(?:\s*\([^()]*\))?$/.test(text.trim());

export interface Scope {
  /** The units a task without a subject of its own takes (read only when one does). */
  units: () => ClauseUnits;
  /** The deadline of the nearest heading or item above that gives one, and its ref. */
  deadline: { value: ParsedDeadline; from: string; shared?: true } | null;
  /** The text of the item above, whose work a point naming units only does (`named-points.ts`). */
  text?: string;
  /** The lead of the point of a letter under the same item, or of the point before (null) (`back-reference.ts`). */
  earlier?: (point: string | null) => ResolvedName[];
}

function warnUnresolved(ctx: TaskContext, ref: string, units: ClauseUnits): void {
  for (const u of [...units.lead, ...units.coordinators])
    if (!u.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: u.name } });
}

/** The tasks of a node and what it holds: a task when dated and holding none, a heading above its tasks. */
export function emit(node: Node, ref: string, scope: Scope, ctx: TaskContext): TaskDraft[] {
  // "Hạn: trong quý" under "QUÝ II (hạn chung: 30/6)": the time of the group above, no time of its own; with no
  // such group above, "trong năm" is the plan's year (plan-year.ts).
  const wording = node.wording && !(scope.deadline?.shared && withinPeriodAbove(node.wording)) ? node.wording : null;
  const sectioning = /part|section|article|group/.test(node.kind);
  // An undated item may point at one of the plan's events, or be its work (milestone-pointer.ts).
  const own = wording ? deadlineOf(ctx, ref, wording) : sectioning ? null : pointedDeadline(ctx, ref, node.text);
  // A numbered item takes no deadline from its heading, but does from a group sharing one (period-group.ts).
  const grouped = sectioning || (node.kind === "number" && !scope.deadline?.shared);
  // A time of its own that is no date ("Thường xuyên") takes no deadline from the heading above, nor does work the
  // item says goes on or recurs ("…, thực hiện thường xuyên trong suốt thời gian …", "định kỳ hằng tháng").
  const inherits = !grouped && scope.deadline && !wording && !isRecurring(node.text) && node.period === undefined;
  // "+ …" under "Quý I/2026:": the period line dates it as a heading would; "Thường xuyên trong năm:" dates none.
  const period = !own && !wording && node.period !== undefined ? deadlineOf(ctx, ref, node.period) : null;
  const deadline =
    own ??
    (period
      ? { ...period, inheritedFrom: node.period! }
      : inherits
        ? { ...scope.deadline!.value, inheritedFrom: scope.deadline!.from }
        : null);
  // "Đơn vị này …", "Các cơ quan nêu trên …", "Cơ quan được giao chủ trì tại điểm a …": the units pointed back to lead
  // a dated sentence naming none (back-reference.ts).
  const referred =
    wording && !node.clause && !node.labelLead && scope.earlier
      ? referredUnits(ctx.resolver, node.text, wording, scope.earlier)
      : null;
  if (referred) node.clause = { lead: referred.lead, coordinators: referred.coordinators };
  const units = once((): ClauseUnits => {
    const written = ownUnits(node, ctx);
    // A heading naming a member by post ("1. Đồng chí Giám đốc Sở X - Ủy viên") gives the tasks under it Sở X.
    const heads = written.lead.length === 0 && node.children.length > 0;
    const byPost = heads ? memberUnits(ctx.resolver, node.text) : [];
    // "2. Trách nhiệm của Ban Thường trực Ủy ban MTTQ tỉnh" over a) … c): the side whose duties they are
    // (table-owner.ts).
    const byOwner = heads && byPost.length === 0 ? ownerOfHeading(ctx.resolver, node.text) : [];
    // "1. Cải cách thể chế (cơ quan đầu mối: Sở Tư pháp)": the area's focal body (focal-unit.ts).
    const byFocus = heads && byPost.length === 0 && byOwner.length === 0 ? focalUnits(ctx.resolver, node.text) : [];
    const named = byPost.length > 0 ? byPost : byOwner.length > 0 ? byOwner : byFocus;
    // The paragraph opening an item over parts may say who does them, and who helps (prose-node.ts).
    const opening = heads && named.length === 0 ? openingUnits(node, ctx) : null;
    const mine = named.length > 0 ? { ...written, lead: named } : opening ? withOpening(written, opening) : written;
    const subject = mine.lead.length > 0;
    const above = subject ? { lead: [], coordinators: [] } : scope.units();
    // "Chỉ đạo UBND các xã … báo cáo kết quả về UBND tỉnh" under UBND tỉnh's duties: those directed do it
    // (directed.ts).
    const reporters = subject ? [] : directedReporters(ctx.resolver, node.text, above.lead);
    const lead = subject ? mine.lead : reporters.length > 0 ? reporters : above.lead;
    const coordinators = [...above.coordinators, ...mine.coordinators].filter(
      (c, i, all) => !lead.some((l) => l.name === c.name) && all.findIndex((o) => o.name === c.name) === i,
    );
    return { lead, coordinators };
  });
  // A group's deadline, one a heading calls its items' in common ("thời hạn chung …"), or one a closing line gives the
  // work above (covering-time.ts), dates its numbered items too.
  const sharing = node.kind === "group" || node.shared === true || (wording !== null && saysSharedDeadline(node.text));
  const shared = sharing ? { shared: true as const } : {};
  const children: TaskDraft[] = [];
  const inner: Scope = {
    units,
    deadline: own
      ? { value: own, from: ref, ...shared }
      : ((wording ? null : monthOver(node, ref, ctx)) ?? scope.deadline),
    text: node.text,
    earlier: (point) =>
      (point === null
        ? children.findLast((d) => d.parentRef === ref)
        : children.find((d) => d.ref === `${ref}.${point}`)
      )?.lead ?? [],
  };
  const warned = ctx.warnings.length;
  let bullets = 0;
  const enumeration = enumerates(node);
  for (const child of node.children) {
    if (enumeration && child.kind === "bullet" && !child.wording && child.children.length === 0) continue;
    const childRef = child.ref ?? `${ref}.${bullets + 1}`;
    const drafts = emit(child, childRef, inner, ctx).map((d) => (d.parentRef === null ? { ...d, parentRef: ref } : d));
    if (drafts.length > 0 && child.ref === null) bullets++;
    append(children, drafts);
  }
  // A group is known by its name ("QUÝ II"), its deadline shown beside it.
  const written =
    node.kind === "group" ? ref : titleBeforeDeadline(referred?.work ?? node.text, wording ?? own?.text ?? null);
  // 'nhiệm vụ "…" đến nay chưa hoàn thành. Đề nghị …': the task named in quotes (quoted-task.ts).
  const named = node.kind === "group" ? null : namedTask(referred?.work ?? node.text);
  const title =
    node.kind === "group" ? ref : (named ?? unquoted(pointWork(ctx.resolver, written, scope.text) ?? written));
  const sole = soleOrder(node, ref, children, ctx, warned);
  if (sole) return [sole];
  if (children.length > 0) {
    // Its units were read if a task under it took them: the names it could not resolve are reported once, here.
    if (node.clause) warnUnresolved(ctx, ref, ownUnits(node, ctx));
    return [{ ref, parentRef: null, title, deadline: own, lead: [], coordinators: [] }, ...children];
  }
  // An item whose own time gives no day ("Sau Tết Nguyên đán: Thanh tra Sở kiểm tra …") is no task, but the admin,
  // told of that time, is told too of the units it names that no directory knows.
  if (!deadline && wording && !sectioning) warnUnresolved(ctx, ref, ownUnits(node, ctx));
  if (!deadline || /part|section|group/.test(node.kind)) return [];
  warnUnresolved(ctx, ref, ownUnits(node, ctx));
  const task = { ref, parentRef: null, title, deadline, ...units() };
  // "…. Thời hạn: các sở, ban, ngành: trước ngày D1; UBND các xã: trước ngày D2." given to both: a task for each
  // group by its own day, as a time cell's lines give them (lead-deadlines.ts).
  return (wording && leadDeadlineTasks(ctx, task, wording, task.coordinators)) || [task];
}

/**
 * "6. Các sở, ban, ngành, UBND các huyện:" addressing units over dashes, of which one only is dated ("- Cử 01 công
 * chức …, gửi danh sách trước ngày D"; "- Phổ biến, vận động …" ongoing): the dashes are the heading's orders, not a
 * numbered list, and the one task among them is the heading's, known by its number as a reader would cite it; so
 * is the one dated dash or plain paragraph right under a Roman section ("V. TỔ CHỨC THỰC HIỆN" over "- Các phòng …
 * gửi … trước …", or over paragraphs of which one says "Công an xã rà soát …, hoàn thành trước …"), and so is the
 * one dated bullet of a glyph the typist chose ("", "▪", "+"), but not Word's list bullet "•", which may stand for
 * the numbers a typed copy writes. `warned`: how many warnings there were before the section's items were read.
 */
function soleOrder(node: Node, ref: string, drafts: TaskDraft[], ctx: TaskContext, warned: number): TaskDraft | null {
  const [only] = drafts;
  if (drafts.length !== 1 || only?.ref !== `${ref}.1` || only.parentRef !== ref || node.wording) return null;
  // Only bullets carry a mark.
  const dashes =
    node.kind === "section" &&
    node.children.every((c) => (c.mark && c.mark !== "•") || (c.kind === "paragraph" && !c.mark));
  const heading = /number|letter/.test(node.kind) && /:\s*$/.test(node.text) && node.children.every((c) => c.mark);
  if (!dashes && !topicOverDashes(node, ctx) && !(heading && unitsNamedOnly(ctx.resolver, node.text).length > 0))
    return null;
  if (only.deadline) ctx.dated.set(ref, only.deadline.due);
  // What the admin was warned of about the task (a unit not understood) names it as it is now cited; only the
  // warnings given while its section was read can name it.
  for (const warning of ctx.warnings.slice(warned))
    if (warning.args.ref === only.ref) warning.args = { ...warning.args, ref };
  return { ...only, ref, parentRef: null };
}

/**
 * "1. Phiên họp thường kỳ tháng 01" over undated items: the month they are done in, shared with them all, numbered
 * ones too (month-heading.ts). A bullet or a paragraph heads no month.
 */
function monthOver(node: Node, ref: string, ctx: TaskContext): Scope["deadline"] {
  if (node.children.length === 0 || /bullet|paragraph|group/.test(node.kind)) return null;
  const month = monthOfHeading(node.text);
  const value = month ? deadlineOf(ctx, ref, month) : null;
  return value ? { value, from: ref, shared: true } : null;
}

/** The scope of the plan's top level: no heading's units, no deadline. */
export const NO_SCOPE: Scope = { units: () => ({ lead: [], coordinators: [] }), deadline: null };
