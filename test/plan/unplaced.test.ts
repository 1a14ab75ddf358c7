// The body's dated lines no task was read from: listed in the import summary, so that an admin sees the part of a plan
// a reading may have missed, in the body and its appendices. Lines a task was read from, the header's date, cited
// documents, recurring and done work are not listed.
import { describe, expect, it } from "vitest";
import { rewriteWords, type Block } from "../../src/plan/document.ts";
import { unplacedLines } from "../../src/plan/unplaced.ts";

const text = (t: string): Block => ({ type: "text", text: t });
const row = (...cells: string[]): Block => ({ type: "row", cells });
const task = (title: string, deadline: string | null = null) => ({
  title,
  deadline: deadline === null ? null : { text: deadline },
});

const HEADER = [text("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"), text("Lai Châu, ngày 10 tháng 3 năm 2026"), text("KẾ HOẠCH")];

describe("the dated lines no task was read from", () => {
  it("lists a dated line and a dated row no task came from, and none that a task came from", () => {
    const blocks = [
      ...HEADER,
      text("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh;"),
      text("1. Sở Nội vụ tổng hợp kết quả tự đánh giá, báo cáo UBND tỉnh trước ngày 15/4/2026."),
      text("2. Rà soát quy trình nội bộ giải quyết thủ tục hành chính."),
      text("Thời gian thực hiện: hoàn thành trong tháng 5/2026."),
      text("Tổ chức hội nghị sơ kết vào ngày 20/6/2026 tại Hội trường tỉnh."),
      row("3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Quý III/2026", "Sở KH&CN"),
      row("4", "Kiểm tra việc niêm yết công khai thủ tục", "30/9/2026", "Sở Tư pháp"),
      text("Định kỳ hằng tháng, trước ngày 25, các sở báo cáo tiến độ."),
      text("- Đã hoàn thành tập huấn ngày 02/3/2026."),
      text("Nơi nhận:"),
      text("- Như trên;"),
      text("PHỤ LỤC"),
      text("(Kèm theo Kế hoạch số 30/KH-UBND ngày 10/3/2026 của UBND tỉnh)"),
      row("5", "Tổng kết, đánh giá kết quả thực hiện", "Tháng 12/2026", "Sở Nội vụ"),
    ];
    const tasks = [
      task("Sở Nội vụ tổng hợp kết quả tự đánh giá, báo cáo UBND tỉnh", "trước ngày 15/4/2026"),
      task("Rà soát quy trình nội bộ giải quyết thủ tục hành chính", "hoàn thành trong tháng 5/2026"),
      task("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Quý III/2026"),
    ];
    expect(unplacedLines(blocks, tasks, "2026-03-10")).toEqual({
      count: 3,
      lines: [
        "Tổ chức hội nghị sơ kết vào ngày 20/6/2026 tại Hội trường tỉnh.",
        "4 | Kiểm tra việc niêm yết công khai thủ tục | 30/9/2026 | Sở Tư pháp",
        "5 | Tổng kết, đánh giá kết quả thực hiện | Tháng 12/2026 | Sở Nội vụ",
      ],
    });
  });

  it("counts every such line and lists the first twenty, each cut to a length a message shows", () => {
    const long = "Tổ chức đoàn công tác khảo sát ".repeat(10);
    const blocks = [
      ...HEADER,
      ...Array.from({ length: 25 }, (_, k) => text(`${long} hoàn thành trước ngày ${k + 1}/7/2026.`)),
    ];
    const found = unplacedLines(blocks, [], "2026-03-10");
    expect(found.count).toBe(25);
    expect(found.lines).toHaveLength(20);
    expect(found.lines[0]).toHaveLength(160);
    expect(found.lines[0]!.endsWith("…")).toBe(true);
  });

  it("reads twenty thousand lines against twenty thousand tasks by looking pieces up, not comparing each pair", () => {
    const blocks = [
      ...HEADER,
      ...Array.from({ length: 20_000 }, (_, k) =>
        text(`${k + 1}. Nhiệm vụ số ${k + 1} hoàn thành trước ngày 30/6/2026.`),
      ),
    ];
    const tasks = Array.from({ length: 20_000 }, (_, k) => task(`Nhiệm vụ số ${k + 1} hoàn thành trước ngày`));
    // Each line holds its own task's opening ("nhiem vu so N hoan thanh truoc ngay"): none is listed. Comparing every
    // line with every task (four hundred million substring searches) would not end within the test's time.
    expect(unplacedLines(blocks, tasks, "2026-03-10").count).toBe(0);
  }, 20_000);

  it("reads long lines of past dates clause by clause, and tasks whose deadlines differ in every length", () => {
    const cited = "căn cứ văn bản ban hành trước ngày 3/4/2001 của cơ quan có thẩm quyền ".repeat(270);
    const tasks = Array.from({ length: 5_000 }, (_, k) =>
      task(`Nhiệm vụ ${k}`, `hoàn thành trước ngày 30/6/2026 ${"x".repeat(k % 300)}`),
    );
    const lines = Array.from({ length: 200 }, () => text(`${cited} hoàn thành trong tháng 9/2026`));
    // Each long line is past dates but its last clause, dated after the plan: all 200 are listed. Reading each line
    // whole again at each keyword, or trying every deadline length at every word, took minutes.
    expect(unplacedLines([...HEADER, ...lines], tasks, "2026-03-10").count).toBe(200);
  }, 20_000);
});

describe("a dated line shown to the admin", () => {
  it("is shown in the document's words where a reader rewrote them (an event's name put as its day)", () => {
    const event = rewriteWords(text("2. Các đội thi đăng ký thí sinh chậm nhất 10 ngày trước ngày khai mạc."), (t) =>
      t.replace("ngày khai mạc", "ngày 20/5/2026"),
    );
    expect(event).toMatchObject({
      text: "2. Các đội thi đăng ký thí sinh chậm nhất 10 ngày trước ngày 20/5/2026.",
      written: "2. Các đội thi đăng ký thí sinh chậm nhất 10 ngày trước ngày khai mạc.",
    });
    expect(unplacedLines([...HEADER, event], [], "2026-03-10").lines).toEqual([
      "2. Các đội thi đăng ký thí sinh chậm nhất 10 ngày trước ngày khai mạc.",
    ]);
  });

  it("keeps the first words through two rewritings, and a block no rewriting changes is the same block", () => {
    const once = rewriteWords(row("1", "Đợt 1", "Giai đoạn 2"), (t) => t.replace("Giai đoạn 2", "31/5/2026"));
    const twice = rewriteWords(once, (t) => t.replace("Đợt 1", "15/5/2026"));
    expect(twice.written).toBe("1 | Đợt 1 | Giai đoạn 2");
    const plain = text("Không có gì đổi.");
    expect(rewriteWords(plain, (t) => t)).toBe(plain);
  });

  it("does not list a form's own place and day, signed after the plan, as work due", () => {
    const blocks = [
      ...HEADER,
      row("Nội dung công việc:", "Lập danh mục dữ liệu mở"),
      row("", "", "Lai Châu, ngày 12 tháng 3 năm 2026"),
      text("Điện Biên, ngày 20 tháng 3 năm 2026"),
      text("Tổ chức hội nghị sơ kết vào ngày 20/6/2026."),
    ];
    expect(unplacedLines(blocks, [task("Lập danh mục dữ liệu mở")], "2026-03-10").lines).toEqual([
      "Tổ chức hội nghị sơ kết vào ngày 20/6/2026.",
    ]);
  });
});
