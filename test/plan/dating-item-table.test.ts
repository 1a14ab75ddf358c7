// A numbered item may give one deadline for the table right under it, which shares the item's work out by row and
// has no time column of its own: each row is a task of the item, due by its day, unless a note gives the row its own.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

const header = ["STT", "Cơ quan chủ trì kiểm tra", "Lĩnh vực kiểm tra", "Cơ quan phối hợp", "Ghi chú"];
const rows = [
  ["1", "Sở Y tế", "An toàn thực phẩm tại bếp ăn tập thể", "", ""],
  ["2", "Sở Công Thương", "Hàng hóa tại chợ đầu mối", "Sở Tài chính", "Hạn cuối ngày 20/6/2024"],
  [
    "3",
    "Sở Xây dựng",
    "Chất lượng công trình trường học",
    "",
    "Lĩnh vực nhà ở đã kiểm tra tại Văn bản số 88/SXD-QLXD ngày 02/02/2024",
  ],
];

describe("a table dated by the item over it", () => {
  it("reads each row as the item's task, due by the item's day or the row's note", () => {
    const plan = parse(
      [
        "II. NỘI DUNG",
        "1. Các sở tự kiểm tra; hoàn thành trước ngày 30/4/2024.",
        "2. Kiểm tra theo lĩnh vực: các sở được phân công tại bảng dưới đây kiểm tra, gửi kết quả về Sở Nội vụ chậm nhất là ngày 31/5/2024:",
        table([header, ...rows]),
        "3. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/7/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).filter(([ref]) => String(ref).startsWith("II.2"))).toEqual([
      ["II.2.1", "2024-05-31", ["Sở Y tế"], []],
      ["II.2.2", "2024-06-20", ["Sở Công Thương"], ["Sở Tài chính"]],
      ["II.2.3", "2024-05-31", ["Sở Xây dựng"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "II.2.1")?.deadline?.inheritedFrom).toBe("II.2");
  });

  it("leaves a table with no time under an undated item, or one after a paragraph not handing over to it, unread", () => {
    for (const item of [
      "2. Kiểm tra theo lĩnh vực: các sở được phân công tại bảng dưới đây thực hiện:",
      "2. Các sở kiểm tra, gửi kết quả về Sở Nội vụ chậm nhất là ngày 31/5/2024.",
    ]) {
      const plan = parse(
        ["II. NỘI DUNG", item, table([header, ...rows]), "3. Sở Nội vụ báo cáo trước ngày 15/7/2024."].join("\n"),
      );
      expect(tasks(plan).filter(([ref]) => String(ref).startsWith("II.2."))).toEqual([]);
    }
  });

  it("gives no row of a later table the item's day", () => {
    const plan = parse(
      [
        "II. NỘI DUNG",
        "1. Các sở kiểm tra theo bảng dưới đây, chậm nhất là ngày 31/5/2024:",
        table([header, rows[0]!]),
        "2. Các nhiệm vụ khác:",
        table([
          ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
          ["1", "Tập huấn nghiệp vụ kiểm tra", "Sở Nội vụ", ""],
        ]),
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.1", "2024-05-31", ["Sở Y tế"], []],
      ["II.2.1", null, ["Sở Nội vụ"], []],
    ]);
  });
});
