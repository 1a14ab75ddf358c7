// Plans that put things where a careful reader still finds them: a deadline before the subject it dates,
// a deadline on a line of its own below the task it ends, a heading that names its units before a colon.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { names, parse as parsePlanText } from "../support/text-plans.ts";

const parse = (body: string) => parsePlanText(body, { issued: "2024-02-12" });
const tasks = (plan: ParsedPlan) =>
  plan.tasks
    .filter((t) => t.kind === "task")
    .map((t) => [t.ref, t.title, t.deadline?.due ?? null, names(t.lead), names(t.coordinators)]);

describe("a deadline that opens the sentence", () => {
  it("dates the sentence after its comma, whose subject leads and whose words are the title", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Cải cách tài chính công",
        "a) Trước ngày 15/5/2024, Sở Y tế phối hợp với Sở Tài chính trình UBND tỉnh phương án giá dịch vụ khám bệnh.",
        "b) Trong Quý III/2024, Sở Tư pháp rà soát các quy định về phí, lệ phí.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      [
        "II.1.a",
        "Sở Y tế phối hợp với Sở Tài chính trình UBND tỉnh phương án giá dịch vụ khám bệnh",
        "2024-05-14",
        ["Sở Y tế"],
        ["Sở Tài chính"],
      ],
      ["II.1.b", "Sở Tư pháp rà soát các quy định về phí, lệ phí", "2024-09-30", ["Sở Tư pháp"], []],
    ]);
  });

  it("keeps a sentence that only ends with its deadline as it was", () => {
    const plan = parse(["II. NHIỆM VỤ", "1. Sở Xây dựng báo cáo UBND tỉnh chậm nhất ngày 20/6/2024."].join("\n"));
    expect(tasks(plan)).toEqual([["II.1", "Sở Xây dựng báo cáo UBND tỉnh", "2024-06-20", ["Sở Xây dựng"], []]]);
  });
});

describe("a line that says nothing but a deadline", () => {
  it("ends the bullet above it, which stays the task, with its own text and units", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "2. Chuyển đổi số",
        "- Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ số hóa hồ sơ lý lịch tư pháp.",
        "Hoàn thành trước ngày 30/8/2024.",
        "- Sở Y tế triển khai bệnh án điện tử tại bệnh viện tuyến tỉnh trước ngày 30/11/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      [
        "II.2.1",
        "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ số hóa hồ sơ lý lịch tư pháp",
        "2024-08-29",
        ["Sở Tư pháp"],
        ["Sở Nội vụ"],
      ],
      ["II.2.2", "Sở Y tế triển khai bệnh án điện tử tại bệnh viện tuyến tỉnh", "2024-11-29", ["Sở Y tế"], []],
    ]);
  });

  it("is a task of its own when it says what is to be done", () => {
    const plan = parse(
      ["II. NHIỆM VỤ", "3. Sở Nội vụ chủ trì", "Chậm nhất ngày 10/9/2024 tổng hợp kết quả tự chấm điểm."].join("\n"),
    );
    expect(tasks(plan).map((t) => t.slice(2))).toEqual([["2024-09-10", ["Sở Nội vụ"], []]]);
  });
});

describe("units named before a colon that opens the task", () => {
  const districts = names(
    THAI_NGUYEN.units.filter((u) => u.kind === "district").map((u) => ({ ...u, resolved: true })),
  );

  it("'UBND các huyện, thành phố:' before a sentence is the group itself, kept with the units before it", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "2. Sở Nội vụ; UBND các huyện, thành phố: Rà soát biên chế được giao, báo cáo UBND tỉnh trước ngày 31/7/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[3])).toEqual([["Sở Nội vụ", ...districts]]);
  });

  it("'UBND các huyện:' before names lists those units only", () => {
    const plan = parse(
      ["III. TỔ CHỨC THỰC HIỆN", "3. UBND các huyện: Đại Từ, Định Hóa rà soát biên chế trước ngày 31/7/2024."].join(
        "\n",
      ),
    );
    expect(tasks(plan).map((t) => t[3])).toEqual([["UBND huyện Đại Từ", "UBND huyện Định Hóa"]]);
  });
});

describe("who does the task, named after its title", () => {
  const who = (plan: ParsedPlan) => tasks(plan).map(([ref, , due, lead, partners]) => [ref, due, lead, partners]);

  it("an assignment after a colon or semicolon in lower case ('…: giao X thực hiện') names the lead", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sơ kết việc thực hiện Đề án, báo cáo UBND tỉnh: giao Sở Tư pháp thực hiện, chậm nhất ngày 20/11/2024.",
        "2. Cập nhật dữ liệu hộ tịch; giao Sở Tư pháp chủ trì, phối hợp với Công an tỉnh; hoàn thành trong tháng 9/2024.",
      ].join("\n"),
    );
    expect(who(plan)).toEqual([
      ["II.1", "2024-11-20", ["Sở Tư pháp"], []],
      ["II.2", "2024-09-30", ["Sở Tư pháp"], ["Công an tỉnh"]],
    ]);
  });

  it("'X chủ trì; <a group in lower case> phối hợp' makes the group a coordinator, as 'phối hợp với' would", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Lập danh mục vị trí việc làm. Giao Sở Nội vụ chủ trì; các cơ quan chuyên môn thuộc UBND huyện Đại Từ phối hợp; hoàn thành trong Quý II/2024.",
      ].join("\n"),
    );
    expect(who(plan)).toEqual([
      ["II.1", "2024-06-30", ["Sở Nội vụ"], ["?các cơ quan chuyên môn thuộc UBND huyện Đại Từ"]],
    ]);
  });
});
