// From a read document to a plan: metadata, tasks (tables and prose), quotas.
import { withUnitTabs } from "./unit-tabs.ts";
import { withCalendarGrids } from "./calendar-grid.ts";
import { dayFirstColumns } from "./month-first-dates.ts";
import type { WorkCalendar } from "../domain/calendar.ts";
import { readCommonDeadline } from "./common-deadline.ts";
import { readPeriodDays } from "./period-days.ts";
import { withTransposedTables } from "./transposed-table.ts";
import { withRepeatedGroups } from "./repeated-groups.ts";
import { withUnitTargets } from "./unit-targets.ts";
import { withRoleRows } from "./role-rows.ts";
import { withPivotOutlines } from "./pivot-outline.ts";
import { withProjectTables } from "./project-table.ts";
import { withSideBySideTasks } from "./side-by-side.ts";
import { saysFirstInstance } from "../domain/first-instance.ts";
import { withOcrDigits } from "../domain/ocr-digits.ts";
import { createResolver } from "../domain/resolve-units.ts";
import { fold } from "../domain/text.ts";
import type { Directory } from "../domain/units.ts";
import { readAbbreviations, withAbbreviations } from "./abbreviations.ts";
import { withoutContents } from "./contents.ts";
import { readUnitCodes, withUnitCodes } from "./unit-codes.ts";
import { withCheckboxColumns } from "./checkbox-columns.ts";
import { readCodeTables } from "./code-table.ts";
import { withCorrectedTimesIn } from "./corrected-times.ts";
import { withQuotedAmendments } from "./quoted-amendment.ts";
import { withBrokenLinesJoined } from "./broken-lines.ts";
import { withoutTranslations } from "./bilingual.ts";
import { withFormBody } from "./form-body.ts";
import { withoutSampleForms } from "./attached.ts";
import { withPetitionAnswers } from "./petition-answers.ts";
import { columnLegend, withColumnTitles } from "./column-legend.ts";
import { withTimeCodes } from "./time-codes.ts";
import { withDatePartColumns } from "./date-part-columns.ts";
import { withTimeTitleWords } from "./time-title-words.ts";
import { withTitleRows } from "./title-rows.ts";
import { saysBoldLeads, saysMarkedLeads, withBoldLeads } from "./marked-lead.ts";
import { addresseeOf, withAddressee } from "./addressee.ts";
import { withMergedLetters } from "./merged-letters.ts";
import type { Block, PlanDocument } from "./document.ts";
import { saysFirstListedLeads } from "./first-listed-lead.ts";
import { withFootnoteDeadlines } from "./footnotes.ts";
import { withTableNotes } from "./table-notes.ts";
import { withLunarDaysAsSolar } from "./lunar-days.ts";
import { withNationalDaysAsDates } from "./national-day-blocks.ts";
import { localIssuer, withIssuer } from "./local-issuer.ts";
import { jointParties, withJointParties } from "./joint-parties.ts";
import { readMetadata } from "./metadata.ts";
import type { ParsedPlan, ParsedTask, PlanError, PlanWarning, TaskDraft } from "./parsed-plan.ts";
import { withUniqueRefs } from "./unique-refs.ts";
import { withoutOldTimes } from "./old-times.ts";
import { withoutReplacedQuotes } from "./revision-marks.ts";
import { withPeriodReports } from "./period-reports.ts";
import { withLaterShares } from "./same-deadline.ts";
import { readPeriodMatrices } from "./period-matrix.ts";
import { readPhaseTables } from "./phase-columns.ts";
import { proseItems, readProseTasks } from "./prose.ts";
import { scheduleKeys } from "./schedule-section.ts";
import { withNamedPeriods } from "./named-periods.ts";
import { readMilestones, withMilestones } from "./milestones.ts";
import { isReport, withoutResults } from "./report-results.ts";
import { bodyKeys } from "./keyed-table.ts";
import { assignedPoints } from "./assigned-points.ts";
import { readQuotaTable } from "./quota-table.ts";
import { withSpelledNames } from "./spelled-names.ts";
import { separateCards } from "./task-cards.ts";
import { readTaskTables } from "./task-table.ts";
import { readTemplates, withTemplates } from "./templates.ts";
import { append, once } from "../domain/collections.ts";
import { readInForce } from "../domain/in-force.ts";
import { unplacedLines } from "./unplaced.ts";
import { withTaskRefs } from "./warning-refs.ts";
import { withoutTitleNames } from "./title-names.ts";

function allText(document: PlanDocument): string {
  return document.blocks.map((b) => (b.type === "text" ? b.text : b.cells.join(" "))).join("\n");
}

export { looksLikePlan } from "./plan-like.ts";

/** The province a plan is about: the one of `provinces` its text names most often. */
export function detectProvince(document: PlanDocument, provinces: readonly string[]): string | null {
  const text = ` ${fold(allText(document))} `;
  let best: { province: string; count: number } | null = null;
  for (const province of provinces) {
    const count = text.split(` ${fold(province)} `).length - 1;
    if (count > 0 && (!best || count > best.count)) best = { province, count };
  }
  return best?.province ?? null;
}

/** The blocks a plan names its issuer and place in: the header and the opening paragraphs. */
const OPENING_BLOCKS = 40;

/**
 * A commune's or a district's plan may never write its province ("UBND xã Bản Hon", "… của UBND huyện Tam Đường"):
 * the province whose districts or communes its opening names most. Null when none is named, or two tie.
 */
export function provinceByPlaces(document: PlanDocument, directories: readonly Directory[]): string | null {
  const text = ` ${fold(allText({ blocks: document.blocks.slice(0, OPENING_BLOCKS) }))} `;
  const counts = directories.map((directory) => ({
    province: directory.province,
    count: directory.units.filter(
      (u) =>
        (u.kind === "district" || u.kind === "commune") && text.includes(` ${fold(u.name).replace(/^ubnd /, "")} `),
    ).length,
  }));
  const [first, second] = counts.sort((a, b) => b.count - a.count);
  return first && first.count > 0 && first.count !== second?.count ? first.province : null;
}

function dedupeWarnings(warnings: PlanWarning[]): PlanWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = JSON.stringify(w);
    return !seen.has(key) && seen.add(key);
  });
}

/** A unit of an earlier directory named in a plan of today's resolves to its successor: the admin is told. */
function successorWarnings(tasks: TaskDraft[]): PlanWarning[] {
  return tasks.flatMap((task) =>
    [...task.lead, ...task.coordinators].flatMap((unit) =>
      unit.succeededFrom
        ? [{ code: "unit-succeeded" as const, args: { ref: task.ref, name: unit.succeededFrom, successor: unit.name } }]
        : [],
    ),
  );
}

/** A task other tasks name as their parent only groups them: a heading, never due, reminded or scored itself. */
function withKinds(drafts: TaskDraft[]): (TaskDraft & Pick<ParsedTask, "kind">)[] {
  const parents = new Set(drafts.map((t) => t.parentRef));
  return drafts.map((draft) => ({ ...draft, kind: parents.has(draft.ref) ? "heading" : "task" }));
}

/** The blocks with digits an OCR read as letters put back in dates ("l5/10/2025"), whatever the file's format. */
const withDigits = (blocks: Block[]): Block[] =>
  blocks.map((b) =>
    b.type === "text" ? { ...b, text: withOcrDigits(b.text) } : { ...b, cells: b.cells.map(withOcrDigits) },
  );

/**
 * The blocks neither a schedule part nor a table of deadlines by task number took to date the body's items: what
 * those readers pass on (`rest`; the second reads what the first passes on).
 */
function notKeyed(blocks: Block[], rest: Block[]): Block[] {
  const kept = new Set(rest);
  return blocks.filter((block) => kept.has(block));
}

export function parsePlan(
  read: PlanDocument,
  directory: Directory,
  calendar: WorkCalendar,
): { ok: true; plan: ParsedPlan } | { ok: false; error: PlanError } {
  const unitsOf = createResolver(directory);
  // "Tháng 9/2026 (đã điều chỉnh: Tháng 11/2026)": the old time is no deadline (corrected-times.ts).
  // "… như sau:" over "“b) …”": the amending item's own work (quoted-amendment.ts).
  // Lines a paste from a PDF broke mid-sentence are joined first (broken-lines.ts).
  // A table with a column per task is read column by column as rows (transposed-table.ts), one printing two tasks to
  // a row half by half (side-by-side.ts).
  // A mail merge's letters, each a table of its addressee's tasks by role, are read as one table (merged-letters.ts).
  // A table of one row per task and unit, a role column saying each unit's part, is read one row per task
  // (role-rows.ts).
  // A pivot table pasted as values is read as the task table it sums (pivot-outline.ts), an MS Project sheet as the
  // task table it is: Finish the deadline, the first resource the lead, summaries no tasks (project-table.ts).
  // A unit's row of numbered column groups ("Nhiệm vụ 1 | Thời hạn 1 | Nhiệm vụ 2 …") is read one row per task
  // (repeated-groups.ts).
  // A plan giving each paragraph and cell in English too is read in Vietnamese only (bilingual.ts).
  // A sample form attached after the signature has no rows to read (attached.ts).
  // A workbook's tab naming a unit stays over its sheet's rows, any other tab is dropped (unit-tabs.ts).
  // A month's calendar grid, each task typed in its lead's row under its deadline's day, is read as a task table
  // (calendar-grid.ts), before the tab naming its month is dropped.
  // A table's month-first date column (an English-locale copy) reads day-first as others do (month-first-dates.ts).
  const digits = withQuotedAmendments(
    withCorrectedTimesIn(
      dayFirstColumns(
        withDigits(
          withPetitionAnswers(
            withFormBody(
              withoutContents(
                withRoleRows(
                  withRepeatedGroups(
                    withTransposedTables(
                      withPivotOutlines(
                        withProjectTables(
                          withSideBySideTasks(
                            withMergedLetters(
                              withBrokenLinesJoined(
                                withoutSampleForms(
                                  withoutTranslations(withUnitTabs(withCalendarGrids(read.blocks), unitsOf)),
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // Codes of time a legend under the table spells out ("Tuần 2/T4", "N2026", "TX") are read as it spells them, and
  // the legend's lines are no tasks (time-codes.ts).
  // A time column split into "Ngày | Tháng | Năm" is read as one date per row (date-part-columns.ts); a task's title
  // row over its details' row as one row (title-rows.ts). Units a note says lead by being in bold are marked as a
  // sign would mark them (marked-lead.ts). A time title saying how its days are meant ("Thời hạn (trước ngày)") puts
  // each bare day under it in its words (time-title-words.ts).
  // A checklist's unit columns of ticks name each row's partners (checkbox-columns.ts). A table of unit codes
  // ("Mã | Tên đơn vị", on a second sheet) is the plan's list of abbreviations as rows, no tasks (code-table.ts).
  // A table of figures per unit with the time to reach them is read one task per unit's row, its targets the task
  // (unit-targets.ts).
  const { codes, blocks: timed } = readCodeTables(
    withBoldLeads(
      withTimeCodes(
        withTimeTitleWords(withDatePartColumns(withCheckboxColumns(withTitleRows(withUnitTargets(digits))))),
      ),
    ),
  );
  // Short forms a legend gives the columns' titles are words of the header, not names of units.
  const titles = columnLegend(timed);
  const document = { blocks: withColumnTitles(timed, titles) };
  const abbreviations = readAbbreviations(document.blocks);
  for (const [code, name] of codes) abbreviations.set(code, name);
  for (const short of titles.keys()) abbreviations.delete(short);
  // Units cited by number codes from a legend ("(2)", "(13), (17)", unit-codes.ts).
  const coded = withUnitCodes(unitsOf, readUnitCodes(document.blocks));
  const spelled = withAbbreviations(coded, abbreviations);
  // A district's or commune's own document: "UBND huyện" alone is its issuer (local-issuer.ts).
  const issuer = localIssuer(document.blocks, spelled);
  // A joint plan's "hai Sở", "hai bên": its two parties (joint-parties.ts).
  const resolver = withJointParties(withIssuer(spelled, issuer), jointParties(document.blocks, spelled));
  const heading = readMetadata(document.blocks, directory.province);
  const { warnings } = heading;
  const meta = issuer ? { ...heading.meta, issuer: issuer.name } : heading.meta;
  const dated = new Map<string, string>();
  const says = (note: (text: string) => boolean) => document.blocks.some((b) => b.type === "text" && note(b.text));
  const [firstInstances, firstListedLeads] = [says(saysFirstInstance), says(saysFirstListedLeads)];
  const markedLeads = says(saysMarkedLeads) || says(saysBoldLeads);
  // The plan's own calendar of events, which its tasks may be dated by (milestones.ts).
  const milestones = readMilestones(document.blocks, meta.date, resolver);
  // "Các nhiệm vụ không ghi thời hạn … chậm nhất ngày 15/12/2026": the day of the rows left with no time.
  const commonDeadline = readCommonDeadline(document.blocks, meta.date, calendar);
  // "Nhiệm vụ … theo quý: … chậm nhất ngày 20 của tháng cuối quý": the day a task of one quarter is due.
  const periodDays = readPeriodDays(document.blocks);
  const ctx = {
    resolver,
    abbreviations,
    calendar,
    warnings,
    issued: meta.date,
    // "Kế hoạch này có hiệu lực từ ngày …": the day counts "kể từ ngày Kế hoạch có hiệu lực" start from.
    inForce: readInForce(
      document.blocks.flatMap((b) => (b.type === "text" ? [b.text] : [])),
      meta.date,
    ),
    issuer,
    dated,
    firstInstances,
    firstListedLeads,
    markedLeads,
    milestones,
    commonDeadline,
    periodDays,
    sharesLater: new Map<TaskDraft, string>(),
  };
  const { cards, rest: blocks } = separateCards(
    withMilestones(
      // A sign in a cell points to the note under the table opening with it: the cell's footnote (table-notes.ts).
      withNamedPeriods(
        withFootnoteDeadlines(
          withLunarDaysAsSolar(
            withNationalDaysAsDates(
              withTableNotes(withoutOldTimes(withoutReplacedQuotes(document.blocks), meta.date)),
              meta.date,
            ),
            meta.date,
          ),
          meta.date,
        ),
        meta.date,
      ),
      milestones,
    ),
  );
  const templates = readTemplates(blocks);
  // An appendix of deadlines citing the body's items by number dates them; its rows are no tasks (keyed-table.ts).
  const items = once(() => proseItems(blocks, ctx));
  // A "Tiến độ thực hiện" part naming the body's items in words, in lines or a timetable, dates them; its lines and
  // rows are no tasks (schedule-section.ts).
  const schedule = scheduleKeys(blocks, items, meta.date);
  const { keyed, repeated, rest: tableBlocks } = bodyKeys(schedule.rest, () => items().map((item) => item.ref));
  // A later part handing the body's points out by number names their units (assigned-points.ts).
  const labels = new Map([...schedule.keyed, ...keyed]);
  for (const [ref, given] of assignedPoints(schedule.rest, resolver, () => items().map((item) => item.ref)))
    labels.set(ref, [...(labels.get(ref) ?? []), ...given]);
  // A sentence asking for two periods' reports, each by its day, is two tasks (period-reports.ts).
  const drafts = withPeriodReports(
    withLaterShares(
      [
        ...readTaskTables(tableBlocks, ctx),
        ...readPeriodMatrices(tableBlocks, ctx),
        ...readPhaseTables(tableBlocks, ctx),
        ...cards.flatMap((card) => readTaskTables(card, ctx)),
        ...readProseTasks(schedule.rest, ctx, labels, repeated),
      ],
      ctx.sharesLater,
    ),
    ctx,
  );
  // A report's work done before its date is a result it reports, not a task, and so is what a plan notes done
  // (report-results.ts).
  const done = withoutResults(drafts, warnings, meta.date, isReport(meta.number, document.blocks));
  append(((warnings.length = 0), warnings), done.warnings);
  const tasks = withTemplates(
    withKinds(withUniqueRefs(withAddressee(done.tasks, addresseeOf(blocks, resolver)), warnings)),
    templates,
  );
  if (tasks.length === 0) {
    // Dated lines with no task read from them are a plan in a layout not read, not a file with no plan in it.
    const dated = unplacedLines(notKeyed(blocks, tableBlocks), [], meta.date, milestones.lines);
    return { ok: false, error: dated.count > 0 ? { code: "no-tasks", dated } : { code: "no-tasks" } };
  }
  const fullNames = withSpelledNames(tasks, warnings, allText(document), resolver);
  // Warnings name each task as `/tasks` does (warning-refs.ts); a heading's words are no unit (title-names.ts).
  const titled = withoutTitleNames(fullNames, withTaskRefs(warnings, fullNames));
  const named = titled.tasks;
  append(((warnings.length = 0), warnings), titled.warnings);
  append(warnings, successorWarnings(named));
  const quotas = readQuotaTable(blocks, resolver, warnings);
  return {
    ok: true,
    plan: {
      province: directory.province,
      plan: meta,
      templates,
      tasks: named,
      quotas,
      warnings: dedupeWarnings(warnings),
      unplaced: unplacedLines(notKeyed(blocks, tableBlocks), named, meta.date, milestones.lines),
    },
  };
}
