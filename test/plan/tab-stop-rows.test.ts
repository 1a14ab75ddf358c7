// A task list typed in columns made by tab stops, no table, copied as text: each column's words wrapped by hand onto
// lines that begin with a tab and keep each piece in its column. A row is its numbered line and those going on from it.
import { describe, expect, it } from "vitest";
import { joinTabStopRows, joinWrappedRows } from "../../src/plan/tab-stop-rows.ts";
import { parse, tasks } from "../support/text-plans.ts";
import { tabStopRows } from "../support/large-inputs.ts";

const HEADER = "TT\tCông việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn";

describe("a tab-stop list's wrapped lines", () => {
  it("join the row above column by column, a deadline broken after its lead word made whole", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        HEADER,
        "1\tTổ chức kiểm tra công tác phòng cháy tại các\tCông an\tSở Công Thương, Sở\tHoàn thành trước",
        "\tchợ, trung tâm thương mại\ttỉnh\tXây dựng\t15/8/2025",
        "2\tRà soát hồ sơ đất đai tồn đọng\tSở Tài nguyên và\t\tQuý IV/2025",
        "\t\tMôi trường",
        "III. TỔ CHỨC THỰC HIỆN",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2025-08-14", ["Công an tỉnh"], ["Sở Công Thương", "Sở Xây dựng"]],
      ["2", "2025-12-31", ["Sở Tài nguyên và Môi trường"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "1")?.title).toBe(
      "Tổ chức kiểm tra công tác phòng cháy tại các chợ, trung tâm thương mại",
    );
  });

  it("joins a header's label wrapped so, and leaves a line opening in capitals or with a list's mark a row", () => {
    expect(
      joinTabStopRows([
        "STT\tNội dung\tChủ trì\tThời gian",
        "\t\t\tthực hiện",
        "1\tKiểm tra\tSở Y tế\tTháng 5",
        "\ta) Kiểm tra cơ sở khám bệnh\t\tTháng 6",
        "\tTập huấn cán bộ\tSở Y tế\tTháng 7",
      ]),
    ).toEqual([
      "STT\tNội dung\tChủ trì\tThời gian thực hiện",
      "1\tKiểm tra\tSở Y tế\tTháng 5",
      "\ta) Kiểm tra cơ sở khám bệnh\t\tTháng 6",
      "\tTập huấn cán bộ\tSở Y tế\tTháng 7",
    ]);
  });

  it("joins a piece opening in capitals after a cell cut where a name cannot end", () => {
    expect(
      joinWrappedRows([
        ["9", "Nâng cấp cổng", "Sở Kế hoạch và Đầu tư, Sở"],
        ["", "", "Công Thương"],
      ]),
    ).toEqual([["9", "Nâng cấp cổng", "Sở Kế hoạch và Đầu tư, Sở Công Thương"]]);
  });

  it("leaves tabbed lines under no header of column labels as they are", () => {
    const lines = ["Số: 12/KH-UBND\tThái Nguyên, ngày 3 tháng 4 năm 2025", "\tvà các đơn vị"];
    expect(joinTabStopRows(lines)).toEqual(lines);
  });

  it("reads a long list", () => {
    const out = joinTabStopRows(tabStopRows(20000));
    expect(out).toHaveLength(20001);
    expect(out[1]).toBe("1\tViệc số 1 của năm nay\tSở Y tế\t\tTháng 5/2025");
  });
});
