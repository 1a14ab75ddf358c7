// The corpus measure itself, on a document made in a temporary folder: the Bắc Kạn 2023
// seed (which seed-plans.test.ts pins as read right) with an expected.json written here.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { measureDocument } from "../plan-corpus/harness.ts";
import { PLANS } from "../support/fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "corpus-harness-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const task4 = {
  ref: "4",
  title: "Tổ chức điều tra XHH xác định Chỉ số CCHC",
  due: "2023-11-30",
  effectiveDue: "2023-11-30",
  inherited: false,
  lead: ["Sở Nội vụ"],
  coordinators: ["@departments", "@districts", "UBND cấp xã", "Người dân", "Doanh nghiệp"],
};

function writeDocument(tasks: object[]): void {
  copyFileSync(PLANS.bacKan2023, join(dir, "plan.txt"));
  writeFileSync(join(dir, "plan.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x00]));
  const expected = { id: "bk", style: "", province: "Bắc Kạn", plan: { number: null, date: null }, tasks };
  writeFileSync(join(dir, "expected.json"), JSON.stringify({ ...expected, unresolved: ["UBND cấp xã"] }));
}

describe("measureDocument", () => {
  it("expands group tokens to the directory's units and does not count a lead again as a coordinator", async () => {
    writeDocument([task4]);
    const measure = await measureDocument(dir, "txt");
    const facts = Object.fromEntries(measure.facts.map((f) => [f.key, f.right]));
    expect(facts).toMatchObject({
      number: true,
      date: true,
      "task 4 found": true,
      "task 4 title": true,
      "task 4 due": true,
      "task 4 effectiveDue": true,
      "task 4 lead": true,
      "task 4 coordinators": true,
      'unresolved "UBND cấp xã"': true,
    });
  });

  it("scores a title that is not the task's words as wrong: a column's group, a criterion, a unit", async () => {
    writeDocument([{ ...task4, title: "Tổ chức hội nghị tập huấn nghiệp vụ cho công chức" }]);
    const measure = await measureDocument(dir, "txt");
    expect(measure.facts.find((f) => f.key === "task 4 title")).toMatchObject({ right: false });
  });

  it("counts every other dated task as spurious, and a wrong deadline as wrong", async () => {
    writeDocument([{ ...task4, due: "2023-11-29" }]);
    const measure = await measureDocument(dir, "txt");
    expect(measure.facts.find((f) => f.key === "task 4 due")).toMatchObject({
      right: false,
      expected: "2023-11-29",
      found: "2023-11-30",
    });
    expect(measure.facts.filter((f) => f.key.startsWith("spurious"))).toHaveLength(14);
    expect(measure.total).toBe(2 + 6 + 1 + 14);
  });

  it("scores a file the readers refuse 0 over every expected fact, with the reader's error", async () => {
    writeDocument([task4]);
    const measure = await measureDocument(dir, "pdf");
    expect(measure).toMatchObject({ error: "not-a-plan", right: 0, total: 9, share: 0 });
  });

  it("pairs the tasks the answers give one shared ref by title, among the tasks at or under that ref", async () => {
    const plan = [
      "UBND TỈNH BẮC KẠN",
      "Số: 12/KH-UBND\tBắc Kạn, ngày 10 tháng 01 năm 2023",
      "KẾ HOẠCH",
      "Thử nghiệm",
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Sở Nội vụ: lập danh sách cán bộ được cử đi học, xong trước ngày 21/3/2023; tổ chức lớp bồi dưỡng kỹ năng, hoàn thành trong tháng 6/2023.",
    ].join("\n");
    writeDocument([]);
    writeFileSync(join(dir, "plan.txt"), plan);
    const duty = (title: string, due: string) => ({
      ...task4,
      ref: "II.1",
      title,
      due,
      effectiveDue: due,
      lead: ["Sở Nội vụ"],
      coordinators: [],
    });
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
    expected.tasks = [
      duty("Tổ chức lớp bồi dưỡng kỹ năng", "2023-06-30"),
      duty("Lập danh sách cán bộ được cử đi học", "2023-03-20"),
    ];
    expected.unresolved = [];
    writeFileSync(join(dir, "expected.json"), JSON.stringify(expected));
    const measure = await measureDocument(dir, "txt");
    expect(measure.facts.filter((f) => f.key.startsWith("task") && !f.right)).toEqual([]);
  });
});
