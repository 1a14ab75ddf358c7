// Unnumbered paragraphs of a plan: beside the numbered task before them, or, in a part that assesses
// what was done or sets targets, no task at all.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";
import type { Block } from "../../src/plan/document.ts";
import { closingOrders } from "../../src/plan/closing-order.ts";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";

describe("a dated paragraph after a dated numbered item", () => {
  it("stands beside the item, which keeps its own units, and continues the list's numbers", () => {
    const plan = parse(
      [
        "Kính gửi: Các sở, ban, ngành tỉnh.",
        "1. Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh rà soát thẻ bảo hiểm y tế trước ngày 15/6/2024.",
        "2. Sở Xây dựng chủ trì, phối hợp với Sở Tư pháp cập nhật quy hoạch. Thời hạn: Quý III/2024.",
        "Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/10/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-06-14", ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"]],
      ["2", "2024-09-30", ["Sở Xây dựng"], ["Sở Tư pháp"]],
      ["3", "2024-10-09", ["Sở Nội vụ"], []],
    ]);
  });

  it("under an undated heading, still belongs to the heading", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ",
        "Xây dựng kế hoạch kiểm tra trước ngày 15/5/2024.",
        "Tổng hợp kết quả kiểm tra trước ngày 15/11/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["II.1.1", "2024-05-14", ["Sở Nội vụ"], []],
      ["II.1.2", "2024-11-14", ["Sở Nội vụ"], []],
    ]);
  });
});

describe("the document's closing order after its last item", () => {
  const body = (closing: string) =>
    [
      "I. GIAO THÔNG",
      "1. Sở Xây dựng sửa chữa cầu treo trước ngày 15/6/2024.",
      "2. Sở Y tế tăng cường bác sĩ cho trạm y tế, bắt đầu từ tháng 4/2024.",
      closing,
    ].join("\n");

  it("speaking to everyone the document gives work, is the document's, not a part of the undated item above", () => {
    const plan = parse(
      body(
        "Các sở, ban, ngành được giao nhiệm vụ tại Kế hoạch này báo cáo kết quả về Sở Nội vụ trước ngày 20/11/2024.",
      ),
    );
    const closing = plan.tasks.find((t) => t.title.includes("báo cáo kết quả"))!;
    expect([closing.ref, closing.parentRef, closing.deadline?.due]).toEqual(["II", null, "2024-11-19"]);
    expect(plan.tasks.some((t) => t.ref === "I.2" || t.parentRef === "I.2")).toBe(false);
  });

  it("naming no document, or with items after it, stays with the item above", () => {
    const plain = parse(body("Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 20/11/2024."));
    expect(plain.tasks.find((t) => t.title.includes("tổng hợp"))?.ref).toBe("I.2.1");
    const followed = parse(
      body("Sở Nội vụ theo dõi việc thực hiện Kế hoạch này, báo cáo trước ngày 20/11/2024.") +
        "\n3. Sở Tư pháp rà soát văn bản trước ngày 30/9/2024.",
    );
    expect(followed.tasks.find((t) => t.title.includes("theo dõi"))?.ref).toBe("I.2.1");
  });

  it("among fifty thousand paragraphs, is told for each in one pass over the document", () => {
    const order = "Các sở, ban, ngành được giao nhiệm vụ tại Kế hoạch này báo cáo kết quả trước ngày 20/11/2024.";
    const blocks: Block[] = [
      { type: "text", text: "1. Sở Tư pháp rà soát văn bản." },
      ...Array.from({ length: 50_000 }, () => ({ type: "text" as const, text: order })),
      { type: "text", text: "Nơi nhận:" },
      { type: "text", text: "- Như trên;" },
    ];
    const closing = closingOrders(blocks, createResolver(THAI_NGUYEN));
    const told = blocks.map((_, i) => closing(i));
    expect(told.filter(Boolean)).toHaveLength(50_000);
    expect(told[0]).toBe(false);
  });
});

describe("a dated sentence in a part that assesses what was done", () => {
  it("reports the past and is no task; the tasks of the next part are read", () => {
    const plan = parse(
      [
        "1. Kết quả đạt được",
        "Tháng 9/2024, tỷ lệ thủ tục được số hóa của tỉnh đạt 72%, tăng 11% so với cùng kỳ.",
        "2. Nhiệm vụ thời gian tới",
        "a) Sở Tư pháp số hóa sổ hộ tịch còn lại trước ngày 20/12/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["2.a", "2024-12-19", ["Sở Tư pháp"], []]]);
  });
});

describe("a report's section of results", () => {
  it("tells what was done under each of its headings, no task; the tasks of the next section are read", () => {
    const plan = parse(
      [
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026",
        "1. Công tác tuyên truyền",
        "Sở Văn hóa, Thể thao và Du lịch đã tổ chức 12 hội nghị trước ngày 30/9/2026, vượt kế hoạch.",
        "II. NHIỆM VỤ NĂM 2027",
        "1. Sở Tư pháp rà soát văn bản quy phạm pháp luật trước ngày 15/3/2027.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["II.1", "2027-03-14", ["Sở Tư pháp"], []]]);
  });
});

describe("a plan's opening part on last season's results", () => {
  it("reports what was done, dated bullets and all; a title naming the work ahead still holds tasks", () => {
    const plan = parse(
      [
        "I. KẾT QUẢ TUYỂN SINH NĂM HỌC 2023 - 2024",
        "- Hoàn thành cấp học bổng cho 120 học sinh trong tháng 8/2024 (Quyết định số 15/QĐ-SGDĐT ngày 02/9/2024).",
        "II. KẾT QUẢ NĂM 2024 VÀ NHIỆM VỤ NĂM 2025",
        "1. Sở Giáo dục và Đào tạo tổng hợp nhu cầu tuyển dụng giáo viên trước ngày 15/11/2024.",
      ].join("\n"),
      { issued: "2024-10-01" },
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-11-14", ["Sở Giáo dục và Đào tạo"], []]]);
  });
});

describe("a dated sentence in a part that sets targets", () => {
  it("measures the plan and is no task, bulleted or not, even when it names a unit", () => {
    const plan = parse(
      [
        "II. CHỈ TIÊU",
        "- Trong Quý III/2024, 95% hồ sơ đất đai được giải quyết đúng hạn.",
        "Sở Tài nguyên và Môi trường số hóa 100% hồ sơ địa chính trước ngày 31/12/2024.",
        "III. NHIỆM VỤ",
        "1. Sở Tư pháp rà soát quy trình liên thông trước ngày 15/8/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["III.1", "2024-08-14", ["Sở Tư pháp"], []]]);
  });
});

describe("a dated paragraph of several sentences", () => {
  it("is the dated sentence when that one names who does it; the sentences before are background", () => {
    const plan = parse(
      [
        "1. Các sở, ban, ngành tỉnh báo cáo kết quả trước ngày 10/6/2024.",
        "Chú ý: Các đơn vị bảo đảm số liệu chính xác. Sở Tài chính rà soát kinh phí, gửi Sở Nội vụ trước ngày 20/6/2024.",
      ].join("\n"),
    );
    expect(plan.tasks.map((t) => [t.ref, t.title, t.lead.map((u) => u.name)]).slice(1)).toEqual([
      ["2", "Sở Tài chính rà soát kinh phí, gửi Sở Nội vụ", ["Sở Tài chính"]],
    ]);
  });
});

describe("a place and date line after the tasks", () => {
  it("dates the signature and is no task", () => {
    const plan = parse(
      [
        "1. Sở Tư pháp rà soát văn bản trước ngày 15/6/2024.",
        "NGƯỜI LẬP BIỂU",
        "Nguyễn Văn An",
        "Bắc Kạn, ngày 20 tháng 6 năm 2024",
        "GIÁM ĐỐC",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-06-14", ["Sở Tư pháp"], []]]);
  });
});

describe("the recipients typed beside the signer's title", () => {
  it("end the body: a dated line under the signature (a system's export stamp) is no task", () => {
    const plan = parse(
      [
        "2. Sở Nội vụ tổng hợp kết quả, báo cáo trước ngày 15/12/2024.",
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
        "- Như trên;\tCHỦ TỊCH",
        "- Lưu: VT.\tTrần Văn Bình",
        "Văn bản được ký số và gửi từ Hệ thống quản lý văn bản lúc 09:15 ngày 20/11/2024.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["2", "2024-12-14", ["Sở Nội vụ"], []]]);
  });
});
