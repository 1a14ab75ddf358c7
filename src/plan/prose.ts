// Tasks written as prose, numbered to any depth:
//   II. NHIỆM VỤ CỤ THỂ
//   1. Sở Nội vụ                                  ← a heading naming its units
//   a) Xây dựng bộ câu hỏi …                        ← an item of the heading (ref II.1.a)
//   Thời gian thực hiện: Tháng 8/2025.              ← a label: belongs to the item above
//   - Lập danh sách …, gửi Sở Nội vụ trước ngày …   ← a bullet of the heading (ref II.1.1)
//   5. Đề nghị Bưu điện tỉnh phối hợp với Sở Nội vụ … trong Quý IV/2025.  ← a task itself
// Who leads and who coordinates is read from each sentence's grammar (clause.ts); a sentence
// with no subject takes its heading's units. A bullet or item without a deadline of its own
// takes the one of the heading above it, marked as inherited. Undated prose is description,
// and a plain paragraph (no number, no bullet) is a task only when it gives its own deadline.
import { parseInPlanYear } from "../domain/plan-year.ts";
import { fold } from "../domain/text.ts";
import { hasPredicate, readClause, saysRoles } from "./clause.ts";
import { firstListedLead } from "./first-listed-lead.ts";
import { opensAttached, submissionBodyEnd } from "./attached.ts";
import type { Block } from "./document.ts";
import { itemLabels, labelOf, labelRowLine, labelsOf, openingLabels, type Label } from "./labels.ts";
import { markerOf, nextRef, partsRenumber } from "./numbering.ts";
import { labelledCountRunsOn, labelledRef } from "./labelled-items.ts";
import { parensRunOn, runningRef } from "./running-parens.ts";
import { closingOrders, endsBody } from "./closing-order.ts";
import type { TaskDraft } from "./parsed-plan.ts";
import { periodGroup } from "./period-group.ts";
import { type Kind, type Node } from "./prose-node.ts";
import { foldSoleParagraph } from "./sole-paragraph.ts";
import { saysOnlyWhen } from "./time-heading.ts";
import { type TaskContext } from "./task-context.ts";
import { DESCRIBING_HEADING, holdsNoTask, isTimeAlone, spansPlan } from "./describing.ts";
import { numberedRuns, unitParagraphTasks } from "./unit-paragraph.ts";
import { dutyPieces } from "./two-duties.ts";
import { notesException, withExceptionsNoted } from "./exception-note.ts";
import { assignmentOnly } from "./assignment-line.ts";
import { withPartTitles } from "./part-titles.ts";
import { lineNode } from "./prose-line.ts";
import { closesOnColon, emit, enumerates, NO_SCOPE } from "./prose-tasks.ts";
import type { BodyItem } from "./schedule-section.ts";
import { datedSentence, datedWording, datesTask } from "./dated-prose.ts";
import { timeOfWorkAbove } from "./covering-time.ts";
import { periodLine } from "./period-lines.ts";
import { describesRowAbove } from "./describing-rows.ts";
import { withoutRepeated } from "./repeated-items.ts";

/** Reads the blocks into a tree of sections, headings, items and bullets. */
function readTree(blocks: Block[], ctx: TaskContext): Node[] {
  const roots: Node[] = [];
  const open: Node[] = [];
  const closingOrder = closingOrders(blocks, ctx.resolver);
  let roman: number | null = null;
  let part: string | null = null;
  // Parts that number anew are told apart by their letters: "B.1", "C.1".
  const texts = blocks.flatMap((b) => (b.type === "text" ? [b.text] : []));
  const lettered = partsRenumber(texts);
  // A part named in words ("Phần thứ hai") is cited with its Roman sections ("Mục I Phần thứ hai") only when another
  // part numbers its sections anew: Roman numerals no other part repeats cite the section alone ("I.1.a"). A part's
  // letter is short and stays in the refs under it ("B.II.1").
  const romansRepeat = partsRenumber(texts, ["roman"]);
  const partCited = (name: string | null) => lettered && name !== null && (name.length === 1 || romansRepeat);
  // "Nhiệm vụ 1" … "Nhiệm vụ 12" counted on across the headings they stand under are cited by their own words.
  const labelsRunOn = labelledCountRunsOn(texts);
  // "(1)" … "(11)" numbered on across the headings over them: the document's own numbers, cited alone.
  const running = parensRunOn(texts);
  const parens = new WeakSet<Node>();
  const place = (node: Node) => {
    while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop();
    (open.at(-1)?.children ?? roots).push(node);
    open.push(node);
  };
  const node = (kind: Kind, ref: string | null, depth: number, line: string, mark: string | null = null): Node =>
    lineNode(ctx, kind, ref, depth, line, mark);
  const enclosingRef = () => open.findLast((n) => n.ref !== null && n.kind !== "bullet")?.ref ?? null;
  // "X chủ trì …, hoàn thành trước …; đồng thời …, xong trong …": the item just placed heads one task per piece of
  // work its sentence dates (two-duties.ts); what comes after it is placed as after the item.
  const splitDuties = () => {
    const item = open.at(-1)!;
    const split = item.wording && !item.children.length && !item.labelLead ? dutyPieces(item.text, dutyWording) : null;
    // "…, xong trước ngày 15/6. Riêng Sở A: hoàn thành trước ngày 15/7.": a note on the work before it, no piece.
    const pieces = split && withExceptionsNoted(ctx.resolver, split, dutyWording);
    for (const piece of pieces ?? []) place(node("paragraph", null, item.depth + 0.25, piece));
    if (pieces) [item.wording, open.length] = [null, open.indexOf(item) + 1];
  };
  const dutyWording = (c: string) => (datesTask(c, ctx.issued) ? datedWording(c, ctx.issued) : null);
  // A line right after a dated item, before anything under it, that only gives some of its units their own time.
  const exceptionTo = (item: Node | undefined, text: string) => {
    const wording = datedWording(text, ctx.issued);
    const dated = item?.wording || item?.children.some((c) => c.wording);
    return /number|letter/.test(item?.kind ?? "") && dated && wording && notesException(ctx.resolver, text, wording);
  };

  // A label with nothing after its colon: its values follow, as bullets or (right after it) as one plain line.
  let pending: { target: Node; label: Label; fresh: boolean } | null = null;
  let signed = false;
  // A Tờ trình carrying its draft plan: its own body holds none of the plan's work (attached.ts).
  const coverEnd = submissionBodyEnd(blocks);
  let [describing, timeAlone] = [false, false];
  // The time of the line over the bullets now being read ("Quý I/2026:"), if any (period-lines.ts).
  let period: string | null = null;
  for (const [i, block] of blocks.entries()) {
    if (i < coverEnd) continue;
    // "Nơi nhận:" typed beside the signer's title ("Nơi nhận: ⇥ TM. ỦY BAN NHÂN DÂN") reads as a row of two: it
    // ends the body too. A task table's column "Nơi nhận" (where reports go) stands in a wider row, never first.
    if (block.type === "row" && block.cells.length <= 3 && endsBody(block.cells[0] ?? "")) signed = true;
    if (block.type !== "text") continue;
    // "Nơi nhận" and the signature end a document; a plan it issues ("KẾ HOẠCH … ban hành kèm theo
    // Quyết định …") may follow, read as a document of its own, and so may an appendix assigning tasks, numbered
    // anew (attached.ts).
    if (endsBody(block.text)) signed = true;
    const next = blocks[i + 1];
    const nextText = next?.type === "text" ? next.text : undefined;
    if (signed && !opensAttached(block.text, nextText)) continue;
    if (signed) {
      signed = false;
      describing = false;
      pending = null;
      roman = null;
      part = null;
      open.length = 0;
      continue;
    }
    // "Lai Châu, ngày 01 tháng 12 năm 2026" above a signature dates the signing, not a task; so does an event's line,
    // and the note giving the tasks written with no time their day (common-deadline.ts), or those timed by a quarter
    // or a month the day within it (period-days.ts).
    if (PLACE_DATE_LINE.test(block.text.trim()) || ctx.milestones?.lines.has(block.text)) continue;
    if (block.text === ctx.commonDeadline?.line || ctx.periodDays?.lines.has(block.text)) continue;
    // "Ghi chú: …", "Sản phẩm: …" right under a table's last row is that table's (describing-rows.ts), as the table
    // walk reads it: dated though it may be ("Ghi chú: Đợt … diễn ra từ ngày … đến ngày …"), no task of the part above.
    if (describesRowAbove(blocks, i)) continue;
    const numbered = markerOf(block.text, roman, part);
    // "(1) …; (2) …" in one paragraph lists its items in runs: no item "(1)" of its own (unit-paragraph.ts).
    const marker = numbered?.kind === "paren" && numberedRuns(block.text) ? null : numbered;
    const sectioning = marker?.kind === "roman" || marker?.kind === "part" || marker?.kind === "article";
    if (sectioning) [describing, timeAlone] = [holdsNoTask(fold(marker.rest)), isTimeAlone(fold(marker.rest))];
    if (describing && !sectioning) continue;
    // The plan's own period under "THỜI GIAN THỰC HIỆN", with nothing dated after it, is no task (describing.ts).
    if (timeAlone && !marker && spansPlan(block.text, (rest) => datedWording(rest, ctx.issued) !== null)) continue;
    const body = marker?.kind === "bullet" || marker?.kind === "letter" ? marker.rest : block.text;
    // "Quý II/2026:" over "+" items: their period, not a time of the item above; the next such line or a numbered item
    // or section ends it (period-lines.ts).
    const nextBullet = nextText !== undefined && markerOf(nextText, roman, part)?.kind === "bullet";
    const periodOver = marker ? null : periodLine(block.text, nextBullet);
    if (periodOver !== null || (marker && marker.kind !== "bullet")) period = periodOver;
    if (periodOver !== null) continue;
    // Bullets under "Đơn vị thực hiện:" or "Thời gian thực hiện:" with nothing after the colon are its values,
    // each with its own label when it has one ("+ Chủ trì: Sở Nội vụ.", "+ Phối hợp: …").
    if (pending && marker?.kind === "bullet") {
      applyLabel(pending.target, labelOf(body) ?? { role: pending.label.role, value: body }, ctx);
      pending.fresh = false;
      continue;
    }
    // "Đơn vị thực hiện:" alone, "Sở A chủ trì, …" on the line below (a borderless table's cells read one after
    // the other, or typed so): that line is the label's value.
    if (pending?.fresh && !marker && !labelsOf(body)) {
      applyLabel(pending.target, { ...pending.label, value: body }, ctx);
      pending = null;
      continue;
    }
    pending = null;
    // "Thời gian hoàn thành các nội dung trên: trong quý II/2025" under an item's dashes: the time of the item (the
    // deepest open node holding what is above), which its undated dashes take; no task itself (covering-time.ts).
    const covering = marker ? null : timeOfWorkAbove(block.text);
    const covered = covering ? open.findLast((n) => n.kind !== "bullet" && n.children.length > 0) : undefined;
    if (covering && covered) {
      applyLabel(covered, { role: "deadline", value: covering }, ctx);
      covered.shared = true;
      continue;
    }
    const labels = marker?.kind === "roman" || marker?.kind === "number" ? null : labelsOf(body);
    if (labels) {
      // The node placed last is the open one deepest down; an item of an enumeration is part of the sentence above it.
      // A lettered label ("a. Thời gian thực hiện: …", as Word numbers a list of labels) tells of the heading
      // above the letters.
      const above = marker?.kind === "letter" ? open.findLast((n) => n.depth < 20) : open.at(-1);
      const parent = open.at(-2);
      const target = above?.kind === "bullet" && parent && enumerates(parent) ? parent : above;
      for (const label of labels) if (target) applyLabel(target, label, ctx);
      const last = labels.at(-1)!;
      if (target && !last.value.replace(/[\s.]/g, "")) pending = { target, label: last, fresh: true };
      continue;
    }
    if (!marker) {
      // "QUÝ II (hạn chung: 30/6)" over numbered tasks: a group of them with a shared deadline (period-group.ts).
      const group = periodGroup(block.text, nextText, ctx.issued);
      if (group) {
        place({ ...node("group", group.ref, 0.5, group.ref), wording: group.wording });
        continue;
      }
      // A list laid out with tab stops ("1. ⇥ task ⇥ unit ⇥ time") writes its unit column as a line of its own
      // under the item: a line that is one unit's name and nothing else leads the item above it.
      const item = open.at(-1);
      if (item && /number|letter/.test(item.kind) && !item.labelLead && !item.children.length) {
        const unit = ctx.resolver.find(block.text.replace(/[.;]$/, ""));
        if (unit) {
          applyLabel(item, { role: "lead", value: block.text }, ctx);
          continue;
        }
      }
      // A dated sentence under a heading that describes the plan ("… từ ngày 01/10/2025 đến
      // ngày 30/6/2026") tells its scope.
      const describing = open.some((n) => n.kind !== "bullet" && DESCRIBING_HEADING.test(fold(n.text)));
      // "(1) …; (2) …" in one paragraph: each dated item is a task, as each line of a list would be.
      const runs = enclosingRef() && !describing ? numberedRuns(block.text) : null;
      for (const run of runs ?? []) if (datedWording(run)) place(node("paragraph", null, 30, run));
      if (runs) continue;
      if (item && !item.children.length && !datedWording(block.text) && opensItems(item, block.text))
        (item.said ??= []).push(block.text);
      else if (datedWording(block.text) && enclosingRef() && !describing) {
        // "Riêng Sở A, Sở B: hoàn thành trước …" after a dated item: another time for some of its units, noted on it.
        if (exceptionTo(item, block.text)) continue;
        // "X chủ trì, phối hợp với Y thực hiện, hoàn thành trước …" under an item naming no one: the item's units and
        // time (assignment-line.ts).
        const owner = open.findLast((n) => /number|letter/.test(n.kind));
        const wording = datedWording(block.text)!;
        const assigned =
          owner && !owner.wording && !owner.labelLead ? assignmentOnly(ctx.resolver, block.text, wording) : null;
        if (owner && assigned && readClause(ctx.resolver, owner.text).lead.length === 0) {
          owner.wording = wording;
          owner.labelLead = assigned.lead;
          owner.labelCoordinators.push(...assigned.coordinators);
          continue;
        }
        // A numbered item with a deadline of its own is a whole task: a dated paragraph after it stands beside it; but
        // one saying only when ("5. Quý III/2026:") heads a period of a timeline, whose work the paragraph is.
        const whole = (n: Node) => /number|letter/.test(n.kind) && n.wording && !saysOnlyWhen(n.text, n.wording);
        while (open.length > 0 && whole(open.at(-1)!)) open.pop();
        // "Các cơ quan … được giao nhiệm vụ tại văn bản này báo cáo …" after the last item: the document's own order,
        // of no section or item (closing-order.ts).
        if (closingOrder(i)) open.length = 0;
        place(node("paragraph", null, 30, datedSentence(block.text, ctx)));
        splitDuties();
      }
      continue;
    }
    // "2.1. Tập huấn … — Chủ trì: X — Hạn: 15/5": an item's own labels after its title (labels.ts).
    // "4. (Cơ quan chủ trì: Sở A) Tổng hợp …": labels in a bracket before the title are the item's too.
    const before = sectioning ? null : openingLabels(marker.rest);
    const [title, ...after] = sectioning ? [marker.rest] : itemLabels(before?.rest ?? marker.rest);
    const trailing = before ? [before.labels, ...after] : after;
    const item = { ...marker, rest: title };
    switch (item.kind) {
      case "part":
        part = item.ref;
        roman = null;
        open.length = 0;
        place(node("part", item.ref, -1, item.rest));
        break;
      case "roman":
        roman = item.value;
        while (open.length > 0 && open.at(-1)!.kind !== "part") open.pop();
        place(node("section", partCited(part) ? `${part}.${item.ref}` : item.ref, 0, item.rest));
        break;
      case "article":
        while (open.length > 0 && open.at(-1)!.kind !== "part") open.pop();
        place(node("article", item.ref, 0, item.rest));
        break;
      case "number": {
        // "Nhiệm vụ 3:" under the heading "2. Công tác kiểm tra": an item of the heading (labelled-items.ts).
        const heading = item.label ? open.findLast((n) => n.kind === "number" && !n.labelled) : undefined;
        if (heading) {
          const depth = heading.depth + 0.5;
          while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
          const ref = labelledRef(item.label!, item.ref, heading.ref!, labelsRunOn);
          place({ ...node("number", ref, depth, item.rest), labelled: true });
          break;
        }
        const depth = item.ref.split(".").length;
        while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
        const section = open.findLast((n) => /section|article/.test(n.kind) || (lettered && n.kind === "part"))?.ref;
        const grouped = unitParagraphTasks(ctx.resolver, item.rest, (c) => datesTask(c, ctx.issued));
        const numberedItem = node(
          "number",
          section ? `${section}.${item.ref}` : item.ref,
          depth,
          grouped?.heading ?? item.rest,
        );
        // "Bước 1:" straight under the section is no area heading for the "Bước 2:" after it.
        place(item.label ? { ...numberedItem, labelled: true } : numberedItem);
        // Several dated clauses after the units that do them: each a task, as bullets under the units would be.
        for (const clause of grouped?.clauses ?? []) place(node("paragraph", null, depth + 1, clause));
        break;
      }
      case "paren": {
        // One level under the number, section or part above it; "(2)" closes "(1)" and what it holds.
        while (open.length > 0 && (open.at(-1)!.depth >= 20 || parens.has(open.at(-1)!))) open.pop();
        const parent = enclosingRef();
        const depth = (open.at(-1)?.depth ?? 0) + 0.5;
        const ref = running ? runningRef(item.ref) : parent ? `${parent}.${item.ref}` : item.ref;
        place(node("number", ref, depth, item.rest));
        parens.add(open.at(-1)!);
        break;
      }
      case "letter": {
        while (open.length > 0 && open.at(-1)!.depth >= 20) open.pop();
        const parent = enclosingRef();
        place(node("letter", parent ? `${parent}.${item.ref}` : item.ref, 20, item.rest));
        break;
      }
      case "bullet": {
        if (!enclosingRef() || exceptionTo(open.at(-1), item.rest)) continue;
        const same = open.find((n) => n.kind === "bullet" && n.mark === item.mark);
        const deepest = open.findLast((n) => n.kind === "bullet");
        place(node("bullet", null, same?.depth ?? (deepest ? deepest.depth + 1 : 30), item.rest, item.mark));
        if (period !== null) open.at(-1)!.period = period;
        break;
      }
    }
    if (/number|paren|letter|bullet/.test(item.kind)) splitDuties();
    const placed = trailing.length > 0 ? open.findLast((n) => n.kind === item.kind) : undefined;
    for (const piece of trailing) for (const label of labelsOf(piece) ?? []) if (placed) applyLabel(placed, label, ctx);
  }
  return roots;
}

/**
 * Whether an undated paragraph right under a node, before anything under it, says what the node's units do
 * (`said`, read by `openingUnits` and sole-paragraph.ts): any under an item; under a part or section only a lead-in
 * closing on a colon ("A. NHIỆM VỤ CHUNG" over "Các sở, ban, ngành … thực hiện các nhiệm vụ sau:"), which hands the
 * items after it to whoever it names. A section's other opening prose describes, and names no doer of its items.
 */
const opensItems = (node: Node, text: string): boolean =>
  /number|letter/.test(node.kind) ||
  (/part|section|article/.test(node.kind) && (closesOnColon(text) || handsItemsBelow(text)));

/**
 * "Sở A là cơ quan thường trực, chủ trì thực hiện các nhiệm vụ dưới đây, trừ nhiệm vụ có ghi cơ quan chủ trì khác":
 * a lead-in that gives who leads or does the items "dưới đây" / "sau đây" hands them to that unit as one closing on a
 * colon does; an item naming its own lead keeps it.
 */
const handsItemsBelow = (text: string): boolean => {
  const folded = fold(text);
  return /\b(?:chu tri|thuc hien)\b/.test(folded) && /\b(?:nhiem vu|noi dung) (?:duoi day|sau day)\b/.test(folded);
};

function applyLabel(node: Node, label: Label, ctx: TaskContext): void {
  // The whole value is the deadline: "ngày 10 tháng 01 năm 2025" is a day, not a month.
  const value = label.value.replace(/[\s.;]+$/, "");
  if (!value.replace(/[\s:]/g, "")) return;
  // A day the label gives beats a time the item's words name: "Báo cáo kết quả quý I/2026" / "Hạn: 10/3".
  const day = label.named && parseInPlanYear(value, ctx.issued).ok;
  if (label.role === "deadline" && (!node.wording || day)) node.wording = value;
  // Named outright, the lead replaces the one the sentence's subject gave.
  // "Cơ quan thực hiện: X chủ trì, phối hợp với Y", "Giao: các sở, ban, ngành căn cứ chức năng … triển khai": a value
  // that says both roles, or goes on past its names with a verb, is read by its grammar; names alone under the plan's
  // legend "cơ quan ghi đầu tiên là cơ quan chủ trì" are led by the first written (first-listed-lead.ts).
  const clause =
    label.role !== "lead" || label.units
      ? null
      : saysRoles(value) || hasPredicate(value)
        ? readClause(ctx.resolver, value)
        : ctx.firstListedLeads
          ? firstListedLead(ctx.resolver, value)
          : null;
  if (clause) node.labelCoordinators.push(...clause.coordinators);
  const named = () => label.units ?? clause?.lead ?? ctx.resolver.resolveList(value);
  if (label.role === "lead") node.labelLead = [...(node.labelLead ?? []), ...named()];
  if (label.role === "coordinators") node.labelCoordinators.push(...named());
}

/** A document's place and day on a line alone ("Lai Châu, ngày 06 tháng 3 năm 2025"): the day it was signed. */
export const PLACE_DATE_LINE = /^\p{Lu}[\p{L} .]*,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$/u;

function treeOf(blocks: Block[], ctx: TaskContext): Node[] {
  // "Đơn vị thực hiện: | Sở A chủ trì" in a borderless table under an item is a label line of the item.
  const lines = blocks.map((b): Block => {
    const line = labelRowLine(b);
    return line === null ? b : { type: "text", text: line };
  });
  return readTree(withPartTitles(lines), ctx);
}

/**
 * The body as items: "4. Trách nhiệm của Sở A" over its one paragraph is one item in that paragraph's words, which a
 * schedule or an appendix dates as it dates any item.
 */
function foldedTree(blocks: Block[], ctx: TaskContext): Node[] {
  const roots = treeOf(blocks, ctx);
  for (const root of roots) foldSoleParagraph(root, ctx);
  return roots;
}

const numbered = (nodes: Node[]): Node[] =>
  nodes.flatMap((n) => [...(n.ref !== null && n.kind !== "bullet" ? [n] : []), ...numbered(n.children)]);

/**
 * The body's numbered sections and items, which an appendix may cite (`keyed-table.ts`) and a schedule part date
 * (`schedule-section.ts`): a section, a heading over items and an item its own words date take no schedule's time.
 */
export const proseItems = (blocks: Block[], ctx: TaskContext): BodyItem[] =>
  numbered(foldedTree(blocks, ctx)).map((n) => ({
    ref: n.ref!,
    text: n.text,
    dated: n.wording !== null || n.children.length > 0 || !/number|letter/.test(n.kind),
  }));

/** The time and units an appendix row citing an item gives it, as lines under it would (`keyed-table.ts`). */
function applyKeyed(roots: Node[], keyed: ReadonlyMap<string, readonly Label[]>, ctx: TaskContext): void {
  for (const node of numbered(roots)) for (const label of keyed.get(node.ref!) ?? []) applyLabel(node, label, ctx);
}

export function readProseTasks(
  blocks: Block[],
  ctx: TaskContext,
  keyed: ReadonlyMap<string, readonly Label[]> = new Map(),
  repeated: ReadonlySet<string> = new Set(),
): TaskDraft[] {
  // The points an appendix listing its tasks cites are its rows' work said again (repeated-items.ts).
  const roots = withoutRepeated(foldedTree(blocks, ctx), repeated);
  applyKeyed(roots, keyed, ctx);
  let previous = "";
  return roots.flatMap((root) => {
    // A paragraph after a numbered list outside any section takes the list's next number.
    const ref = root.ref ?? nextRef(previous);
    previous = ref;
    return emit(root, ref, NO_SCOPE, ctx);
  });
}
