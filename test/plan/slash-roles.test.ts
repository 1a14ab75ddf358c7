// One column titled with both roles parted by a slash writes the lead before the slash in each cell and the partners
// after it; a cell with no slash names leads only.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { titlesLeadSlashPartners, withSlashPartners } from "../../src/plan/slash-roles.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { row as shown } from "../support/text-plans.ts";

const TITLE = "Cơ quan chủ trì/phối hợp";
const line = (...cells: string[]) => [...cells, ...Array.from({ length: 4 - cells.length }, () => "")].join("\t");

function tasks(title: string, rows: string[][], eol = "\n") {
  const text = [
    line("KẾ HOẠCH"),
    line("(Kèm theo Kế hoạch số 9/KH-UBND ngày 05/01/2026 của UBND tỉnh Thái Nguyên)"),
    line("TT", "Nhiệm vụ", title, "Thời hạn"),
    ...rows.map((cells) => line(...cells)),
  ].join(eol);
  const read = readTextPlan(text);
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, THAI_NGUYEN_2025, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan.tasks.map(shown);
}

describe("a column of leads and partners parted by a slash", () => {
  const rows = [
    ["1", "Tổ chức hội nghị tập huấn", "Sở Tư pháp/ Sở Nội vụ, Sở Tài chính", "30/04/2026"],
    ["2", "Rà soát văn bản", "Sở Nội vụ/Công an tỉnh", "31/05/2026"],
    ["3", "Kiểm tra việc thực hiện", "Sở Tài chính, Sở Tư pháp", "30/06/2026"],
  ];

  it.each(["Cơ quan chủ trì/phối hợp", "Chủ trì / Phối hợp", "Đơn vị chủ trì/ đơn vị phối hợp"])(
    "reads the lead before the slash and the partners after it under %s",
    (title) => {
      expect(tasks(title, rows, "\r\n")).toEqual([
        ["1", "2026-04-30", ["Sở Tư pháp"], ["Sở Nội vụ", "Sở Tài chính"]],
        ["2", "2026-05-31", ["Sở Nội vụ"], ["Công an tỉnh"]],
        ["3", "2026-06-30", ["Sở Tài chính", "Sở Tư pháp"], []],
      ]);
    },
  );

  it("knows the title only with the lead before the slash and the partners after it", () => {
    expect(titlesLeadSlashPartners("Cơ quan chủ trì/phối hợp")).toBe(true);
    expect(titlesLeadSlashPartners("Cơ quan phối hợp/chủ trì")).toBe(false);
    expect(titlesLeadSlashPartners("Cơ quan chủ trì, phối hợp")).toBe(false);
  });

  it("leaves a cell under another title as it is", () => {
    expect(withSlashPartners("Sở Y tế/ Sở Tư pháp", "Cơ quan chủ trì")).toBe("Sở Y tế/ Sở Tư pháp");
  });

  it("leaves a slash inside a name, followed by a word in lower case, as it is", () => {
    expect(withSlashPartners("UBND các huyện/thành phố", TITLE)).toBe("UBND các huyện/thành phố");
    expect(withSlashPartners("Sở Y tế/ Sở Tư pháp", TITLE)).toBe("Sở Y tế; phối hợp với Sở Tư pháp");
  });

  it("reads 3,000 such rows", () => {
    const many = Array.from({ length: 3000 }, (_, k) => [
      String(k + 1),
      `Việc số ${k + 1}`,
      "Sở Y tế/ Sở Tư pháp",
      "30/06/2026",
    ]);
    const read = tasks("Cơ quan chủ trì/phối hợp", many);
    expect(read).toHaveLength(3000);
    expect(
      read.every(
        ([, due, lead, partners]) =>
          due === "2026-06-30" && String(lead) === "Sở Y tế" && String(partners) === "Sở Tư pháp",
      ),
    ).toBe(true);
  });
});
