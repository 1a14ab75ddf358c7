// A task sheet kept in Excel and printed alone carries its plan in its title rows, each a row of the sheet: "(Kèm
// theo Kế hoạch số … ngày …)" in a cell over the table's width dates and numbers it, as the line does in Word.
import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { readMetadata } from "../../src/plan/metadata.ts";
import { lateTitleSheet } from "../support/large-inputs.ts";

const row = (...cells: string[]): Block => ({ type: "row", cells });

describe("a printed task sheet's title rows", () => {
  it("give the plan's number and date", () => {
    const sheet = [
      row("SỞ TƯ PHÁP", "", "", ""),
      row("DANH MỤC NHIỆM VỤ NĂM 2025", "", "", ""),
      row("(Kèm theo Kế hoạch số 41/KH-STP ngày 17/02/2025 của Sở Tư pháp)", "", "", ""),
      row("STT", "Nhiệm vụ", "Chủ trì", "Thời hạn"),
      row("1", "Rà soát văn bản", "Phòng Văn bản", "Quý II/2025"),
    ];
    expect(readMetadata(sheet, "Bắc Kạn").meta).toMatchObject({ number: "41/KH-STP", date: "2025-02-17" });
  });

  it("looks at the opening rows only, in a sheet of 20,000 rows", () => {
    expect(readMetadata(lateTitleSheet(20000), "Bắc Kạn").meta).toMatchObject({ number: null, date: null });
  });
});
