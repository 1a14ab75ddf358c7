// How an appendix writes the number of a task of the body, and what it never means.
import { describe, expect, it } from "vitest";
import { citedRef, citedRuns, partNumbered, taskCitations } from "../../src/domain/task-citations.ts";
import { citations } from "../support/large-inputs.ts";

describe("taskCitations", () => {
  it("reads dotted, run-together and worded numbers as the body's refs", () => {
    expect(taskCitations("I.3.c")).toEqual(["I.3.c"]);
    expect(taskCitations("Nhiệm vụ 7d")).toEqual(["7.d"]);
    expect(taskCitations("Điểm d khoản 2 Mục I")).toEqual(["I.2.d"]);
    expect(taskCitations("Khoản 5 Mục III của Kế hoạch")).toEqual(["III.5"]);
  });

  it("tells point đ from point d, and reads past a remark in brackets after the citation", () => {
    expect(taskCitations("Điểm đ khoản 2")).toEqual(["2.đ"]);
    expect(taskCitations("Điểm d và điểm đ khoản 4 Mục III")).toEqual(["III.4.d", "III.4.đ"]);
    expect(taskCitations("Điểm e khoản 2 (đề nghị)")).toEqual(["2.e"]);
    expect(taskCitations("(đề nghị)")).toBeNull();
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

describe("citedRuns", () => {
  const keys = (text: string) => citedRuns(text).map((run) => run.keys);

  it("finds the points a sentence hands out, however it lists them", () => {
    expect(keys("Công an tỉnh chủ trì các nhiệm vụ 4, 6 và 7 mục III")).toEqual([["III.4", "III.6", "III.7"]]);
    expect(keys("phụ trách các điểm c, d khoản 2 mục I")).toEqual([["I.2.c", "I.2.d"]]);
    expect(keys("thực hiện nội dung tại mục IV.3")).toEqual([["IV.3"]]);
    expect(keys("thực hiện từ điểm 2 đến điểm 5; điểm 9")).toEqual([["2", "3", "4", "5"], ["9"]]);
    expect(citedRuns("chủ trì điểm 3 Mục V")[0]!.section).toBe("V");
  });

  it("never cites with a count, a purpose or a point's letter read as a section", () => {
    expect(keys("trong 3 ngày; mục đích, yêu cầu; khoản 5 tháng")).toEqual([]);
    expect(keys("điểm c")).toEqual([["c"]]);
  });

  it("reads a sentence of a hundred thousand citations in one pass", () => {
    expect(citedRuns(citations(100_000))[0]!.keys).toHaveLength(100_000);
  });
});
