// Tasks whose deadline counts from the plan's own date or from the day another item gives.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("deadlines counted from an event", () => {
  it("from the plan's date: its days added to the day the plan is signed", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Tư pháp rà soát các văn bản quy phạm pháp luật của tỉnh, báo cáo trong vòng 20 ngày kể từ ngày Kế hoạch này được ban hành.",
        "2. Sở Tài chính hướng dẫn lập dự toán; thời hạn 10 ngày làm việc kể từ ngày ban hành Kế hoạch.",
      ].join("\n"),
      { issued: "2024-06-07" },
    );
    // 27/6/2024 is a Thursday; ten working days after Friday 7/6 end on Friday 21/6.
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-06-27", ["Sở Tư pháp"], []],
      ["II.2", "2024-06-21", ["Sở Tài chính"], []],
    ]);
  });

  it("from the day of an item the sentence points to, before or after it; a fronted period stands before the subject", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Chuẩn bị hội thi",
        "a) Sở Nội vụ tổ chức Hội thi tìm hiểu cải cách hành chính vào ngày 18/10/2024.",
        "b) Trong thời hạn 05 ngày sau Hội thi nêu tại điểm a khoản này, Sở Tư pháp tổng hợp kết quả.",
        "2. Sở Xây dựng gửi danh sách thí sinh chậm nhất 07 ngày trước ngày tổ chức Hội thi nêu tại điểm a khoản 1 Mục này.",
        "3. Sở Y tế cấp giấy chứng nhận trong vòng 15 ngày kể từ ngày nhận đủ hồ sơ.",
      ].join("\n"),
      { issued: "2024-09-02" },
    );
    expect(tasks(plan)).toEqual([
      ["III.1.a", "2024-10-18", ["Sở Nội vụ"], []],
      ["III.1.b", "2024-10-23", ["Sở Tư pháp"], []],
      ["III.2", "2024-10-11", ["Sở Xây dựng"], []],
    ]);
  });

  it("in a 'Thời gian thực hiện:' line and in a table's time cell too", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Cập nhật danh mục dịch vụ công trực tuyến",
        "Đơn vị thực hiện: Sở Khoa học và Công nghệ.",
        "Thời gian thực hiện: không quá 25 ngày kể từ ngày ký ban hành Kế hoạch.",
        "TT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành",
        "1\tTập huấn cán bộ một cửa\tSở Nội vụ\tTrong 08 ngày làm việc kể từ ngày Kế hoạch được ban hành",
      ].join("\n"),
      { issued: "2024-10-01" },
    );
    // From Tuesday 1/10/2024: 25 days is Saturday 26/10; eight working days end on Friday 11/10.
    expect(tasks(plan)).toEqual([
      ["1", "2024-10-11", ["Sở Nội vụ"], []],
      ["II.1", "2024-10-26", ["Sở Khoa học và Công nghệ"], []],
    ]);
  });

  it("from a written day, the same day as another item, a week of a month, a month's last working day", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Y tế hướng dẫn dự thi, xong trong 05 ngày làm việc kể từ ngày 02/10/2026 (ngày ra thể lệ).",
        "2. Sở Xây dựng gửi danh sách; thời hạn như khoản 1 Mục này.",
        "3. Sở Tư pháp chấm thi trong 20 ngày sau ngày kết thúc nhận bài (ngày 09/11/2026).",
        "4. Sở Tài chính quyết toán kinh phí trong tuần đầu tháng 12/2026.",
        "5. Sở Nội vụ báo cáo chậm nhất ngày làm việc cuối cùng của tháng 10/2026.",
      ].join("\n"),
      { issued: "2026-09-15" },
    );
    // From Friday 2/10/2026, five working days end on Friday 9/10; 31/10/2026 is a Saturday.
    expect(tasks(plan)).toEqual([
      ["II.1", "2026-10-09", ["Sở Y tế"], []],
      ["II.2", "2026-10-09", ["Sở Xây dựng"], []],
      ["II.3", "2026-11-29", ["Sở Tư pháp"], []],
      ["II.4", "2026-12-07", ["Sở Tài chính"], []],
      ["II.5", "2026-10-30", ["Sở Nội vụ"], []],
    ]);
  });

  it("a count of days before a written day, with no 'chậm nhất' before it, is that day less the count", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ tập huấn nghiệp vụ; hoàn thành 05 ngày trước ngày 04/11/2024.",
        "2. Sở Y tế gửi danh sách 03 ngày làm việc trước ngày 04/11/2024.",
      ].join("\n"),
      { issued: "2024-10-01" },
    );
    // Monday 4/11/2024: five days before is Wednesday 30/10, three working days before Wednesday 30/10 too.
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-10-30", ["Sở Nội vụ"], []],
      ["II.2", "2024-10-30", ["Sở Y tế"], []],
    ]);
  });
});
