// A task table giving each task two rows: its numbered title across the table, then the row of who leads, who helps
// and by when under it, the header's "Nội dung công việc" across the table over "Chủ trì | Phối hợp | Thời hạn".
import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import type { Block } from "../../src/plan/document.ts";
import { withTitleRows } from "../../src/plan/title-rows.ts";
import { parse, tasks } from "../support/text-plans.ts";

const options = { directory: BAC_KAN, issued: "2025-02-03" };
const row = (...cells: string[]): Block => ({ type: "row", cells });
const cells = (blocks: Block[]) => blocks.map((b) => (b.type === "row" ? b.cells : b.text));

describe("task title rows over their detail rows", () => {
  it("reads a text copy's title lines with the row of details under each", () => {
    const plan = parse(
      [
        "Nội dung công việc",
        "Đơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\tKết quả",
        "1. Tổ chức tuyên truyền về phòng, chống cháy rừng mùa khô",
        "Sở Nông nghiệp và Phát triển nông thôn\tUBND các huyện, thành phố\tTrước ngày 15/3/2025\tTin, bài",
        "2. Kiểm tra lực lượng, phương tiện chữa cháy tại các khu rừng trọng điểm",
        "Công an tỉnh\tSở Nông nghiệp và Phát triển nông thôn\tTháng 4/2025\tBiên bản kiểm tra",
        "3. Bố trí kinh phí mua sắm trang thiết bị phòng cháy",
        "Sở Tài chính\t\tQuý III/2025\t",
        "Tổ chức thực hiện",
        "Các cơ quan báo cáo kết quả về Sở Nông nghiệp và Phát triển nông thôn.",
      ].join("\n"),
      options,
    );
    expect(tasks(plan).map(([ref, due, lead]) => [ref, due, lead])).toEqual([
      ["1", "2025-03-14", ["Sở Nông nghiệp và Phát triển nông thôn"]],
      ["2", "2025-04-30", ["Công an tỉnh"]],
      ["3", "2025-09-30", ["Sở Tài chính"]],
    ]);
  });

  it("reads Word's and a PDF's title rows merged across, a group's row over them and the header repeated", () => {
    const blocks = withTitleRows([
      row("Nội dung công việc", "", ""),
      row("Chủ trì", "Phối hợp", "Thời hạn"),
      row("I. Phòng cháy", "", ""),
      row("1. Diễn tập chữa cháy rừng", "", ""),
      row("Công an tỉnh", "Sở Nông nghiệp và Phát triển nông thôn", "Quý II/2025"),
      row("Nội dung công việc", "", ""),
      row("Chủ trì", "Phối hợp", "Thời hạn"),
      row("2. Sửa chữa chòi canh lửa", "", ""),
      row("Ban quản lý rừng phòng hộ", "", "Tháng 5/2025"),
      { type: "text", text: "III. TỔ CHỨC THỰC HIỆN" },
    ]);
    expect(cells(blocks)).toEqual([
      ["Nội dung công việc", "Chủ trì", "Phối hợp", "Thời hạn"],
      ["I. Phòng cháy", "", "", ""],
      ["1. Diễn tập chữa cháy rừng", "Công an tỉnh", "Sở Nông nghiệp và Phát triển nông thôn", "Quý II/2025"],
      ["Nội dung công việc", "Chủ trì", "Phối hợp", "Thời hạn"],
      ["2. Sửa chữa chòi canh lửa", "Ban quản lý rừng phòng hộ", "", "Tháng 5/2025"],
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("takes any row under a text copy's title line for its details, even one naming the lead alone", () => {
    const text = (t: string): Block => ({ type: "text", text: t });
    const blocks = withTitleRows([
      text("Nội dung công việc"),
      row("Chủ trì", "Phối hợp", "Thời hạn"),
      text("1. Mua sắm bình chữa cháy"),
      row("Sở Tài chính", "", ""),
    ]);
    expect(cells(blocks)).toEqual([
      ["Nội dung công việc", "Chủ trì", "Phối hợp", "Thời hạn"],
      ["1. Mua sắm bình chữa cháy", "Sở Tài chính", "", ""],
    ]);
  });

  it("leaves a table whose header names its task column as it is", () => {
    const blocks = [
      { type: "text", text: "Nội dung công việc" } as Block,
      row("Nhiệm vụ", "Chủ trì", "Thời hạn"),
      row("Rà soát thủ tục", "Sở Tư pháp", "Tháng 6/2025"),
    ];
    expect(withTitleRows(blocks)).toEqual(blocks);
  });

  it("reads a long table of titled tasks", () => {
    const blocks = [row("Nội dung nhiệm vụ", "", ""), row("Chủ trì", "Phối hợp", "Thời gian hoàn thành")];
    for (let k = 1; k <= 10000; k++)
      blocks.push(
        row(`${k}. Kiểm tra cơ sở số ${k}`, "", ""),
        row("Sở Y tế", "Công an tỉnh", `Tháng ${(k % 12) + 1}/2025`),
      );
    const read = withTitleRows(blocks);
    expect(read).toHaveLength(10001);
    expect(cells(read).at(-1)).toEqual(["10000. Kiểm tra cơ sở số 10000", "Sở Y tế", "Công an tỉnh", "Tháng 5/2025"]);
  });
});
