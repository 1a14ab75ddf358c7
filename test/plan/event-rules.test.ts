// A plan organising an event (a contest, a festival) first sets out its rules: who enters, on what, in which form,
// a table of its rounds with their days. None of it is given to a unit: the work comes in its own part, where a
// heading addressing units over dashes of which one only is dated gives that one task under its own number.
import { describe, expect, it } from "vitest";
import { parse, tasks } from "../support/text-plans.ts";

describe("an event's rules", () => {
  it("and its table of rounds hold no task; the part that gives the work does", () => {
    const plan = parse(
      [
        "II. ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC VÀ THỜI GIAN",
        "1. Đối tượng: học sinh trung học phổ thông trên địa bàn tỉnh.",
        "2. Thời gian: Cuộc thi diễn ra từ ngày 02/9/2024 đến ngày 27/9/2024, theo lịch sau:",
        "Đợt thi\tMở đề\tĐóng đề",
        "Thứ nhất\tNgày 02/9/2024\tNgày 13/9/2024",
        "Thứ hai\tNgày 16/9/2024\tNgày 27/9/2024",
        "3. Tổng kết, trao giải: dự kiến trong tháng 11/2024.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Giáo dục và Đào tạo xây dựng đề thi trước ngày 20/8/2024.",
        "2. UBND các huyện, thành phố:",
        "- Gửi danh sách người phụ trách về Sở Giáo dục và Đào tạo trước ngày 25/8/2024.",
        "- Vận động học sinh tham gia Cuộc thi.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => [t[0], t[1]])).toEqual([
      ["III.1", "2024-08-19"],
      ["III.2", "2024-08-24"],
    ]);
  });

  it("leave a heading whose dashes are several tasks a list of them", () => {
    const plan = parse(
      [
        "III. TỔ CHỨC THỰC HIỆN",
        "2. UBND các huyện, thành phố:",
        "- Gửi danh sách người phụ trách về Sở Giáo dục và Đào tạo trước ngày 25/8/2024.",
        "- Báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 15/10/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => t[0])).toEqual(["III.2.1", "III.2.2"]);
  });

  it("says when and where the event is held and who attends: the event, no task", () => {
    const plan = parse(
      [
        "II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN",
        "- Thời gian: 01 buổi, sáng thứ Năm ngày 12/9/2024.",
        "- Địa điểm: Hội trường Nhà văn hóa tỉnh.",
        "- Thành phần: 200 đại biểu.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Văn hóa, Thể thao và Du lịch chuẩn bị hội trường trước ngày 10/9/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => [t[0], t[1]])).toEqual([["III.1", "2024-09-09"]]);
  });

  it("says it in the same section as the event's aims: the event, no task", () => {
    const plan = parse(
      [
        "I. MỤC ĐÍCH, YÊU CẦU; THỜI GIAN, ĐỊA ĐIỂM",
        "1. Tôn vinh các tập thể, cá nhân tiêu biểu.",
        "2. Thời gian, địa điểm: hội diễn từ ngày 20/9/2024 đến ngày 22/9/2024 tại Nhà văn hóa tỉnh.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Sở Văn hóa, Thể thao và Du lịch chuẩn bị hội trường trước ngày 10/9/2024.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => [t[0], t[1]])).toEqual([["II.1", "2024-09-09"]]);
  });

  it("gives the one dated dash right under a Roman section the section's number", () => {
    const plan = parse(
      [
        "IV. TỔ CHỨC THỰC HIỆN",
        "- Các đơn vị gửi danh sách đại biểu về Sở Nội vụ trước ngày 05/9/2024.",
        "- Kinh phí từ nguồn chi thường xuyên của Sở.",
      ].join("\n"),
    );
    expect(tasks(plan).map((t) => [t[0], t[1]])).toEqual([["IV", "2024-09-04"]]);
  });

  it("gives the one dated plain paragraph right under a Roman section the section's number", () => {
    const plan = parse(
      [
        "IV. TỔ CHỨC THỰC HIỆN",
        "Ban Chỉ đạo đã được thành lập tại Quyết định số 210/QĐ-UBND ngày 02/02/2024. Giao Sở Nội vụ theo dõi, tổng hợp kết quả, báo cáo UBND tỉnh trong tháng 12/2024.",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Nội vụ để tổng hợp.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["IV", "2024-12-31", ["Sở Nội vụ"], []]]);
  });
});
