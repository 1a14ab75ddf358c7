// Dates whose day, month or quarter a formal plan writes in words.
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/domain/deadline.ts";
import { dayInWords, withNumberWords } from "../../src/domain/number-words.ts";

const due = (wording: string) => {
  const read = parseDeadline(wording);
  return read.ok ? read.deadline.due : null;
};

describe("numbers of a date written in words", () => {
  it("read days from one to thirty-one", () => {
    expect([dayInWords("năm"), dayInWords("mười"), dayInWords("mười bốn"), dayInWords("hai mươi lăm")]).toEqual([
      5, 10, 14, 25,
    ]);
    expect([dayInWords("ba mươi mốt"), dayInWords("bốn mươi")]).toEqual([31, null]);
  });

  it("date a deadline by its day, its capitalised month and its quarter", () => {
    expect(due("chậm nhất ngày hai mươi hai tháng Chín năm 2027")).toBe("2027-09-22");
    expect(due("hoàn thành ngày mùng năm tháng Giêng năm 2027")).toBe("2027-01-05");
    expect(due("trong tháng Mười Một năm 2027")).toBe("2027-11-30");
    expect(due("từ tháng Hai đến hết tháng Tư năm 2027")).toBe("2027-04-30");
    expect(due("Quý Hai năm 2027")).toBe("2027-06-30");
  });

  it("leave 'tháng năm' in lower case, month and year, as it is", () => {
    expect(withNumberWords("số liệu theo tháng năm 2027")).toBe("số liệu theo tháng năm 2027");
  });

  it("read a month in lower case when its year follows it, and only then", () => {
    expect(due("xong trước ngày mười lăm tháng tám năm 2024")).toBe("2024-08-14");
    expect(due("chậm nhất ngày mười tháng chín năm hai nghìn không trăm hai mươi tư")).toBe("2024-09-10");
    expect(due("trong tháng năm năm 2025")).toBe("2025-05-31");
    expect(withNumberWords("mỗi tháng hai lần")).toBe("mỗi tháng hai lần");
  });

  it("read a year 'hết' runs out on its last day", () => {
    expect(due("đến hết năm 2027")).toBe("2027-12-31");
    expect(due("hết năm 2027")).toBe("2027-12-31");
  });
});
