import { describe, expect, it } from "vitest";
import type { Block } from "../../src/plan/document.ts";
import { readMetadata } from "../../src/plan/metadata.ts";

const text = (t: string): Block => ({ type: "text", text: t });

describe("readMetadata", () => {
  it("dates and numbers a sheet tracking a plan by the plan it names in its heading, not by its signing", () => {
    const sheet = [
      text("SỞ Y TẾ"),
      text("BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
      text("(Theo Kế hoạch số 8/KH-UBND ngày 14 tháng 2 năm 2025 của UBND tỉnh về phòng dịch)"),
      { type: "row", cells: ["STT", "Nhiệm vụ", "Thời hạn"] } as Block,
      text("Bắc Kạn, ngày 05 tháng 9 năm 2025"),
    ];
    expect(readMetadata(sheet, "Bắc Kạn").meta).toMatchObject({ number: "8/KH-UBND", date: "2025-02-14" });
    const inCell: Block[] = [{ type: "row", cells: ["(Theo Kế hoạch số 3/KH-SYT ngày 2/3/2025)", ""] }];
    expect(readMetadata(inCell, "Bắc Kạn").meta).toMatchObject({ number: "3/KH-SYT", date: "2025-03-02" });
  });

  it("keeps a plan's own number and date when it has them", () => {
    const plan = [
      text("Số: 40/KH-UBND"),
      text("Bắc Kạn, ngày 05 tháng 9 năm 2025"),
      text("(Theo Kế hoạch số 8/KH-UBND ngày 14/02/2025)"),
    ];
    expect(readMetadata(plan, "Bắc Kạn").meta).toMatchObject({ number: "40/KH-UBND", date: "2025-09-05" });
  });
});
