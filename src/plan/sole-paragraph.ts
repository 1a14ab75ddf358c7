// A heading over one paragraph is one item (prose.ts): "1. Lập danh sách …" over the paragraph saying who and when, "3.
// Sở A" or "4. Trách nhiệm của Sở A" over the paragraph saying what Sở A does.
import { fold } from "../domain/text.ts";
import { ADDRESS, predicateOf, unitsNamedOnly } from "./clause.ts";
import { ownUnits, type Node } from "./prose-node.ts";
import { ownerOfHeading } from "./table-owner.ts";
import { foldResultDash } from "./result-dash.ts";
import { saysOnlyWhen } from "./time-heading.ts";
import { amendsAsFollows } from "./quoted-amendment.ts";
import type { TaskContext } from "./task-context.ts";

// "5. Các sở, ngành, UBND các xã không có tên trong lịch kiểm tra": units told apart by whether the plan's list names
// them, not by what they do; the heading still only names units, whose one paragraph is their task.
const LISTED_OR_NOT = /\s+(?:không\s+)?có tên\s+(?:trong|tại|ở)\s[^;:]*$/iu;

/**
 * "1. Lập danh sách …" (or "1. Nhiệm vụ chung") with no date, and under it one paragraph with a subject
 * that says when: one task, numbered by the heading. A paragraph saying who, then when, in a sentence of its
 * own ("Sở X chủ trì, phối hợp với Y …. Thời gian hoàn thành: …") gives units and deadline to the heading's
 * title; one dated sentence ("Các sở … xây dựng kế hoạch …, gửi về Sở Nội vụ trước ngày …") is the title
 * too. Under a heading that only names units ("3. Sở A, Sở B"), one paragraph with no subject is the heading's task,
 * led by those units and titled by the paragraph; several paragraphs under it are tasks of their own. A paragraph
 * handing over several dated pieces of work (two-duties.ts) gives the heading its pieces.
 */
export function foldSoleParagraph(node: Node, ctx: TaskContext): void {
  for (const child of node.children) foldSoleParagraph(child, ctx);
  foldResultDash(node);
  // Its one undated paragraph, when nothing under it is dated: no task by itself, it still says the heading's work.
  const said = node.children.length === 0 && node.said?.length === 1 ? paragraph(node.said[0]!) : null;
  const [only] = said ? [said] : node.children;
  if (node.kind !== "number" && node.kind !== "letter") return;
  // Dated by its own words, a heading's paragraph after it is one of its own (a letter's closing "Giao Văn phòng …");
  // unless those words only say when ("5. Quý III/2026:"): a period of a timeline, its paragraph its work.
  const whenOnly = saysOnlyWhen(node.text, node.wording);
  if (whenOnly && node.children.length === 0 && periodTasks(node, ctx)) return;
  if (node.wording && said && (whenOnly || !node.text.includes(node.wording)))
    return datedOverSaid(node, said, ctx, whenOnly);
  // Its one dated paragraph, a nearer day in the period, is its task too.
  if (whenOnly && node.children.length === 1 && only?.kind === "paragraph" && only.wording)
    return takeOver(node, only, false);
  if (node.wording || (node.children.length !== 1 && !said)) return;
  // A heading that only names units, as a telegram addresses each order ("3. Giám đốc Sở X:") or a plan heads each
  // unit's duties ("2. Sở Tài chính", its items lettered where it has several), over one dash paragraph: the dash
  // marks the unit's one paragraph, not an item of a list, so the heading is the task, as it is over one plain
  // paragraph. A table row's unit over one dash item of its cell stays a list ("2.1", unit-row-tasks.ts).
  if (only?.kind !== "paragraph" && only?.kind !== "bullet") return;
  // "4. Trách nhiệm của Sở A" names its units as "4. Sở A" does (table-owner.ts).
  // A heading addressing its unit ("9. Đề nghị Ủy ban MTTQ tỉnh", "Giao Sở A") names it as "9. Ủy ban MTTQ tỉnh" does:
  // the request to the body is its task (table-owner.ts reads a table's caption so).
  const written = unitsNamedOnly(ctx.resolver, node.text.replace(ADDRESS, "").replace(LISTED_OR_NOT, ""));
  const named = written.length > 0 ? written : ownerOfHeading(ctx.resolver, node.text);
  if (only.kind === "bullet" && (named.length === 0 || only.children.length > 0)) return;
  if (named.length > 0 && namesNoOther(ownUnits(only, ctx).lead, named)) {
    // "3. Sở A, Sở B" over one paragraph with no subject, or one whose subject names them again ("Sở A và Sở B rà soát
    // …"): the heading's task, in the paragraph's words.
    node.text = only.text;
    node.wording = only.wording;
    node.clause = { lead: named, coordinators: ownUnits(only, ctx).coordinators };
    node.children = only.children;
    return;
  }
  if (said) return;
  if (ownUnits(node, ctx).lead.length > 0 || ownUnits(only, ctx).lead.length === 0) return;
  const work = node.text.trim() !== "" && namesNoWork(only.text);
  // "2. Sửa đổi điểm a khoản 3 Mục III như sau:" names no work: the point's new wording quoted under it is the work,
  // even when it says when in a sentence of its own (quoted-amendment.ts).
  const ownSentence = /\.\s+\p{Lu}/u.test(only.text.slice(0, only.text.lastIndexOf(only.wording!) + 1));
  takeOver(node, only, work || (ownSentence && !amendsAsFollows(node.text)));
}

/**
 * "1. Quý III/2024:" over several undated paragraphs, each with a subject of its own ("Sở Nội vụ tổ chức …", "Sở Tư
 * pháp kiểm tra …"): each is a task of the period, dated by the heading, as dated paragraphs under it are. Whether it
 * took them (paragraphs naming no doer stay the heading's words, read as before).
 */
function periodTasks(node: Node, ctx: TaskContext): boolean {
  const pieces = (node.said ?? []).map(paragraph);
  if (pieces.length < 2 || !pieces.every((p) => ownUnits(p, ctx).lead.length > 0)) return false;
  node.children = pieces;
  node.said = undefined;
  return true;
}

/** The heading becomes its one dated paragraph: its time, units and what it holds, and its words unless `keepWords`. */
function takeOver(node: Node, only: Node, keepWords: boolean): void {
  if (!keepWords) node.text = only.text;
  node.wording = only.wording;
  node.clause = only.clause;
  node.labelLead = only.labelLead;
  node.labelCoordinators.push(...only.labelCoordinators);
  node.children = only.children;
}

/** Whether a paragraph's subject is none, or the heading's units named again (the same names, folded). */
const namesNoOther = (subject: { name: string }[], heading: { name: string }[]): boolean => {
  const names = (units: { name: string }[]) =>
    units
      .map((u) => fold(u.name))
      .sort()
      .join(";");
  return subject.length === 0 || names(subject) === names(heading);
};

// Over a paragraph whose act names no work ("Văn phòng A tham mưu, trình UBND tỉnh chậm nhất ngày D", "Các sở thực
// hiện …"), the heading ("b) Sửa đổi Quy chế …") says the work: the paragraph only who and when.
const namesNoWork = (text: string): boolean =>
  /^(?:chu tri,?\s+)?(?:tham muu,?\s+trinh|thuc hien|to chuc thuc hien)\b/.test(fold(predicateOf(text)));

/**
 * "5. Ứng dụng công nghệ thông tin" dated by a line of its own ("- Thời gian hoàn thành: …", a result's dash:
 * result-dash.ts), over one undated paragraph saying who does what ("Thanh tra tỉnh chủ trì, phối hợp với Sở A hướng
 * dẫn …"): the paragraph's work and units, the line's time, as when the paragraph says when itself.
 */
function datedOverSaid(node: Node, said: Node, ctx: TaskContext, whenOnly: boolean): void {
  // Under a heading that only says when, the paragraph is the work even with no subject (the units above lead it).
  if (ownUnits(node, ctx).lead.length > 0 || (ownUnits(said, ctx).lead.length === 0 && !whenOnly)) return;
  if (!namesNoWork(said.text)) node.text = said.text;
  node.clause = said.clause;
}

const paragraph = (text: string): Node => ({
  kind: "paragraph",
  ref: null,
  mark: null,
  depth: 30,
  text,
  wording: null,
  clause: null,
  labelLead: null,
  labelCoordinators: [],
  children: [],
});
