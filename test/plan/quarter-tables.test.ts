// A work programme kept a sheet (or a table) per quarter, each under its own "QUÝ II NĂM 2026" line and header,
// numbers each quarter's rows from 1: a row is cited by its quarter's numeral, "II.1". The quarter's line standing
// right under the last row of the quarter before (a print, a copy) titles the next table: it groups no rows of the
// table above. "Nơi nhận" and the signer, laid out in the sheet's cells under the last row, are none of its words.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import type { Block } from "../../src/plan/document.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { parse, tasks } from "../support/text-plans.ts";

const HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"].join("\t");
const row = (n: number, title: string, lead: string, due: string) => [String(n), title, lead, "", due].join("\t");

describe("a table per quarter", () => {
  it("cites each quarter's rows by its numeral, the quarter's line under the rows above opening the next table", () => {
    const plan = parse(
      [
        "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024",
        "QUÝ I NĂM 2024",
        HEADER,
        row(1, "Hội nghị triển khai nhiệm vụ năm", "Sở Nội vụ", "20/01/2024"),
        row(2, "Kiểm tra công tác văn thư", "Sở Nội vụ", "15/3/2024"),
        "QUÝ II NĂM 2024",
        HEADER,
        row(1, "Sơ kết công tác thi đua", "Sở Tư pháp", "10/5/2024"),
        "Quý III/2024",
        HEADER,
        row(1, "Tập huấn nghiệp vụ pháp chế", "Sở Tư pháp", "20/8/2024"),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["I.1", "2024-01-20", ["Sở Nội vụ"], []],
      ["I.2", "2024-03-15", ["Sở Nội vụ"], []],
      ["II.1", "2024-05-10", ["Sở Tư pháp"], []],
      ["III.1", "2024-08-20", ["Sở Tư pháp"], []],
    ]);
  });

  it("keeps the numbers of quarters' tables numbering on, and of quarters heading rows of one table", () => {
    const onward = parse(
      [
        "QUÝ I",
        HEADER,
        row(1, "Họp giao ban", "Sở Nội vụ", "20/01/2024"),
        "QUÝ II",
        HEADER,
        row(2, "Sơ kết", "Sở Nội vụ", "10/5/2024"),
      ].join("\n"),
    );
    expect(tasks(onward).map((t) => t[0])).toEqual(["1", "2"]);
    const grouped = parse(
      [
        HEADER,
        "QUÝ I",
        row(1, "Họp giao ban", "Sở Nội vụ", "20/01/2024"),
        "QUÝ II",
        row(2, "Sơ kết", "Sở Nội vụ", "10/5/2024"),
      ].join("\n"),
    );
    expect(tasks(grouped).map((t) => t[0])).toEqual(["1", "2"]);
  });

  it("ends the table at 'Nơi nhận' written in its cells", () => {
    const blocks: Block[] = [
      { type: "text", text: "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN" },
      { type: "text", text: "Số: 5/CTr-UBND" },
      { type: "text", text: "Thái Nguyên, ngày 05 tháng 01 năm 2024" },
      { type: "row", cells: HEADER.split("\t") },
      { type: "row", cells: row(1, "Tổng kết công tác năm", "Sở Nội vụ", "20/12/2024").split("\t") },
      { type: "row", cells: ["", "Nơi nhận:", "", "", "KT. CHỦ TỊCH"] },
      { type: "row", cells: ["", "- Các sở, ban, ngành;", "", "", "PHÓ CHỦ TỊCH"] },
      { type: "row", cells: ["", "- Lưu: VT.", "", "", "Nguyễn Văn A"] },
    ];
    const parsed = parsePlan({ blocks }, THAI_NGUYEN, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.plan.tasks.map((t) => [t.ref, t.title])).toEqual([["1", "Tổng kết công tác năm"]]);
  });

  it("reads four quarters of 2,500 rows each", () => {
    const quarters = ["I", "II", "III", "IV"].flatMap((q, k) => [
      `QUÝ ${q} NĂM 2024`,
      HEADER,
      ...Array.from({ length: 2500 }, (_, n) =>
        row(n + 1, `Việc ${n + 1}`, "Sở Nội vụ", `${(n % 28) + 1}/${3 * k + 3}/2024`),
      ),
    ]);
    const refs = tasks(parse(quarters.join("\n"))).map((t) => t[0]);
    expect(refs).toHaveLength(10_000);
    expect([refs[0], refs[2499], refs[2500], refs.at(-1)]).toEqual(["I.1", "I.2500", "II.1", "IV.2500"]);
  });
});
