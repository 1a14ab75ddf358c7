// An appendix after the signature that assigns the plan's tasks: numbered items grouped under headings of their
// period ("QUÝ II (hạn chung: 30/6)"), each with labelled lines or labels after its title, in the plan's own
// abbreviations.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

const signed = ["III. TỔ CHỨC THỰC HIỆN", "Các phòng triển khai thực hiện./.", "Nơi nhận:", "- Như trên;", "GIÁM ĐỐC"];

describe("an appendix assigning tasks by quarter, after the signature", () => {
  const plan = parse(
    [
      ...signed,
      "PHỤ LỤC",
      "BẢNG PHÂN CÔNG NHIỆM VỤ NĂM 2024",
      "Chữ viết tắt: CT - chủ trì; PH - phối hợp; P.KHTC - Phòng Kế hoạch - Tài chính; STP - Sở Tư pháp.",
      "QUÝ II (hạn chung: 28/6)",
      "1. Rà soát quy chế chi tiêu nội bộ",
      "CT: P.KHTC; PH: STP",
      "Hạn: 17/5",
      "2. Lập dự toán kinh phí năm sau",
      "CT: P.KHTC",
      "Hạn: trong quý",
      "3. Báo cáo kết quả quý II/2024 gửi Sở Nội vụ",
      "CT: P.KHTC",
      "Hạn: 12/6",
      "CẢ NĂM",
      "4. Công khai tài chính theo quy định",
      "CT: P.KHTC; PH: STP",
      "Hạn: cả năm",
      "5. Cập nhật cơ sở dữ liệu",
      "CT: P.KHTC",
      "Hạn: thường xuyên",
    ].join("\n"),
    { issued: "2024-03-05" },
  );

  it("reads each item by its number, its units spelled out by the plan's list, its day in the plan's year", () => {
    expect(tasks(plan)).toEqual([
      ["1", "2024-05-17", ["?Phòng Kế hoạch - Tài chính"], ["Sở Tư pháp"]],
      ["2", "2024-06-28", ["?Phòng Kế hoạch - Tài chính"], []],
      ["3", "2024-06-12", ["?Phòng Kế hoạch - Tài chính"], []],
      ["4", "2024-12-31", ["?Phòng Kế hoạch - Tài chính"], ["Sở Tư pháp"]],
    ]);
  });

  it("gives 'trong quý' the group's shared deadline, marked as inherited from the group", () => {
    const second = plan.tasks.find((t) => t.ref === "2")!;
    expect(second.deadline?.inheritedFrom).toBe("QUÝ II");
    expect(plan.tasks.find((t) => t.ref === "QUÝ II")).toMatchObject({ kind: "heading", title: "QUÝ II" });
  });

  it("titles an item by its words, a period they name giving way to the labelled day", () => {
    expect(plan.tasks.find((t) => t.ref === "3")!.title).toBe("Báo cáo kết quả quý II/2024 gửi Sở Nội vụ");
  });
});

describe("items carrying their labels after a dash, under a milestone heading", () => {
  it("takes the milestone's month when an item gives no deadline, and cuts the title before its labels", () => {
    const plan = parse(
      [
        ...signed,
        "PHỤ LỤC: LỊCH TRIỂN KHAI",
        "GIAI ĐOẠN 2 - HOÀN THÀNH TRONG THÁNG 9/2024",
        "2.1. Tập huấn nghiệp vụ — Chủ trì: Sở Tư pháp; phối hợp: Phòng Văn hóa - Thông tin — Hạn: 12/9/2024.",
        "2.2. Niêm yết thủ tục hành chính — Chủ trì: Sở Tài chính.",
      ].join("\n"),
      { issued: "2024-03-05" },
    );
    expect(tasks(plan)).toEqual([
      ["2.1", "2024-09-12", ["Sở Tư pháp"], ["?Phòng Văn hóa - Thông tin"]],
      ["2.2", "2024-09-30", ["Sở Tài chính"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "2.1")!.title).toBe("Tập huấn nghiệp vụ");
  });
});

describe("a label line run on into its item, as a PDF's ragged column joins them", () => {
  it("is cut off the item at its capital: 'tại 02 xã CT: …' is the title, then the label", () => {
    const plan = parse(
      [
        ...signed,
        "PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ",
        "QUÝ III (hạn chung: 30/9)",
        "1. Kiểm tra việc giải quyết hồ sơ tại 02 xã CT: Sở Tư pháp; PH: Sở Tài chính",
        "Hạn: trong quý",
        "2. Giao Sở Y tế chủ trì: tổng hợp số liệu, hoàn thành trước ngày 15/8/2024",
      ].join("\n"),
      { issued: "2024-03-05" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-09-30", ["Sở Tư pháp"], ["Sở Tài chính"]],
      ["2", "2024-08-14", ["Sở Y tế"], []],
    ]);
    expect(plan.tasks.find((t) => t.ref === "1")!.title).toBe("Kiểm tra việc giải quyết hồ sơ tại 02 xã");
  });
});

describe("an appendix that is a form, after the signature", () => {
  it("holds no task: an outline of a report to write dates nothing", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Tư pháp rà soát văn bản, hoàn thành trước ngày 15/6/2024.",
        ...signed,
        "PHỤ LỤC",
        "ĐỀ CƯƠNG BÁO CÁO KẾT QUẢ THỰC HIỆN",
        "I. KẾT QUẢ",
        "1. Số liệu tính từ ngày 01/01/2024 đến ngày 31/5/2024.",
      ].join("\n"),
      { issued: "2024-03-05" },
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-06-14", ["Sở Tư pháp"], []]]);
  });
});

describe("a 'Cơ quan thực hiện' label saying both roles", () => {
  it("is read by its grammar: 'X chủ trì, phối hợp với Y' leads with X, Y coordinating", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Tập huấn nghiệp vụ kiểm soát thủ tục hành chính.",
        "- Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Sở Tài chính.",
        "- Thời gian: Tháng 5/2024.",
      ].join("\n"),
      { issued: "2024-03-05" },
    );
    expect(tasks(plan)).toEqual([["II.1", "2024-05-31", ["Sở Tư pháp"], ["Sở Tài chính"]]]);
  });
});
