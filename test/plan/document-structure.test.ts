// How a plan's document is laid out, read as a careful reader reads it: a decision that issues
// the plan, units written as a phrase in one column, labelled lines under a task, cells merged
// down in a table copied as text. Each case is a short document, read as the CLI reads text.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import type { ParsedPlan, ParsedTask } from "../../src/plan/parsed-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";

function parse(lines: string[]): ParsedPlan {
  const read = readTextPlan(lines.join("\n"));
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan;
}

const names = (units: { name: string; resolved: boolean }[]) => units.map((u) => (u.resolved ? u.name : `?${u.name}`));
const row = (t: ParsedTask) => [t.ref, t.deadline?.due ?? null, names(t.lead), names(t.coordinators)];
const tasks = (plan: ParsedPlan) => plan.tasks.filter((t) => t.kind === "task").map(row);

const HEADING = ["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "Số: 12/KH-UBND", "Thái Nguyên, ngày 05 tháng 3 năm 2024"];

describe("a decision that issues a plan", () => {
  const decision = [
    "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
    "Số: 88/QĐ-UBND",
    "Thái Nguyên, ngày 04 tháng 3 năm 2024",
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch cải cách hành chính năm 2024",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2024.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.",
    "Nơi nhận:",
    "- Như Điều 3;",
    "- Lưu: VT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
  ];

  it("reads the plan attached after the signature, numbered and dated by the decision", () => {
    const plan = parse([
      ...decision,
      "KẾ HOẠCH",
      "Cải cách hành chính năm 2024",
      "(Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 04/3/2024 của UBND tỉnh)",
      "I. NHIỆM VỤ",
      "1. Sở Nội vụ tổng hợp báo cáo trước ngày 10/12/2024.",
      "Nơi nhận:",
      "- Như trên;",
      "2. Sở Tư pháp rà soát văn bản trước ngày 20/12/2024.",
    ]);
    expect(plan.plan).toMatchObject({
      number: "88/QĐ-UBND",
      date: "2024-03-04",
      title: "Cải cách hành chính năm 2024",
    });
    // What follows the plan's own "Nơi nhận" is not read as its prose.
    expect(tasks(plan)).toEqual([["I.1", "2024-12-09", ["Sở Nội vụ"], []]]);
  });

  it("a decision with no plan after it has no tasks", () => {
    const read = readTextPlan(decision.join("\n"));
    if (!read.ok) throw new Error(read.error.code);
    expect(parsePlan(read.document, THAI_NGUYEN, shippedCalendar)).toEqual({ ok: false, error: { code: "no-tasks" } });
  });
});

describe("one column says who leads and who coordinates", () => {
  it("reads 'X chủ trì, phối hợp Y' as a sentence, and a cell of names alone as the leads", () => {
    const plan = parse([
      ...HEADING,
      "KẾ HOẠCH",
      "STT\tNội dung\tTrách nhiệm thực hiện\tThời hạn",
      "1\tRà soát thủ tục đất đai\tSở Tài chính chủ trì, phối hợp Sở Tư pháp\tTrước 15/3/2024",
      "2\tRà soát thủ tục xây dựng\tSở Xây dựng; Sở Tài chính\tTháng 3/2024",
      "3\tRà soát thủ tục y tế\tSở Y tế\tQuý II/2024",
    ]);
    expect(tasks(plan)).toEqual([
      ["1", "2024-03-14", ["Sở Tài chính"], ["Sở Tư pháp"]],
      ["2", "2024-03-31", ["Sở Xây dựng", "Sở Tài chính"], []],
      ["3", "2024-06-30", ["Sở Y tế"], []],
    ]);
  });

  it("beside a 'Phối hợp' column, the lead column holds leads only", () => {
    const plan = parse([
      ...HEADING,
      "KẾ HOẠCH",
      "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian",
      "1\tRà soát thủ tục\tSở Tư pháp\tSở Y tế, Sở Xây dựng\tQuý II/2024",
    ]);
    expect(tasks(plan)).toEqual([["1", "2024-06-30", ["Sở Tư pháp"], ["Sở Y tế", "Sở Xây dựng"]]]);
  });
});

describe("labelled lines under a task", () => {
  it("bullets under 'Đơn vị thực hiện:' each say their role: 'Chủ trì: X' leads, 'Phối hợp: Y' coordinates", () => {
    const plan = parse([
      ...HEADING,
      "KẾ HOẠCH",
      "II. NHIỆM VỤ",
      "1. Tổ chức khảo sát",
      "- Thời gian thực hiện: từ ngày 10/8/2024 đến hết ngày 25/9/2024.",
      "- Đơn vị thực hiện:",
      "+ Chủ trì: Sở Nội vụ.",
      "+ Phối hợp: Sở Tư pháp; Sở Y tế.",
    ]);
    expect(tasks(plan)).toEqual([["II.1", "2024-09-25", ["Sở Nội vụ"], ["Sở Tư pháp", "Sở Y tế"]]]);
  });

  it("labels numbered as letters, as Word numbers a list of them, tell of the heading above, not tasks", () => {
    const plan = parse([
      ...HEADING,
      "KẾ HOẠCH",
      "II. NHIỆM VỤ",
      "1. Tổ chức khảo sát",
      "a. Thời gian thực hiện: từ ngày 10/8/2024 đến hết ngày 25/9/2024.",
      "b. Đơn vị thực hiện:",
      "• Chủ trì: Sở Nội vụ.",
      "• Phối hợp: Sở Tư pháp.",
    ]);
    expect(tasks(plan)).toEqual([["II.1", "2024-09-25", ["Sở Nội vụ"], ["Sở Tư pháp"]]]);
  });
});

describe("sections that say what the plan is about", () => {
  it("the period in 'ĐỐI TƯỢNG, PHẠM VI' is the plan's scope, not a task; a section naming a time holds tasks", () => {
    const plan = parse([
      ...HEADING,
      "KẾ HOẠCH",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "Đánh giá chất lượng phục vụ của các cơ quan.",
      "II. ĐỐI TƯỢNG, PHẠM VI",
      "Người dân đã giao dịch tại Bộ phận Một cửa trong thời gian từ ngày 01/10/2023 đến ngày 30/6/2024.",
      "1. Tổ chức đã giao dịch từ ngày 01/10/2023 đến ngày 30/6/2024.",
      "III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA",
      "1. Sở Nội vụ kiểm tra tại Sở Y tế trong tháng 8/2024.",
    ]);
    expect(tasks(plan)).toEqual([["III.1", "2024-08-31", ["Sở Nội vụ"], []]]);
  });

  it("a bare 'THỜI GIAN' after them is the plan's time frame too", () => {
    const plan = parse([
      ...HEADING,
      "KẾ HOẠCH",
      "I. PHẠM VI, THỜI GIAN",
      "1. Thời gian kiểm tra: từ ngày 01/6/2024 đến ngày 30/9/2024.",
      "II. NHIỆM VỤ",
      "1. Sở Nội vụ kiểm tra tại Sở Y tế trong tháng 8/2024.",
    ]);
    expect(tasks(plan)).toEqual([["II.1", "2024-08-31", ["Sở Nội vụ"], []]]);
  });
});

describe("a table copied as text, whose merged cells are blank below their first row", () => {
  it("a blank lead is the lead of the task above in its group; a section row starts anew", () => {
    const plan = parse([
      ...HEADING,
      "KẾ HOẠCH",
      "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian",
      "I\tCẢI CÁCH THỂ CHẾ\t\t\t",
      "1\tRà soát văn bản\tSở Tư pháp\tSở Nội vụ\tTháng 3/2024",
      "2\tKiểm tra văn bản\t\tSở Y tế\tTháng 4/2024",
      "II\tCẢI CÁCH THỦ TỤC\t\t\t",
      "3\tCông bố thủ tục\t\tSở Tư pháp\tTháng 5/2024",
    ]);
    expect(tasks(plan)).toEqual([
      ["1", "2024-03-31", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2", "2024-04-30", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["3", "2024-05-31", [], ["Sở Tư pháp"]],
    ]);
  });

  it("a blank time is the section's when its row gives one, else the task's above; a blank 'Phối hợp' is none", () => {
    const plan = parse([
      ...HEADING,
      "KẾ HOẠCH",
      "TT\tNhiệm vụ\tThời gian\tChủ trì\tPhối hợp",
      "1\tCông khai, minh bạch\t\t\t",
      "1.1\tCông khai quy hoạch\tQuý II/2024\tSở Tài chính\tSở Nội vụ",
      "1.2\tCông khai danh sách\t\tSở Y tế\t",
      "1.3\tRà soát quy trình\tThường xuyên\tSở Y tế\t",
      "2\tKiểm soát tham nhũng\tTháng 11/2024\t\t",
      "2.1\tKiểm tra kê khai\tTháng 9/2024\tThanh tra tỉnh\t",
      "2.2\tCông khai kết quả\t\tSở Nội vụ\t",
    ]);
    expect(tasks(plan)).toEqual([
      ["1.1", "2024-06-30", ["Sở Tài chính"], ["Sở Nội vụ"]],
      ["1.2", "2024-06-30", ["Sở Y tế"], []],
      ["1.3", null, ["Sở Y tế"], []],
      ["2.1", "2024-09-30", ["Thanh tra tỉnh"], []],
      ["2.2", "2024-11-30", ["Sở Nội vụ"], []],
    ]);
  });
});

describe("a table inside a task's cell, copied as text", () => {
  it("is the cell's text, and the row it cut goes on after it: its rows are no tasks", () => {
    const plan = parse([
      ...HEADING,
      "KẾ HOẠCH",
      "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian",
      "1\tRà soát văn bản\tSở Tư pháp\tSở Nội vụ\tTháng 3/2024",
      "2\tGiám sát tại cơ sở, gồm:",
      "Lần\tĐịa bàn",
      "Lần 1\tHuyện Phú Lương",
      "Lần 2\tHuyện Đại Từ",
      "\tSở Y tế\tSở Tài chính\tTháng 10/2024",
      "3\tCông bố thủ tục\tSở Tư pháp\t\tTháng 5/2024",
    ]);
    expect(tasks(plan)).toEqual([
      ["1", "2024-03-31", ["Sở Tư pháp"], ["Sở Nội vụ"]],
      ["2", "2024-10-31", ["Sở Y tế"], ["Sở Tài chính"]],
      ["3", "2024-05-31", ["Sở Tư pháp"], []],
    ]);
    expect(plan.tasks[1]!.title).toBe("Giám sát tại cơ sở, gồm: Lần Địa bàn Lần 1 Huyện Phú Lương Lần 2 Huyện Đại Từ");
  });
});

describe("a blank cell in a table's first row", () => {
  it("takes nothing from the table before it", () => {
    const header = "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian";
    const plan = parse([
      ...HEADING,
      "KẾ HOẠCH",
      header,
      "1\tRà soát văn bản\tSở Tư pháp\t\tTháng 3/2024",
      "Phụ lục II",
      header,
      "1\tKiểm tra thủ tục\t\tSở Y tế\tTháng 4/2024",
    ]);
    expect(tasks(plan)).toEqual([
      ["1", "2024-03-31", ["Sở Tư pháp"], []],
      ["1(2)", "2024-04-30", [], ["Sở Y tế"]],
    ]);
  });
});

describe("the plan's number", () => {
  const TASK = ["KẾ HOẠCH", "Tập huấn", "I. NHIỆM VỤ", "1. Sở Nội vụ tổng hợp báo cáo trước ngày 10/12/2024."];
  it("is read after the issuer's last line in capitals when a copy runs the two together", () => {
    const plan = parse(["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN Số: 205/KH-UBND", HEADING[2]!, ...TASK]);
    expect(plan.plan).toMatchObject({ number: "205/KH-UBND", date: "2024-03-05" });
    expect(parse(["Các sở báo cáo Số: 7/BC", HEADING[2]!, ...TASK]).plan.number).toBeNull();
  });
});
