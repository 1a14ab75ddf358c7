// A step named first, then a sentence opening with its deadline and its subject ("Bước 5: Họp Hội đồng. Chậm nhất
// ngày 17/4/2026, Hội đồng … họp, …"): the work after the deadline is the task's title, its subject the lead.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const title = (plan: ReturnType<typeof parse>, ref: string) => plan.tasks.find((t) => t.ref === ref)?.title ?? "";

describe("a later sentence opening with its deadline", () => {
  it("titles a step by the work after the deadline that opens its second sentence", () => {
    const plan = parse(
      [
        "III. TRÌNH TỰ THỰC HIỆN",
        "Bước 1: Chuẩn bị. Sở Nội vụ ban hành văn bản hướng dẫn, hoàn thành trước ngày 20/3/2024.",
        "Bước 2: Thẩm định hồ sơ. Chậm nhất ngày 15/4/2024, Sở Tư pháp thẩm định, cho ý kiến về hồ sơ của các đơn vị.",
        "Bước 3: Công bố kết quả. Trong tháng 6/2024, Sở Nội vụ phối hợp với Sở Tài chính công bố kết quả trên Cổng thông tin điện tử tỉnh.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["III.1", "2024-03-19", ["Sở Nội vụ"], []],
      ["III.2", "2024-04-15", ["Sở Tư pháp"], []],
      ["III.3", "2024-06-30", ["Sở Nội vụ"], ["Sở Tài chính"]],
    ]);
    expect(title(plan, "III.2")).toMatch(/^Sở Tư pháp thẩm định, cho ý kiến về hồ sơ/);
    expect(title(plan, "III.3")).toMatch(/^Sở Nội vụ phối hợp với Sở Tài chính công bố kết quả/);
  });

  it("reads a numbered item and a dash of the same shape alike", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Kiểm tra công tác văn thư, lưu trữ. Đến hết tháng 9/2024, Sở Nội vụ kiểm tra tại 10 cơ quan, đơn vị.",
        "2. Tổng kết",
        "- Đánh giá kết quả năm. Trước ngày 10/12/2024, Sở Tư pháp tổng hợp, báo cáo UBND tỉnh.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-09-30", ["Sở Nội vụ"], []],
      ["II.2.1", "2024-12-09", ["Sở Tư pháp"], []],
    ]);
    expect(title(plan, "II.1")).toContain("kiểm tra tại 10 cơ quan");
    expect(title(plan, "II.2.1")).toContain("tổng hợp, báo cáo UBND tỉnh");
  });

  it("reads a plain paragraph's later sentence opening with its deadline as the task, its background left out", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "Thủ trưởng các cơ quan chịu trách nhiệm về kết quả thực hiện. Chậm nhất ngày 01/12/2024, Sở Y tế tổng hợp, gửi báo cáo về Sở Nội vụ.",
      ].join("\n"),
    );
    const [task] = plan.tasks.filter((t) => t.kind === "task");
    expect([task?.deadline?.due, task?.lead.map((u) => u.name)]).toEqual(["2024-12-01", ["Sở Y tế"]]);
    expect(task?.title).toMatch(/^Sở Y tế tổng hợp, gửi báo cáo/);
  });

  it("keeps the first sentence's subject and work when the dated sentence names no subject", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Y tế rà soát hồ sơ sức khỏe điện tử. Chậm nhất ngày 30/6/2024, gửi kết quả về Sở Nội vụ.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-06-30", ["Sở Y tế"], []]]);
    expect(title(plan, "II.1")).toContain("rà soát hồ sơ sức khỏe điện tử");
  });

  it("keeps an item whose first sentence is a whole task of another subject, a helper's deadline after it", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ chủ trì xây dựng dự thảo Đề án vị trí việc làm. Trước ngày 30/6/2024, các sở, ban, ngành gửi ý kiến góp ý về Sở Nội vụ.",
        "2. Sở Tư pháp rà soát văn bản quy phạm pháp luật. Chậm nhất ngày 15/8/2024, UBND các huyện gửi kết quả về Sở Tư pháp.",
        "3. Thẩm định hồ sơ. Chậm nhất ngày 15/9/2024, Sở Y tế thẩm định hồ sơ của các đơn vị.",
        "4. Sở Y tế kiểm tra cơ sở khám bệnh. Đến hết tháng 10/2024, Sở Y tế báo cáo kết quả về UBND tỉnh.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-06-29", ["Sở Nội vụ"], []],
      ["II.2", "2024-08-15", ["Sở Tư pháp"], []],
      ["II.3", "2024-09-15", ["Sở Y tế"], []],
      ["II.4", "2024-10-31", ["Sở Y tế"], []],
    ]);
    expect(title(plan, "II.1")).toMatch(/^Sở Nội vụ chủ trì xây dựng dự thảo Đề án/);
    expect(title(plan, "II.2")).toMatch(/^Sở Tư pháp rà soát văn bản/);
    expect(title(plan, "II.4")).toMatch(/^Sở Y tế báo cáo kết quả/);
  });

  it("reads 2,000 steps each dated by its second sentence", () => {
    const lines = ["III. TRÌNH TỰ THỰC HIỆN"];
    for (let k = 1; k <= 2000; k++)
      lines.push(`${k}. Bước thứ ${k}. Chậm nhất ngày 15/4/2024, Sở Tư pháp thẩm định hồ sơ số ${k} của các đơn vị.`);
    const read = parse(lines.join("\n\n")).tasks.filter((t) => t.kind === "task");
    expect(read.length).toBe(2000);
    expect(
      read.every(
        (t) => t.deadline?.due === "2024-04-15" && t.lead[0]?.name === "Sở Tư pháp" && /^Sở Tư pháp/.test(t.title),
      ),
    ).toBe(true);
  });
});
