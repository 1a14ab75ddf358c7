// Repeating work a plan says is first due in the nearest period from its own date.
import { describe, expect, it } from "vitest";
import { firstInstance, saysFirstInstance } from "../../src/domain/first-instance.ts";

const due = (wording: string, issued = "2027-04-10") => firstInstance(wording, issued)?.due ?? null;

describe("the first instance of repeating work", () => {
  it("is the first yearly day on or after the plan's date, before it the day before", () => {
    expect(due("Trước ngày 20/11 hằng năm")).toBe("2027-11-19");
    expect(due("Chậm nhất ngày 10/02 hàng năm")).toBe("2028-02-10");
    expect(due("Trước ngày 30/6 và ngày 31/12 hằng năm")).toBe("2027-06-29");
    expect(due("Quý III hằng năm")).toBe("2027-09-30");
    expect(due("Từ tháng 5 đến tháng 7 hằng năm")).toBe("2027-07-31");
  });

  it("is the first day of the named month of a quarter, or of a month", () => {
    expect(due("Hằng quý, trước ngày 25 tháng cuối quý")).toBe("2027-06-24");
    expect(due("Hằng quý, ngày 05 tháng đầu quý")).toBe("2027-07-05");
    expect(due("Định kỳ hằng tháng, trước ngày 03")).toBe("2027-05-02");
  });

  it("is none for work that goes on, or repeats on no day written", () => {
    expect(due("Thường xuyên")).toBeNull();
    expect(due("Theo lịch được duyệt hằng năm")).toBeNull();
    expect(due("Hằng quý")).toBeNull();
    expect(due("Tháng 11/2027")).toBeNull();
  });
});

describe("a plan's note on when repeating work starts", () => {
  it("is told by 'lần đầu … kỳ gần nhất' or 'kể từ ngày ban hành'", () => {
    expect(saysFirstInstance("Nhiệm vụ làm hằng năm thực hiện lần đầu vào kỳ gần nhất sau ngày ký.")).toBe(true);
    expect(saysFirstInstance("Việc hằng quý bắt đầu kể từ ngày ban hành Kế hoạch.")).toBe(true);
    expect(saysFirstInstance("Các nhiệm vụ thực hiện hằng năm theo hướng dẫn.")).toBe(false);
  });
});
