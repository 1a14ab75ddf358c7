import { describe, expect, it } from "vitest";
import { findDeadlineWording, parseDeadline } from "../../src/domain/deadline.ts";

describe("parseDeadline", () => {
  it.each([
    // "trước ngày D": the last allowed day is D-1
    ["trước ngày 30/11/2019", "2019-11-29", "before"],
    ["Trước ngày 01/01/2020", "2019-12-31", "before"],
    ["trước ngày 01/03/2020", "2020-02-29", "before"],
    ["Thời gian hoàn thành trước ngày 15/12/2019", "2019-12-14", "before"],
    ["THỜI GIAN XONG TRƯỚC NGÀY 05/12/2019", "2019-12-04", "before"],
    ["trước 30.11.2019", "2019-11-29", "before"],
    ["trước ngày 5/12/19", "2019-12-04", "before"],
    // "chậm nhất ngày D", "ngày D": D itself
    ["chậm nhất ngày 19/01/2020", "2020-01-19", "on"],
    ["Ngày 10/10/2020", "2020-10-10", "on"],
    ["ngày 10 tháng 10 năm 2020", "2020-10-10", "on"],
    ["Thời gian hoàn thành: chậm nhất ngày 19/01/2020", "2020-01-19", "on"],
    ["30/11/2019", "2019-11-30", "on"],
    ["từ ngày 01/12/2018 đến hết ngày 30/11/2019", "2019-11-30", "on"],
    // months: the last day
    ["Tháng 10/2023", "2023-10-31", "month"],
    ["Tháng 02/2024", "2024-02-29", "month"],
    ["Tháng 02/2023", "2023-02-28", "month"],
    ["Tháng 11 năm 2020", "2020-11-30", "month"],
    ["tháng 6/2024", "2024-06-30", "month"],
    // quarters: the last day
    ["Quý I/2025", "2025-03-31", "quarter"],
    ["Quý II/2024", "2024-06-30", "quarter"],
    ["Quý III năm 2021", "2021-09-30", "quarter"],
    ["Quý IV năm 2020", "2020-12-31", "quarter"],
    ["quý 4/2020", "2020-12-31", "quarter"],
    ["THỜI GIAN HOÀN THÀNH: QUÝ II/2024", "2024-06-30", "quarter"],
    // a whole year
    ["Năm 2024", "2024-12-31", "year"],
    // decomposed Unicode (NFD) reads the same
    ["Tha\u0301ng 10/2023", "2023-10-31", "month"],
  ])("%s → %s", (text, due, kind) => {
    const result = parseDeadline(text);
    expect(result).toEqual({ ok: true, deadline: { text: text.normalize("NFC"), due, kind } });
  });

  it.each(["đúng thời gian quy định", "Thường xuyên", "", "-", "Theo tiến độ"])("%j gives no deadline", (text) => {
    expect(parseDeadline(text)).toMatchObject({ ok: false, code: "no-date" });
  });

  it.each(["trước ngày 31/02/2020", "ngày 29/02/2023", "Tháng 13/2023", "ngày 32/1/2024"])(
    "%s names a day that does not exist",
    (text) => {
      expect(parseDeadline(text)).toMatchObject({ ok: false, code: "invalid-date" });
    },
  );
});

describe("findDeadlineWording", () => {
  it("takes the wording from its keyword to the end of the sentence", () => {
    expect(
      findDeadlineWording(
        "- Hướng dẫn các Sở xây dựng báo cáo. Thời gian xong **trước ngày 05/12/2019**.".replace(/\*/g, ""),
      ),
    ).toBe("Thời gian xong trước ngày 05/12/2019");
  });

  it("ignores dates that are not deadlines", () => {
    expect(findDeadlineWording("Triển khai Quyết định số 1000/QĐ-BNV ngày 14/11/2019 của Bộ Nội vụ")).toBeNull();
    expect(findDeadlineWording("Tham mưu công bố Chỉ số CCHC năm 2023 đúng thời gian quy định.")).toBeNull();
  });
});

describe("parseDeadline on a date that does not exist", () => {
  it.each([
    ["31/02/2020", { fault: "day-not-in-month", written: "31/02/2020", month: 2, year: "2020", days: 29 }],
    ["trước ngày 31/04/2020", { fault: "day-not-in-month", written: "31/04/2020", month: 4, year: "2020", days: 30 }],
    ["10/13/2020", { fault: "no-such-month", written: "10/13/2020", month: 13 }],
    ["Tháng 13/2020", { fault: "no-such-month", written: "13/2020", month: 13 }],
  ])("%s says why", (text, why) => {
    expect(parseDeadline(text)).toEqual({ ok: false, code: "invalid-date", text, why });
  });
});
