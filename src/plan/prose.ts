// Tasks written as prose, as in the 2019 Thái Nguyên plan:
//   II. NỘI DUNG CÔNG VIỆC
//   1. Giao Sở Nội vụ chủ trì:
//   - Tham mưu … Thời gian xong trước ngày 30/11/2019.
//   5. Đề nghị Văn phòng HĐND tỉnh cung cấp … Thời gian hoàn thành trước ngày 30/11/2019.
// A numbered heading names the responsible units; each bullet with a deadline under it
// is a task of those units (ref II.1.1), and a heading with a deadline of its own and no
// dated bullets is a task itself (ref II.5). Undated prose is description, not a task.
import { findDeadlineWording } from "../domain/deadline.ts";
import { fold } from "../domain/text.ts";
import type { Block } from "./document.ts";
import type { ParsedDeadline, TaskDraft } from "./parsed-plan.ts";
import { deadlineOf, type TaskContext } from "./task-context.ts";
import type { ResolvedName } from "../domain/resolve-units.ts";

const ROMAN = /^([IVX]+)\.\s+(.+)$/;
const NUMBERED = /^(\d+(?:\.\d+)*)\.\s+(.+)$/;
const BULLET = /^[-–•+]\s*(.+)$/;

interface Heading {
  ref: string;
  title: string;
  units: ResolvedName[];
  deadline: ParsedDeadline | null;
  bullets: TaskDraft[];
}

/** The text before the deadline wording, without trailing punctuation. */
function titleOf(text: string, wording: string | null): string {
  const body = wording ? text.slice(0, text.lastIndexOf(wording)) : text;
  return body.replace(/[\s.,;:]+$/, "").trim();
}

function unresolvedWarnings(ctx: TaskContext, ref: string, units: ResolvedName[]): void {
  for (const u of units) if (!u.resolved) ctx.warnings.push({ code: "unresolved-unit", args: { ref, name: u.name } });
}

export function readProseTasks(blocks: Block[], ctx: TaskContext): TaskDraft[] {
  const tasks: TaskDraft[] = [];
  const emittedSections = new Set<string>();
  let section: { ref: string; title: string } | null = null;
  let heading: Heading | null = null;

  const closeHeading = () => {
    if (!heading) return;
    const parentRef = section?.ref ?? null;
    const own = heading.bullets.length === 0 && heading.deadline;
    if ((heading.bullets.length > 0 || own) && section && !emittedSections.has(section.ref)) {
      emittedSections.add(section.ref);
      tasks.push({
        ref: section.ref,
        parentRef: null,
        title: section.title,
        deadline: null,
        lead: [],
        coordinators: [],
      });
    }
    if (heading.bullets.length > 0) {
      tasks.push({
        ref: heading.ref,
        parentRef,
        title: heading.title,
        deadline: heading.deadline,
        lead: [],
        coordinators: [],
      });
      tasks.push(...heading.bullets);
      unresolvedWarnings(ctx, heading.ref, heading.units);
    } else if (own) {
      tasks.push({
        ref: heading.ref,
        parentRef,
        title: heading.title,
        deadline: heading.deadline,
        lead: heading.units,
        coordinators: [],
      });
      unresolvedWarnings(ctx, heading.ref, heading.units);
    }
    heading = null;
  };

  for (const block of blocks) {
    if (block.type !== "text") continue;
    const text = block.text;
    if (/^noi nhan/.test(fold(text))) break;
    const roman = text.match(ROMAN);
    if (roman) {
      closeHeading();
      section = { ref: roman[1]!, title: roman[2]! };
      continue;
    }
    const numbered = text.match(NUMBERED);
    if (numbered) {
      closeHeading();
      const ref = section ? `${section.ref}.${numbered[1]}` : numbered[1]!;
      const wording = findDeadlineWording(numbered[2]!);
      heading = {
        ref,
        title: titleOf(numbered[2]!, wording),
        units: ctx.resolver.leadingUnits(numbered[2]!),
        deadline: wording ? deadlineOf(ctx, ref, wording) : null,
        bullets: [],
      };
      continue;
    }
    if (!heading) continue;
    const body = text.match(BULLET)?.[1] ?? text;
    const ref = `${heading.ref}.${heading.bullets.length + 1}`;
    const wording = findDeadlineWording(body);
    const deadline = wording
      ? deadlineOf(ctx, ref, wording)
      : heading.deadline && { ...heading.deadline, inheritedFrom: heading.ref };
    if (!deadline) continue;
    heading.bullets.push({
      ref,
      parentRef: heading.ref,
      title: titleOf(body, wording),
      deadline,
      lead: heading.units,
      coordinators: [],
    });
  }
  closeHeading();
  return tasks;
}
