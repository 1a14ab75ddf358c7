// A deadline written without its year is in the plan's year, or the next when that day is already
// past on the plan's date; wording that names its year is read as written.
import { describe, expect, it } from "vitest";
import { findYearlessDay, parseInPlanYear } from "../../src/domain/plan-year.ts";

const dueOf = (wording: string, issued: string | null) => {
  const parsed = parseInPlanYear(wording, issued);
  return parsed.ok ? [parsed.deadline.due, parsed.deadline.text] : parsed.code;
};

describe("a deadline written without a year", () => {
  it.each([
    ["Trước 20/5", "2027-02-10", "2027-05-19"],
    ["chậm nhất ngày 05/9", "2027-02-10", "2027-09-05"],
    ["Quý III", "2027-02-10", "2027-09-30"],
    ["tháng 4", "2027-02-10", "2027-04-30"],
    ["Tháng 2-3", "2027-02-10", "2027-03-31"],
    ["ngày 15 tháng 6", "2027-02-10", "2027-06-15"],
  ])("%s in a plan of %s is due on %s, its wording kept", (wording, issued, due) => {
    expect(dueOf(wording, issued)).toEqual([due, wording]);
  });

  it("reads a year left unnamed after 'năm' ('Trong năm', '6 tháng đầu năm') as the plan's", () => {
    expect(dueOf("Trong năm", "2027-02-10")).toEqual(["2027-12-31", "Trong năm"]);
    expect(dueOf("6 tháng đầu năm", "2027-02-10")).toEqual(["2027-06-30", "6 tháng đầu năm"]);
    expect(dueOf("06 tháng cuối năm", "2027-02-10")).toEqual(["2027-12-31", "06 tháng cuối năm"]);
    expect(dueOf("Hằng năm", "2027-02-10")).toBe("no-date");
  });

  it("falls in the next year when the plan's year has passed that day", () => {
    expect(dueOf("Quý I", "2026-11-20")).toEqual(["2027-03-31", "Quý I"]);
    expect(dueOf("Trước 10/01", "2026-12-28")).toEqual(["2027-01-09", "Trước 10/01"]);
  });

  it("reads a written year as written, and adds none to wording that is no date", () => {
    expect(dueOf("Tháng 5/2025", "2027-02-10")).toEqual(["2025-05-31", "Tháng 5/2025"]);
    expect(dueOf("Thường xuyên", "2027-02-10")).toBe("no-date");
    expect(dueOf("Trước ngày 20 hằng tháng", "2027-02-10")).toBe("no-date");
    expect(dueOf("Quý II", null)).toBe("no-date");
  });

  it("leaves recurring wording without a date, and reads wording that only looks like it", () => {
    expect(dueOf("Định kỳ hằng năm, trước 15/12", "2027-02-10")).toBe("no-date");
    expect(dueOf("Mỗi quý, trước 20/3", "2027-02-10")).toBe("no-date");
    expect(dueOf("Liên tục, trước 30/6", "2027-02-10")).toBe("no-date");
    expect(dueOf("Hàng hóa nhập trước 30/6", "2027-02-10")).toEqual(["2027-06-29", "Hàng hóa nhập trước 30/6"]);
  });

  it("leaves months named in the plural without a year ('các tháng 3 và tháng 9') undated: they come each year", () => {
    expect(dueOf("Trước ngày 10 các tháng 3 và tháng 9", "2027-02-10")).toBe("no-date");
    expect(dueOf("Ngày 05 các quý II, IV", "2027-02-10")).toBe("no-date");
    expect(dueOf("Trong các tháng 7-8/2027", "2027-02-10")).toEqual(["2027-08-31", "Trong các tháng 7-8/2027"]);
  });
});

describe("'cả năm', the whole year, as a deadline", () => {
  it("is due on the last day of the plan's year, or of the year it names", () => {
    expect(dueOf("Cả năm", "2027-02-10")).toEqual(["2027-12-31", "Cả năm"]);
    expect(dueOf("cả năm 2028", "2027-02-10")).toEqual(["2028-12-31", "cả năm 2028"]);
  });

  it("may open with the verb of the work: 'thực hiện cả năm', 'thực hiện trong quý II'", () => {
    expect(dueOf("thực hiện cả năm", "2027-02-10")).toEqual(["2027-12-31", "thực hiện cả năm"]);
    expect(dueOf("Thực hiện trong Quý II", "2027-02-10")).toEqual(["2027-06-30", "Thực hiện trong Quý II"]);
  });
});

describe("a day written in full without its year", () => {
  it("is found in prose and falls in the plan's year, or the next when past ('trước ngày 10 tháng 11')", () => {
    const sentence = "Các phòng gửi báo cáo tổng kết về Văn phòng trước ngày 10 tháng 11.";
    expect(findYearlessDay(sentence)).toBe("trước ngày 10 tháng 11");
    expect(dueOf("trước ngày 10 tháng 11", "2027-02-10")).toEqual(["2027-11-09", "trước ngày 10 tháng 11"]);
    expect(dueOf("chậm nhất ngày 5 tháng 1", "2027-02-10")).toEqual(["2028-01-05", "chậm nhất ngày 5 tháng 1"]);
    expect(findYearlessDay("Hoàn thành trước ngày 10 tháng 11 năm 2027.")).toBeNull();
  });
});

describe("a day and month typed with a dash or a dot, the year left to the plan's", () => {
  it.each([
    ["Phòng Kinh tế lập danh mục dự án, hoàn thành trước 20-8.", "trước 20-8", "2028-08-19"],
    ["Trung tâm Y tế báo cáo kết quả chậm nhất ngày 05.11", "chậm nhất ngày 05.11", "2028-11-05"],
    ["Kho bạc đối chiếu số liệu; xong ngày 30.9.", "xong ngày 30.9", "2028-09-30"],
    ["Ban Dân tộc tổng kết chương trình, hoàn thành 12-10; gửi Sở Tài chính.", "hoàn thành 12-10", "2028-10-12"],
  ])("%s → %s, due %s", (sentence, wording, due) => {
    expect(findYearlessDay(sentence)).toBe(wording);
    expect(dueOf(wording, "2028-06-03")).toEqual([due, wording]);
  });

  it("reads 'năm sau' as the year after the plan's, even where the plan's own year has that day still to come", () => {
    const sentence = "Sở Tư pháp tổng kết công tác năm, gửi trước ngày 10.02 năm sau.";
    expect(findYearlessDay(sentence)).toBe("trước ngày 10.02 năm sau");
    expect(dueOf("trước ngày 10.02 năm sau", "2028-01-20")).toEqual(["2029-02-09", "trước ngày 10.02 năm sau"]);
    expect(dueOf("trong tháng 3 năm sau", "2028-01-20")).toEqual(["2029-03-31", "trong tháng 3 năm sau"]);
  });

  it("takes no count of days, share, legal number, start or dated day for such a date", () => {
    expect(findYearlessDay("Thông báo cho người dân trước 1-2 ngày.")).toBeNull();
    expect(findYearlessDay("Đến nay hoàn thành 2/3 khối lượng công việc.")).toBeNull();
    expect(findYearlessDay("Thực hiện theo Nghị định 61.2018 của Chính phủ.")).toBeNull();
    expect(findYearlessDay("Mở chuyên mục mới, bắt đầu từ 01-10.")).toBeNull();
    expect(findYearlessDay("Bảng giá áp dụng từ 01-01.")).toBeNull();
    expect(findYearlessDay("Giá trị hợp đồng trước 15.10.2027 được giữ.")).toBeNull();
    expect(findYearlessDay("Chi phí trước 2.5 triệu đồng.")).toBeNull();
  });
});
