// An amending plan hands a task from one lead to another and says what the old lead does now: the new lead leads,
// the old one helps only where the plan says so, and is no lead.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const items = (lines: string[]) =>
  ["II. ĐIỀU CHỈNH CƠ QUAN CHỦ TRÌ", ...lines.map((line, i) => `${i + 1}. ${line}`)].join("\n\n");

describe("a change of lead", () => {
  it("reads the unit the task moves to as its lead, however the move is said", () => {
    const plan = parse(
      items([
        "Nhiệm vụ xây dựng kho dữ liệu cán bộ (mục 2.3 Phụ lục): cơ quan chủ trì được điều chỉnh từ Sở Tư pháp sang Sở Nội vụ; Sở Tư pháp chuyển thành cơ quan phối hợp. Thời gian hoàn thành: tháng 9/2024.",
        "Nhiệm vụ khảo sát sự hài lòng của người bệnh: điều chỉnh đơn vị chủ trì từ Sở Nội vụ thành Sở Y tế, hoàn thành trước ngày 30/9/2024.",
        "Chuyển nhiệm vụ nâng cấp cổng dịch vụ công từ Sở Tài chính sang Sở Thông tin và Truyền thông chủ trì thực hiện, Sở Tài chính phối hợp; thời hạn: tháng 11/2024.",
        "Nhiệm vụ tổ chức hội nghị đối thoại: giao Sở Tư pháp chủ trì thay cho Sở Nội vụ; hoàn thành trong quý IV/2024.",
        "Nhiệm vụ kiểm tra công vụ đợt 2: thay đổi cơ quan chủ trì thực hiện từ Sở Y tế sang Sở Nội vụ; Sở Y tế là cơ quan phối hợp; hoàn thành trong tháng 10/2024.",
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-09-30", ["Sở Nội vụ"], ["Sở Tư pháp"]],
      ["II.2", "2024-09-29", ["Sở Y tế"], []],
      ["II.3", "2024-11-30", ["Sở Thông tin và Truyền thông"], ["Sở Tài chính"]],
      ["II.4", "2024-12-31", ["Sở Tư pháp"], []],
      ["II.5", "2024-10-31", ["Sở Nội vụ"], ["Sở Y tế"]],
    ]);
  });

  it("keeps the partners of a lead whose work is to change or replace something", () => {
    const plan = parse(
      items([
        "Sở Thông tin và Truyền thông chủ trì thay thế phần mềm quản lý văn bản phối hợp với Văn phòng UBND tỉnh triển khai, hoàn thành trước ngày 30/9/2024.",
        "Sở Tư pháp chủ trì thay đổi quy chế phối hợp với Sở Nội vụ, Sở Tài chính, hoàn thành trước ngày 30/10/2024.",
        "Sở Y tế chủ trì thay mới trang thiết bị, phối hợp với Sở Tài chính, hoàn thành trước ngày 30/11/2024.",
        "Sở Nội vụ chủ trì thay thế Sở Tư pháp, phối hợp với Sở Tài chính tổ chức hội nghị; hoàn thành trong quý IV/2024.",
      ]),
    );
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-09-29", ["Sở Thông tin và Truyền thông"], ["Văn phòng UBND tỉnh"]],
      ["II.2", "2024-10-29", ["Sở Tư pháp"], ["Sở Nội vụ", "Sở Tài chính"]],
      ["II.3", "2024-11-29", ["Sở Y tế"], ["Sở Tài chính"]],
      ["II.4", "2024-12-31", ["Sở Nội vụ"], ["Sở Tài chính"]],
    ]);
  });

  it("reads 2,000 changed leads", () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) =>
        `Nhiệm vụ số ${i + 1}: cơ quan chủ trì được điều chỉnh từ Sở Tư pháp sang Sở Nội vụ; hoàn thành trong tháng 9/2024.`,
    );
    const read = tasks(parse(items(lines)));
    expect(read).toHaveLength(2000);
    expect(new Set(read.map(([, due, lead]) => `${due} ${JSON.stringify(lead)}`))).toEqual(
      new Set(['2024-09-30 ["Sở Nội vụ"]']),
    );
  });
});
