// A sentence may hand one unit two pieces of work, each with its own deadline: each piece is a task, sharing the
// sentence's lead and the partners it names for the whole; work in steps stays one task.
import { describe, expect, it } from "vitest";
import { dutyPieces } from "../../src/plan/two-duties.ts";
import { parse, tasks, THAI_NGUYEN_DISTRICTS } from "../support/text-plans.ts";
import { datedClauses, firstDayOf } from "../support/large-inputs.ts";

describe("two pieces of work with two deadlines in one sentence", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Về hạ tầng",
      "a) Sở Xây dựng chủ trì, phối hợp với Sở Tài chính kiểm kê các tuyến đường xuống cấp, hoàn thành trước ngày " +
        "20/5/2024; đồng thời lập phương án sửa chữa, trình UBND tỉnh xong trong tháng 10/2024.",
      "b) UBND các huyện, thành phố hoàn thành việc cắm mốc trước ngày 30/6/2024 và bàn giao cho đơn vị quản lý; " +
        "phối hợp với Sở Giao thông vận tải xử lý các điểm đen, chậm nhất ngày 31/8/2024, không để kéo dài sang " +
        "quý IV/2024.",
      "c) Sở Tài chính thẩm định các hồ sơ nộp trước năm 2024 trong quý II/2024, các hồ sơ còn lại xong trước ngày " +
        "10/12/2024.",
      "d) Các đơn vị gửi dự thảo lấy ý kiến trước ngày 15/4/2024; trình UBND tỉnh ban hành trước ngày 30/4/2024.",
      "đ) Sở Nội vụ báo cáo kết quả trước ngày 15/6/2024, kết quả kiểm tra gửi Sở Tư pháp ngay sau khi kết thúc.",
    ].join("\n"),
  );

  it("are a task each, due on its own day, sharing the sentence's lead and partners", () => {
    expect(tasks(plan)).toEqual([
      ["II.1.a.1", "2024-05-19", ["Sở Xây dựng"], ["Sở Tài chính"]],
      ["II.1.a.2", "2024-10-31", ["Sở Xây dựng"], ["Sở Tài chính"]],
      // The partners named in the second clause are that clause's; "không để kéo dài sang quý IV" is no work.
      ["II.1.b.1", "2024-06-29", THAI_NGUYEN_DISTRICTS, []],
      ["II.1.b.2", "2024-08-31", THAI_NGUYEN_DISTRICTS, ["Sở Giao thông vận tải"]],
      ["II.1.c.1", "2024-06-30", ["Sở Tài chính"], []],
      ["II.1.c.2", "2024-12-09", ["Sở Tài chính"], []],
      // A draft, then its final: one work, due with the last step.
      ["II.1.d", "2024-04-29", ["?Các đơn vị"], []],
      ["II.1.đ", "2024-06-14", ["Sở Nội vụ"], []],
    ]);
  });

  it("title each piece with its own words", () => {
    const title = (ref: string) => plan.tasks.find((t) => t.ref === ref)?.title ?? "";
    expect(title("II.1.a.2")).toContain("lập phương án sửa chữa");
    expect(title("II.1.a.2")).not.toContain("kiểm kê");
    expect(title("II.1.c.2")).toContain("các hồ sơ còn lại");
    expect(plan.tasks.find((t) => t.ref === "II.1.a")?.kind).toBe("heading");
  });
});

describe("dutyPieces", () => {
  const dated = firstDayOf;

  it("leaves a sentence with one deadline, or none, alone", () => {
    expect(dutyPieces("Sở A lập danh mục, xong trước 10/3/2025; tổ chức tập huấn cho cán bộ.", dated)).toBeNull();
    expect(dutyPieces("Sở A lập danh mục.", dated)).toBeNull();
  });

  it("keeps a draft's steps, and work reported done before the next, one task", () => {
    const draft = "Sở B soạn dự thảo quy chế; lấy ý kiến các sở trước 10/5/2025; trình UBND tỉnh trước 30/6/2025.";
    expect(dutyPieces(draft, dated)).toBeNull();
    const done = "Sở C đã hoàn thành kiểm kê ngày 10/1/2025; tiếp theo, lập báo cáo tổng hợp, gửi trước 30/6/2025.";
    expect(dutyPieces(done, dated)).toBeNull();
  });

  it("keeps work done in rounds one task", () => {
    expect(dutyPieces("Đợt 1 hoàn thành trước 30/6/2025; Đợt 2 hoàn thành trước 30/11/2025.", dated)).toBeNull();
  });

  it("cuts a long paragraph of many dated clauses into a task each", () => {
    const pieces = dutyPieces(datedClauses(3000), dated);
    expect(pieces).toHaveLength(3000);
  });
});

describe("pieces of work under a heading or a lettered request", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Về giám sát",
      "Sở Y tế chủ trì, phối hợp với Sở Tài chính giám sát các cơ sở bán lẻ thuốc, hoàn thành trước ngày 15/5/2024; " +
        "đồng thời đề xuất danh mục cơ sở cần chấn chỉnh, trình UBND tỉnh xong trong tháng 7/2024.",
      "2. Về đầu tư",
      "a) Đối với các công trình chuyển tiếp, yêu cầu các chủ đầu tư khẩn trương hoàn thiện thủ tục, cụ thể như sau:",
      "- Điều chỉnh dự toán trước ngày 10/4/2024; lựa chọn nhà thầu xong trong quý III/2024;",
      "- Bàn giao công trình chậm nhất ngày 30/11/2024.",
    ].join("\n"),
  );

  it("makes the heading over one such paragraph their heading, and a request's addressee their lead", () => {
    expect(tasks(plan)).toEqual([
      ["II.1.1", "2024-05-14", ["Sở Y tế"], ["Sở Tài chính"]],
      ["II.1.2", "2024-07-31", ["Sở Y tế"], ["Sở Tài chính"]],
      ["II.2.a.1.1", "2024-04-09", ["?Các chủ đầu tư"], []],
      ["II.2.a.1.2", "2024-09-30", ["?Các chủ đầu tư"], []],
      ["II.2.a.2", "2024-11-30", ["?Các chủ đầu tư"], []],
    ]);
  });
});

describe("one work dated at several points", () => {
  const dated = firstDayOf;

  it("keeps a work's numbered phases one task", () => {
    const phases =
      "Công tác kiểm kê chia làm hai giai đoạn. Giai đoạn 1: các xã đo đạc, lập hồ sơ, xong trước 31/3/2025. " +
      "Giai đoạn 2: Sở Nông nghiệp thẩm định hồ sơ, trình phê duyệt trước 30/9/2025.";
    expect(dutyPieces(phases, dated)).toBeNull();
    const steps = "Bước 1: khảo sát hiện trạng trước 15/4/2025; Bước 2: lắp đặt thiết bị trước 15/8/2025.";
    expect(dutyPieces(steps, dated)).toBeNull();
  });

  it("keeps a day moved to another one task, even when a list of bodies holds commas", () => {
    const moved =
      "Lùi thời hạn nộp báo cáo thống kê quý II/2025 của các phòng, ban, UBND các xã từ ngày 10/6/2025 thành " +
      "ngày 25/6/2025.";
    const earlier = (text: string) => /quý II\/2025|\d{1,2}\/\d{1,2}\/\d{4}/.exec(text)?.[0] ?? null;
    expect(dutyPieces(moved, earlier)).toBeNull();
    const changed = "Sửa mốc bàn giao mặt bằng từ ngày 01/7/2025 sang ngày 15/8/2025, các nội dung khác giữ nguyên.";
    expect(dutyPieces(changed, dated)).toBeNull();
  });

  it("joins a launch to the end of the work it launches, and leaves other work its own piece", () => {
    const contest =
      "Hội thi tin học trẻ: Sở Giáo dục chủ trì; khai mạc vào ngày 05/9/2025, chấm thi, công bố kết quả trước " +
      "31/10/2025.";
    expect(dutyPieces(contest, dated)).toBeNull();
    const more = `${contest.slice(0, -1)}; đồng thời lập báo cáo tổng kết công tác thi đua, gửi trước 15/12/2025.`;
    const pieces = dutyPieces(more, dated);
    expect(pieces).toHaveLength(2);
    expect(pieces![0]).toContain("khai mạc vào ngày 05/9/2025");
    expect(pieces![0]).toContain("31/10/2025");
    expect(pieces![1]).toContain("lập báo cáo tổng kết");
    // A launch naming its own object is work of its own.
    const own =
      "Sở Văn hóa phát động cuộc vận động sáng tác ca khúc về quê hương trước 30/4/2025; tổ chức đêm nhạc " +
      "trước 31/8/2025.";
    expect(dutyPieces(own, dated)).toHaveLength(2);
  });
});
