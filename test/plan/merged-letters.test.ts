// A mail merge: one letter per body, each with a table of that body's tasks and its role in each ("Chủ trì",
// "Phối hợp"). The body of a letter is the unit of its rows, and a task shown in several letters is one task.
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { buildLines } from "../../src/plan/pdf/lines.ts";
import { withoutRunningText } from "../../src/plan/pdf/furniture.ts";
import { lineText } from "../../src/plan/pdf/lines.ts";
import { withMergedLetters } from "../../src/plan/merged-letters.ts";
import type { Block } from "../../src/plan/document.ts";

const letter = (to: string, rows: string[]) => [
  "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "TỈNH LAI CHÂU\tĐộc lập - Tự do - Hạnh phúc",
  "Số: 402/UBND-KT\tLai Châu, ngày 12 tháng 2 năm 2025",
  "V/v thực hiện các nhiệm vụ chuyển đổi số năm 2025",
  `Kính gửi: ${to}.`,
  "Chủ tịch UBND tỉnh giao cơ quan thực hiện các nhiệm vụ sau:",
  "TT\tNội dung công việc\tTrách nhiệm của đơn vị\tThời gian hoàn thành",
  ...rows,
  "Nơi nhận:",
  "- Như trên;",
  "- Lưu: VT.\tCHỦ TỊCH",
  "",
];

const tasksOf = async (text: string) => {
  const read = await parsePlanBuffer(Buffer.from(text), {
    directories: shippedDirectories,
    calendar: shippedCalendar,
  });
  if (!read.ok) throw new Error(read.error.code);
  return read.value.tasks.map((t) => [
    t.ref,
    t.deadline?.due ?? null,
    t.lead.map((u) => u.name),
    t.coordinators.map((u) => u.name),
  ]);
};

describe("a mail merge of letters each listing its addressee's tasks by role", () => {
  it("reads each task once: led by the letter that says Chủ trì, helped by those that say Phối hợp", async () => {
    const text = [
      ...letter("Sở Tài chính", [
        "1\tBố trí kinh phí cho nền tảng dữ liệu dùng chung\tChủ trì\tTháng 4/2025",
        "2\tXây dựng kho dữ liệu số của ngành y tế\tPhối hợp\tQuý III/2025",
      ]),
      ...letter("Sở Y tế", [
        "1\tXây dựng kho dữ liệu số của ngành y tế\tChủ trì\tQuý III/2025",
        "2\tBố trí kinh phí cho nền tảng dữ liệu dùng chung\tTham gia\tTháng 4/2025",
        "3\tTriển khai bệnh án điện tử tại bệnh viện tỉnh\tChủ trì\tTrước ngày 30/11/2025",
      ]),
    ].join("\n");
    expect(await tasksOf(text)).toEqual([
      ["1.1", "2025-04-30", ["Sở Tài chính"], ["Sở Y tế"]],
      ["2.1", "2025-09-30", ["Sở Y tế"], ["Sở Tài chính"]],
      ["2.3", "2025-11-29", ["Sở Y tế"], []],
    ]);
  });

  it("keeps a single letter's numbers, its addressee the unit of every row", async () => {
    const text = letter("Sở Y tế", [
      "1\tTriển khai bệnh án điện tử tại bệnh viện tỉnh\tChủ trì\tTrước ngày 30/11/2025",
      "2\tBố trí kinh phí cho nền tảng dữ liệu dùng chung\tPhối hợp\tTháng 4/2025",
    ]).join("\n");
    const [first, second] = await tasksOf(text);
    expect(first).toEqual(["1", "2025-11-29", ["Sở Y tế"], []]);
    expect(second!.slice(0, 2)).toEqual(["2", "2025-04-30"]);
    expect(second!.slice(2).flat()).toEqual(["Sở Y tế"]);
  });

  it("tells the same words due at two times apart, in one letter and across letters", async () => {
    const text = [
      ...letter("Sở Kế hoạch và Đầu tư", [
        "1\tBáo cáo tình hình thu hút đầu tư\tChủ trì\tTrước ngày 30/6/2025",
        "2\tBáo cáo tình hình thu hút đầu tư\tChủ trì\tTrước ngày 31/12/2025",
      ]),
      ...letter("Sở Công Thương", ["1\tBáo cáo tình hình thu hút đầu tư\tPhối hợp\tTrước ngày 30/6/2025"]),
    ].join("\n");
    expect(await tasksOf(text)).toEqual([
      ["1.1", "2025-06-29", ["Sở Kế hoạch và Đầu tư"], ["Sở Công Thương"]],
      ["1.2", "2025-12-30", ["Sở Kế hoạch và Đầu tư"], []],
    ]);
  });

  it("reads role cells written short: CT leads, PH helps", async () => {
    const text = [
      ...letter("Sở Xây dựng", ["1\tLập quy hoạch chung đô thị\tCT\tQuý IV/2025"]),
      ...letter("Sở Giao thông vận tải", ["1\tLập quy hoạch chung đô thị\tPH\tQuý IV/2025"]),
    ].join("\n");
    expect(await tasksOf(text)).toEqual([["1.1", "2025-12-31", ["Sở Xây dựng"], ["Sở Giao thông vận tải"]]]);
  });

  it("reads a merge of many letters, each task once", async () => {
    const units = ["Sở Tài chính", "Sở Y tế", "Sở Nội vụ", "Sở Tư pháp"];
    const text = Array.from({ length: 60 }, (_, k) =>
      letter(
        units[k % units.length]!,
        Array.from(
          { length: 20 },
          (_, r) =>
            `${r + 1}\tNhiệm vụ số ${r} của đợt ${Math.floor(k / 2)}\t${k % 2 ? "Phối hợp" : "Chủ trì"}\tTháng 6/2025`,
        ),
      ).join("\n"),
    ).join("\n");
    const tasks = await tasksOf(text);
    expect(tasks).toHaveLength(600);
    expect(tasks[0]).toEqual(["1.1", "2025-06-30", ["Sở Tài chính"], ["Sở Y tế"]]);
    expect(tasks.at(-1)).toEqual(["59.20", "2025-06-30", ["Sở Nội vụ"], ["Sở Tư pháp"]]);
  });
});

describe("the letters' blocks", () => {
  const text = (t: string): Block => ({ type: "text", text: t });
  const row = (...cells: string[]): Block => ({ type: "row", cells });
  const letterBlocks = (to: string, role: string): Block[] => [
    text(`Kính gửi: ${to}`),
    row("STT", "Nội dung", "Ghi chú"),
    row("1", "Thông tin liên hệ của đầu mối", "Ông A"),
    text("Các nhiệm vụ giao:"),
    row("STT", "Nội dung", "Vai trò", "Thời hạn"),
    row("1", "Tổ chức hội nghị xúc tiến thương mại", role, "Tháng 9/2025"),
  ];

  it("pass a letter's table without a role column over to its task table, and keep an address not theirs", () => {
    const cover = [text("Kính gửi: Các sở, ban, ngành tỉnh"), text("Ủy ban nhân dân tỉnh gửi kế hoạch kèm theo.")];
    const blocks = [...cover, ...letterBlocks("Sở Công Thương", "Chủ trì"), ...letterBlocks("Sở Ngoại vụ", "Phối hợp")];
    const out = withMergedLetters(blocks).map((b) => (b.type === "row" ? b.cells.join(" | ") : b.text));
    expect(out.slice(0, 2)).toEqual(cover.map((b) => (b.type === "text" ? b.text : "")));
    expect(out).toContain("1.1 | Tổ chức hội nghị xúc tiến thương mại | Sở Công Thương | Sở Ngoại vụ | Tháng 9/2025");
    expect(out.filter((line) => line.startsWith("Kính gửi"))).toHaveLength(1);
  });
});

describe("a PDF of letters each opening its own page with the same heading", () => {
  const page = (y0: number) => ({
    height: 800,
    lines: buildLines(
      [
        { text: "ỦY BAN NHÂN DÂN", x: 40, y: y0, width: 120, size: 12, font: "f" },
        { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x: 260, y: y0, width: 260, size: 12, font: "f" },
        { text: "Số: 402/UBND-KT", x: 40, y: y0 + 40, width: 120, size: 12, font: "f" },
        { text: "Hồ sơ dự án", x: 40, y: 760, width: 120, size: 10, font: "f" },
      ],
      0,
    ),
  });

  it("keeps each page's heading, and still drops a line repeated at the foot of every page", () => {
    const kept = withoutRunningText([page(50), page(50)]).map((lines) => lines.map(lineText));
    expect(kept[1]).toContain("Số: 402/UBND-KT");
    expect(kept[1]!.join(" ")).toContain("ỦY BAN NHÂN DÂN");
    expect(kept[1]!.join(" ")).not.toContain("Hồ sơ dự án");
  });
});
