// A meeting's programme, "Thời gian | Nội dung | Thực hiện" with hours of the one day in its time column, is the
// running order of the day (who speaks when), not work with a deadline; the numbered preparation below it is.
// A task table with the same columns but days in its time column still holds tasks.
import { describe, expect, it } from "vitest";
import { isClockTime } from "../../src/plan/running-order.ts";
import { parse, tasks } from "../support/text-plans.ts";

const programme = [
  "CHƯƠNG TRÌNH HỘI NGHỊ",
  ["Thời gian", "Nội dung", "Thực hiện"].join("\t"),
  ["14h00 - 14h10", "Khai mạc, giới thiệu đại biểu", "Văn phòng UBND tỉnh"].join("\t"),
  ["14h10 - 14h40", "Báo cáo sơ kết công tác chuyển đổi số 6 tháng", "Sở Nội vụ"].join("\t"),
  ["14h40 - 15h30", "Tham luận: số hóa hồ sơ thủ tục hành chính", "Sở Tư pháp"].join("\t"),
  ["", "Tham luận: thanh toán trực tuyến", "Sở Tài chính"].join("\t"),
  ["15h30 - 16h00", "Kết luận Hội nghị", "Chủ tịch UBND tỉnh"].join("\t"),
  "PHÂN CÔNG CHUẨN BỊ",
  "1. Sở Nội vụ hoàn chỉnh báo cáo sơ kết, gửi Văn phòng UBND tỉnh chậm nhất ngày 10/7/2024.",
  "2. Sở Tư pháp gửi bài tham luận về Sở Nội vụ chậm nhất ngày 08/7/2024.",
].join("\n");

describe("a meeting's running order", () => {
  it("its rows are no tasks; the preparation below it is", () => {
    expect(tasks(parse(programme, { issued: "2024-07-01" }))).toEqual([
      ["1", "2024-07-10", ["Sở Nội vụ"], []],
      ["2", "2024-07-08", ["Sở Tư pháp"], []],
    ]);
  });

  it("a table of the same columns with days for its times holds tasks", () => {
    const table = [
      ["STT", "Nội dung", "Thực hiện", "Thời gian"].join("\t"),
      ["1", "Báo cáo sơ kết công tác chuyển đổi số", "Sở Nội vụ", "Trước 10/7/2024"].join("\t"),
      ["2", "Tổng hợp bài tham luận", "Sở Tư pháp", "Tháng 8/2024"].join("\t"),
    ].join("\n");
    expect(tasks(parse(table, { issued: "2024-07-01" })).map((t) => t[0])).toEqual(["1", "2"]);
  });

  it("knows an hour of the day from a day", () => {
    expect(["08h00 - 08h15", "8 giờ 30", "08:15 – 09:00", "Từ 8 giờ đến 9 giờ 30"].map(isClockTime)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["Quý II", "Trước 30/6/2026", "15/12", "Tháng 3", "Thường xuyên"].map(isClockTime)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
