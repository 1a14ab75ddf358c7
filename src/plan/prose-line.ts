// One line of prose read as a node of the plan's tree (prose.ts places it): the title, the time's wording and the
// units the line names itself, wherever an office puts them in the line.
import { fold } from "../domain/text.ts";
import { pointsToAppendix } from "./appendix-pointer.ts";
import { readClause } from "./clause.ts";
import { closingAssignment } from "./closing-assignment.ts";
import { closingUnits } from "./closing-units.ts";
import { citedPoint } from "./cited-point.ts";
import { dashFields } from "./dash-fields.ts";
import {
  datedWording,
  dayInsideClause,
  frontedDeadline,
  laterFrontedDeadline,
  workAfterDeadline,
} from "./dated-prose.ts";
import { afterCovered, DESCRIPTION } from "./describing.ts";
import { afterDoneClause } from "./done-rows.ts";
import { openingTime, stageOpening } from "./opening-time.ts";
import type { Kind, Node } from "./prose-node.ts";
import { repealsTasks } from "./repeal.ts";
import type { TaskContext } from "./task-context.ts";
import { requestsUpward } from "./upward-request.ts";
import { afterRecurringOpening, closingTimeLabel } from "./written-time.ts";

/**
 * One line of prose as a node of the tree: its title, its time's wording and the units it names itself, read from the
 * way offices write a line (a stage or time opening it, a closing bracket of units or of who and when, a deadline
 * opening a later clause, a recurrence before the work).
 */
export function lineNode(
  ctx: TaskContext,
  kind: Kind,
  ref: string | null,
  depth: number,
  line: string,
  mark: string | null = null,
): Node {
  // "1. Ban hành … – Phòng A; phối hợp: Trung tâm B – Tháng 3/2024": fields set off by dashes (dash-fields.ts).
  const fields = dashFields(ctx.resolver, line);
  if (fields) {
    const { work: text, time: wording, units: clause } = fields;
    return { kind, ref, mark, depth, text, wording, clause, labelLead: null, labelCoordinators: [], children: [] };
  }
  // "Giai đoạn 1 (trước 31/3/2026): Sở A hướng dẫn …": a roadmap's stage, its time, then its work (opening-time.ts).
  // "Số liệu tính đến ngày 30/11/2024, các sở gửi …": the figures' period describes; the work after it is the task.
  // "- Điểm a khoản 4 Mục III (… - Sở A chủ trì): từ … sang …": a point of the amended plan, re-timed (cited-point.ts).
  const cited = citedPoint(ctx.resolver, line);
  const { rest: text, wording: staged } = stageOpening(afterCovered(cited?.text ?? line), (w) =>
    datedWording(w, ctx.issued),
  );
  // "… (Sở A chủ trì; thời gian: quý II)": the bracket says who and when (`src/plan/closing-assignment.ts`).
  const assigned = closingAssignment(text);
  // "…, hoàn thành trước ngày D (Sở A; Sở B, Sở C)": a bracket of names only (`src/plan/closing-units.ts`).
  const bracketed = assigned ? null : closingUnits(ctx.resolver, text, ctx.firstListedLeads);
  const cut = assigned?.at ?? bracketed?.at;
  const written =
    cut === undefined ? text : `${text.slice(0, cut).trim()}${assigned?.after ? ` ${assigned.after}` : ""}`;
  const folded = fold(written, ":");
  const undated =
    requestsUpward(ctx, written) || DESCRIPTION.test(folded) || repealsTasks(folded) || pointsToAppendix(written);
  // "Tháng 10/2024: Ban hành …": a time opening the item before a colon is its time, the work after it its title.
  const opening = undated ? null : openingTime(written, (rest) => datedWording(rest, ctx.issued) !== null, staged);
  const dated = undated ? null : (opening?.wording ?? datedWording(written, ctx.issued));
  // "… (đã hoàn thành tháng 12/2025); chủ trì lập …": when a clause was done is no time of the work after it.
  const doneAt = dated && !opening ? afterDoneClause(written, dated, ctx.issued) : null;
  const found = doneAt === null ? dated : datedWording(written.slice(doneAt), ctx.issued);
  // "Định kỳ hằng tháng, trước ngày 25, báo cáo …": titled and led by the sentence after its recurrence.
  const recurring = found && !opening ? afterRecurringOpening(written) : null;
  // "…; chậm nhất ngày D báo cáo …": the work a deadline opens a later clause with, done by the sentence's subject.
  const later = found ? workAfterDeadline(written, found) : null;
  // "X gửi Sở A trước ngày D báo cáo …": a day inside its clause; the clause without it is the task's sentence.
  const fronted =
    opening ??
    (recurring
      ? { rest: recurring, wording: datedWording(recurring, ctx.issued) ?? found! }
      : found
        ? (frontedDeadline(written, found) ??
          laterFrontedDeadline(written, found, ctx) ??
          later ??
          dayInsideClause(written, found))
        : null);
  // "…; thời gian thực hiện: thường xuyên": a time in words, kept as its wording, out of its title.
  const time = found || assigned ? null : closingTimeLabel(written);
  const bracketClause = assigned ? readClause(ctx.resolver, assigned.units) : null;
  return {
    kind,
    ref,
    mark,
    depth,
    // Its title and subject are the sentence after a deadline that opens it.
    text: fronted?.rest ?? (time ? written.slice(0, time.at) : written),
    // A bracket naming who only ("(Chủ trì: A; phối hợp: B)") leaves the day the item's words give its own; one naming
    // no one ("(đã thực hiện tại Quyết định …)") says the work is done, no time.
    wording: assigned
      ? (assigned.time ?? (bracketClause!.lead.length > 0 ? (fronted?.wording ?? found) : null))
      : (fronted?.wording ?? found ?? time?.value ?? null),
    clause: assigned
      ? bracketClause
      : (bracketed?.units ?? cited?.units ?? (later && fronted === later ? readClause(ctx.resolver, written) : null)),
    labelLead: null,
    labelCoordinators: [],
    children: [],
  };
}
