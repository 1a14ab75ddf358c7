// In a plan issued on a day, a day before it is no deadline when a later one follows: the reader looks past each such
// day for a later one. A sentence may hold thousands of them (a list of documents, of months already reported); each is
// judged within a reach of its keyword, and what is said just before a day within a few words, so the cost grows with
// the sentence, not with its square.
import { describe, expect, it } from "vitest";
import { datesDocument, findDeadlineWording } from "../../src/domain/deadline-wording.ts";

const issued = "2026-03-02";

/** Clauses `clause` makes, joined by commas, until they are longer than `size`. */
function clauses(size: number, clause: (k: number) => string): string {
  const made: string[] = [];
  for (let length = 0; length <= size; length += made.at(-1)!.length + 2) made.push(clause(made.length));
  return made.join(", ");
}

/** Clauses each naming a day of 2025 before which something was done. */
const daysBefore = (size: number) =>
  clauses(size, (k) => {
    const day = `${(k % 28) + 1}/${(k % 12) + 1}/2025`;
    return [
      `các văn bản ban hành trước ngày ${day}`,
      `hồ sơ nộp trước ${day}`,
      `các đề án hoàn thành trước ngày ${day}`,
    ][k % 3]!;
  });
const figures = (size: number) => clauses(size, (k) => `số liệu đến ngày ${(k % 28) + 1}/12/2025`);
const weeks = (size: number) => clauses(size, (k) => `tuần đầu tháng ${(k % 12) + 1}/2025`);

describe("days before the plan's issue", () => {
  it("give way to a later day, however long the wording after it", () => {
    expect(
      findDeadlineWording("Rà soát các văn bản ban hành trước ngày 01/7/2025, báo cáo trước ngày 15/5/2026.", issued),
    ).toBe("trước ngày 15/5/2026");
    // A later day's wording longer than the reach it is judged within is given back whole.
    const tail = "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh và các bộ, ngành theo quy định ".repeat(8).trim();
    expect(
      findDeadlineWording(
        `Rà soát các văn bản ban hành trước ngày 01/7/2025, gửi trước ngày 15/5/2026 ${tail}.`,
        issued,
      ),
    ).toBe(`trước ngày 15/5/2026 ${tail}`);
  });

  it("stay the first day's wording when no later day follows, and no deadline when it is the figures' day", () => {
    expect(findDeadlineWording("Rà soát các văn bản ban hành trước ngày 01/7/2025 của các xã.", issued)).toBe(
      "trước ngày 01/7/2025 của các xã",
    );
    expect(findDeadlineWording("Cung cấp số liệu dân số đến ngày 31/12/2025.", issued)).toBeNull();
  });

  // Each sentence, with what it reads as: the later day; with none after them, the first day's wording running to the
  // sentence's end, as in a short sentence; the figures' day, no deadline.
  const sentences: [string, (size: number) => [string, string | null]][] = [
    [
      "days, then a later one",
      (n) => [`Các sở rà soát ${daysBefore(n)}, gửi Sở Nội vụ trước ngày 15/5/2026.`, "trước ngày 15/5/2026"],
    ],
    [
      "days",
      (n) => {
        const days = daysBefore(n);
        return [`Các sở rà soát ${days}.`, days.slice(days.indexOf("trước ngày"))];
      },
    ],
    ["figures' days", (n) => [`Cung cấp ${figures(n)}.`, null]],
    ["weeks", (n) => [`Tổng hợp kết quả ${weeks(n)}.`, weeks(n)]],
  ];
  for (const size of [100_000, 200_000])
    for (const [kind, make] of sentences)
      it(`reads a sentence of ${size / 1000} KB of ${kind} in bounded time`, () => {
        const [sentence, reading] = make(size);
        expect(sentence.length).toBeGreaterThan(size);
        expect(findDeadlineWording(sentence, issued)).toBe(reading);
      }, 5_000);

  it("reads 100 KB of documents' days, and of keywords after a year opening the sentence, in bounded time", () => {
    const documents = clauses(100_000, (k) => `Quyết định số ${k + 1}/QĐ-UBND ngày ${(k % 28) + 1}/01/2025`);
    expect(findDeadlineWording(`Thực hiện ${documents}.`, issued)).toBeNull();
    expect(datesDocument(`Thực hiện ${documents}.`)).toBe(true);
    expect(datesDocument(`Rà soát ${clauses(100_000, () => "hồ sơ tiếp nhận từ ngày 01/7/2025")}.`)).toBe(false);
    const keywords = clauses(100_000, () => "hoàn thành trong");
    expect(findDeadlineWording(`Trong năm 2024, ${keywords}.`, issued)).toBe("Trong năm 2024");
  }, 5_000);
});
