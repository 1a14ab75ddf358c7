// A plan that sets its own events' days once, in a list of milestones, and dates its tasks by naming them.
import { describe, expect, it } from "vitest";
import { parse, table, tasks } from "../support/text-plans.ts";

const CONTEST = [
  "I. MỤC ĐÍCH, YÊU CẦU",
  "- Các đơn vị thực hiện đúng các mốc thời gian tại Mục II.",
  "II. CÁC MỐC THỜI GIAN",
  "1. Tiếp nhận hồ sơ đăng ký dự thi: từ ngày 03/3/2025 đến hết ngày 14/3/2025 (sau đây gọi là nhận hồ sơ);",
  "2. Lễ tổng kết, trao giải Hội thi: tổ chức vào sáng ngày 25/4/2025.",
  "III. NHIỆM VỤ",
  "1. Sở Văn hóa, Thể thao và Du lịch",
  "a) Ban hành thể lệ Hội thi; hoàn thành trước khi bắt đầu nhận hồ sơ ít nhất 07 ngày.",
  "b) Thẩm định hồ sơ dự thi, chậm nhất 05 ngày làm việc sau khi kết thúc nhận hồ sơ.",
  "c) Phối hợp với Đài Phát thanh - Truyền hình tỉnh tổ chức Lễ tổng kết, trao giải Hội thi chu đáo, tiết kiệm.",
  "2. Sở Tài chính cấp kinh phí tổ chức Hội thi, xong trước ngày Lễ tổng kết.",
  "3. Công an tỉnh bảo đảm an ninh, trật tự tại Lễ tổng kết, trao giải.",
  "4. Sở Thông tin và Truyền thông tuyên truyền về Hội thi, thời gian từ ngày ký Kế hoạch đến hết Lễ tổng kết.",
  "5. Sở Nội vụ tổng hợp danh sách thí sinh trong 10 ngày kể từ ngày kết thúc nhận hồ sơ.",
  "6. Sở Y tế thường xuyên kiểm tra an toàn thực phẩm trong thời gian nhận hồ sơ.",
].join("\n");

describe("deadlines counted from the plan's own events", () => {
  it("an offset from an event is counted from its first or last day; its list's lines are no tasks", () => {
    const plan = parse(CONTEST, { issued: "2025-02-10" });
    // 3/3/2025 less 7 days is Monday 24/2; five working days after Friday 14/3 end on Friday 21/3.
    expect(tasks(plan)).toEqual([
      ["III.1.a", "2025-02-24", ["Sở Văn hóa, Thể thao và Du lịch"], []],
      ["III.1.b", "2025-03-21", ["Sở Văn hóa, Thể thao và Du lịch"], []],
      ["III.1.c", "2025-04-25", ["Sở Văn hóa, Thể thao và Du lịch"], ["Đài Phát thanh - Truyền hình tỉnh"]],
      ["III.2", "2025-04-24", ["Sở Tài chính"], []],
      ["III.3", "2025-04-25", ["Công an tỉnh"], []],
      ["III.4", "2025-04-25", ["Sở Thông tin và Truyền thông"], []],
      ["III.5", "2025-03-24", ["Sở Nội vụ"], []],
    ]);
  });

  it("a task only pointing at an event, or doing it, inherits the event's last day from its line", () => {
    const plan = parse(CONTEST, { issued: "2025-02-10" });
    const from = (ref: string) => plan.tasks.find((t) => t.ref === ref)?.deadline?.inheritedFrom ?? null;
    expect(["III.1.a", "III.1.b", "III.1.c", "III.2", "III.3", "III.4", "III.5"].map(from)).toEqual([
      null,
      null,
      "II.2",
      null,
      "II.2",
      "II.2",
      null,
    ]);
    expect(plan.tasks.find((t) => t.ref === "III.3")?.title).toBe("Công an tỉnh bảo đảm an ninh, trật tự");
    // A task doing the event's work shows the event's name as the plan writes it, where /tasks shows a deadline.
    expect(plan.tasks.find((t) => t.ref === "III.1.c")?.deadline?.text).toBe("Lễ tổng kết, trao giải Hội thi");
  });

  it("keeps a calendar of a handful of events: a list of thousands costs no reading of each task against each", () => {
    // Names of no figure, as events are named: "Hội nghị an bình", "Hội nghị an châu", …
    const words = "an bình châu dương giang hà khánh lâm minh nam ninh phong quang sơn thanh trung".split(" ");
    const name = (k: number) => `Hội nghị ${words[k % 16]} ${words[Math.floor(k / 16) % 16]} ${words[k >> 8]}`;
    const events = Array.from({ length: 4_000 }, (_, k) => `${k + 1}. ${name(k)}: ngày 20/5/2025;`);
    const items = Array.from(
      { length: 4_000 },
      (_, k) => `${k + 1}. Sở Nội vụ chuẩn bị tài liệu, xong trước ngày ${name(k)}.`,
    );
    const text = ["II. CÁC MỐC THỜI GIAN", ...events, "III. NHIỆM VỤ", ...items].join("\n\n");
    // Compared each with each, four thousand events and tasks took 52 s: the calendar keeps its first fifty events,
    // which date the tasks naming them, the day before 20/5.
    const dated = parse(text, { issued: "2025-02-10" }).tasks.filter((t) => t.deadline?.due === "2025-05-19");
    expect(dated.map((t) => t.ref)).toEqual(Array.from({ length: 50 }, (_, k) => `III.${k + 1}`));
  }, 20_000);

  it("a list of events in bullets under a plain line; an event named by no list dates nothing", () => {
    const plan = parse(
      [
        "II. TỔ CHỨC THỰC HIỆN",
        "Các mốc thời gian chính như sau:",
        "- Thời gian diễn tập: ngày 12/6/2025;",
        "1. Sở Y tế chuẩn bị lực lượng, phương tiện, xong trước khi diễn tập ít nhất 03 ngày làm việc.",
        "2. Sở Công Thương báo cáo kết quả trong 07 ngày sau Hội nghị sơ kết.",
      ].join("\n"),
      { issued: "2025-05-20" },
    );
    // Three working days before Thursday 12/6/2025: Monday 9/6.
    expect(tasks(plan)).toEqual([["II.1", "2025-06-09", ["Sở Y tế"], []]]);
  });
});

describe("an event's days set in the line giving its time and place", () => {
  const FESTIVAL = [
    "I. MỤC ĐÍCH, YÊU CẦU; THỜI GIAN, ĐỊA ĐIỂM",
    "1. Quảng bá văn hóa các dân tộc của tỉnh.",
    "2. Thời gian, địa điểm: các hoạt động từ ngày 08/10/2025 đến ngày 12/10/2025. Lễ khai mạc vào 19 giờ 30 ngày 10/10/2025 tại Quảng trường tỉnh; Lễ bế mạc, trao giải vào 20 giờ ngày 12/10/2025 tại Nhà văn hóa tỉnh.",
    "II. PHÂN CÔNG",
    table([
      ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
      ["1", "Ban hành thể lệ Liên hoan", "Sở Nội vụ", "Trước ngày khai mạc 20 ngày"],
      ["2", "Trang trí đường phố", "Sở Xây dựng", "Từ trước ngày khai mạc 10 ngày đến ngày bế mạc"],
      ["3", "Tổ chức Lễ khai mạc", "Sở Y tế", "Ngày khai mạc"],
      ["4", "Quyết toán kinh phí", "Sở Tài chính", "Chậm nhất 10 ngày sau ngày bế mạc"],
    ]),
  ].join("\n");

  it("dates the rows counted from its ceremonies, named with or without 'Lễ'", () => {
    const plan = parse(FESTIVAL, { issued: "2025-08-20" });
    // 10/10 less 20 days is 20/9; 12/10 and 10 days is 22/10.
    expect(tasks(plan).map((t) => [t[0], t[1]])).toEqual([
      ["1", "2025-09-20"],
      ["2", "2025-10-12"],
      ["3", "2025-10-10"],
      ["4", "2025-10-22"],
    ]);
  });
});
