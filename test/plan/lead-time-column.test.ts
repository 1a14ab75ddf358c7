// One column naming who leads and by when ("Đơn vị chủ trì – thời hạn"): each cell the unit, a dash, the time.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { leadAndTime } from "../../src/plan/lead-time-column.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a column of the lead and its time", () => {
  it("reads the unit as the lead and what follows the dash as the deadline", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ CỤ THỂ",
        "STT\tNhiệm vụ\tĐơn vị chủ trì – thời hạn\tĐơn vị phối hợp",
        "1\tBan hành kế hoạch chi tiết\tSở Y tế – 10/02/2024\tSở Tư pháp",
        "2\tRà soát hạ tầng công nghệ\tSở Tư pháp – trước 31/3/2024\tSở Y tế",
        "3\tCập nhật hồ sơ sức khỏe\tSở Y tế – thường xuyên\tCông an tỉnh",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([
      ["1", "2024-02-10", ["Sở Y tế"], ["Sở Tư pháp"]],
      ["2", "2024-03-30", ["Sở Tư pháp"], ["Sở Y tế"]],
      ["3", null, ["Sở Y tế"], ["Công an tỉnh"]],
    ]);
  });

  it("keeps a dash inside a unit's name, and a cell of a time alone", () => {
    expect(leadAndTime("Đài Phát thanh - Truyền hình tỉnh")).toEqual({
      lead: "Đài Phát thanh - Truyền hình tỉnh",
      time: "",
    });
    expect(leadAndTime("Đài Phát thanh - Truyền hình tỉnh – Quý II/2024")).toEqual({
      lead: "Đài Phát thanh - Truyền hình tỉnh",
      time: "Quý II/2024",
    });
    expect(leadAndTime("Tháng 6/2024")).toEqual({ lead: "", time: "Tháng 6/2024" });
  });

  it("reads the time on the unit's own line of a wrapped cell, however it is written, the unit's dash kept", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ CỤ THỂ",
        "TT\tNội dung công việc\tĐơn vị chủ trì, thời hạn hoàn thành\tĐơn vị phối hợp",
        "1\tXây dựng bộ câu hỏi khảo sát\tSở Xây dựng Tháng 5/2023\tSở Tư pháp",
        "2\tHướng dẫn chi trả trợ cấp\tSở Lao động - Thương binh và Xã hội Thời gian: 16/6/2023\tSở Tài chính",
        "3\tTổng hợp ý kiến doanh nghiệp\tChủ trì: Sở Công Thương Hoàn thành trước 15/9/2023\tSở Y tế",
        "4\tCập nhật dữ liệu đất đai\tSở Tài nguyên và Môi trường (Quý III/2023)\tSở Xây dựng",
        "5\tTrả lời phản ánh của người dân\tSở Y tế Thường xuyên\tSở Nội vụ",
        "6\tKiểm tra trường học\tSở Giáo dục và Đào tạo 22/11/2023\tSở Y tế",
      ].join("\n"),
      { directory: THAI_NGUYEN, issued: "2023-03-01" },
    );
    expect(tasks(plan)).toEqual([
      ["1", "2023-05-31", ["Sở Xây dựng"], ["Sở Tư pháp"]],
      ["2", "2023-06-16", ["Sở Lao động - Thương binh và Xã hội"], ["Sở Tài chính"]],
      ["3", "2023-09-14", ["Sở Công Thương"], ["Sở Y tế"]],
      ["4", "2023-09-30", ["Sở Tài nguyên và Môi trường"], ["Sở Xây dựng"]],
      ["5", null, ["Sở Y tế"], ["Sở Nội vụ"]],
      ["6", "2023-11-22", ["Sở Giáo dục và Đào tạo"], ["Sở Y tế"]],
    ]);
  });

  it("reads a workbook's cell wrapped with Alt+Enter as its unit and its time", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("KH");
    sheet.addRow(["UBND TỈNH THÁI NGUYÊN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    sheet.addRow(["Số: 31/KH-UBND", "", "Thái Nguyên, ngày 01 tháng 3 năm 2023"]);
    sheet.addRow(["KẾ HOẠCH"]);
    sheet.addRow(["TT", "Nội dung", "Cơ quan chủ trì,\nthời gian thực hiện", "Cơ quan phối hợp"]);
    sheet.addRow([1, "Đánh giá mức độ hài lòng", "Sở Nội vụ\nThời gian: 18/10/2023", "Sở Y tế"]);
    sheet.addRow([2, "Tuyên truyền chính sách", "Sở Thông tin và Truyền thông\n(Tháng 8/2023)", ""]);
    const parsed = await parsePlanBuffer(Buffer.from(await book.xlsx.writeBuffer()), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(tasks(parsed.value)).toEqual([
      ["1", "2023-10-18", ["Sở Nội vụ"], ["Sở Y tế"]],
      ["2", "2023-08-31", ["Sở Thông tin và Truyền thông"], []],
    ]);
  });

  it("reads a huge cell and many rows in bounds", () => {
    const start = performance.now();
    const huge = `${"Sở Y tế ".repeat(12_500)}Tháng 5/2023`;
    expect(leadAndTime(huge).time).toBe("Tháng 5/2023");
    expect(leadAndTime("1 ".repeat(50_000)).lead).not.toBeUndefined();
    for (let k = 0; k < 1500; k++)
      expect(leadAndTime(`Sở Nội vụ Thời gian: ${(k % 28) + 1}/5/2023`).lead).toBe("Sở Nội vụ");
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
