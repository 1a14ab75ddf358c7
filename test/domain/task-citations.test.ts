// How an appendix writes the number of a task of the body, and what it never means.
import { describe, expect, it } from "vitest";
import { citedRef, partNumbered, taskCitations } from "../../src/domain/task-citations.ts";

describe("taskCitations", () => {
  it("reads dotted, run-together and worded numbers as the body's refs", () => {
    expect(taskCitations("I.3.c")).toEqual(["I.3.c"]);
    expect(taskCitations("Nhiệm vụ 7d")).toEqual(["7.d"]);
    expect(taskCitations("Điểm d khoản 2 Mục I")).toEqual(["I.2.d"]);
    expect(taskCitations("Khoản 5 Mục III của Kế hoạch")).toEqual(["III.5"]);
  });

  it("reads several points, clauses and lists", () => {
    expect(taskCitations("Điểm b, điểm d khoản 1 và điểm a khoản 6 Mục IV")).toEqual(["IV.1.b", "IV.1.d", "IV.6.a"]);
    expect(taskCitations("I.1.b; I.2.a và III.4")).toEqual(["I.1.b", "I.2.a", "III.4"]);
  });

  it("never reads a row's own number, a date or a name as a citation", () => {
    for (const cell of ["3", "2.4", "IV", "15/7/2024", "Quý II", "Sở Y tế", "b"])
      expect(taskCitations(cell)).toBeNull();
  });
});

describe("partNumbered", () => {
  it("reads the part a column's title says its numbers are tasks of, and bare numbers as that part's tasks", () => {
    expect(partNumbered("Các việc (STT tại Phần II)")).toBe("II");
    expect(partNumbered("Số thứ tự nhiệm vụ ở mục 3")).toBe("3");
    expect(taskCitations("2, 5 và 9", partNumbered("Nhiệm vụ (số thứ tự tại Mục IV)"))).toEqual([
      "IV.2",
      "IV.5",
      "IV.9",
    ]);
  });

  it("reads no part from a title that numbers nothing elsewhere", () => {
    for (const title of ["STT", "Nội dung nhiệm vụ", "Số nhiệm vụ", "Mục tại Kế hoạch", "Thời hạn"])
      expect(partNumbered(title)).toBeNull();
  });
});

describe("citedRef", () => {
  it("finds the one ref a key ends, and none when two do", () => {
    expect(citedRef(["I.1", "II.7.d"], "7.d")).toBe("II.7.d");
    expect(citedRef(["I.7.d", "II.7.d"], "7.d")).toBeNull();
    expect(citedRef(["I.7.d", "II.7.d"], "II.7.d")).toBe("II.7.d");
  });
});
