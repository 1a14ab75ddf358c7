// One deadline for a whole group of items, said once: in the group's heading ("thời hạn chung …") or in a sentence
// after its items pointing at it by its number ("Các nhiệm vụ tại điểm 2 hoàn thành …"). Each item with no time of its
// own takes it; an item with its own keeps that.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { parse } from "../support/text-plans.ts";

const options = { directory: THAI_NGUYEN_2025, issued: "2026-02-02" };
const shown = (plan: ParsedPlan) =>
  plan.tasks
    .filter((t) => t.kind === "task")
    .map((t) => [t.ref, t.deadline?.due ?? null, t.deadline?.inheritedFrom ?? null]);

describe("a heading giving its items a shared deadline", () => {
  it("dates each numbered item that gives none; one with its own keeps it", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Nhóm nhiệm vụ rà soát (thời hạn chung cho các nhiệm vụ tại điểm này: trước ngày 20/5/2026)",
        "1.1. Sở Tư pháp rà soát văn bản quy phạm pháp luật về đất đai.",
        "1.2. Sở Y tế công khai thủ tục hành chính lĩnh vực dược.",
        "1.3. Sở Xây dựng cập nhật quy hoạch chung, hoàn thành trước ngày 30/4/2026.",
        "2. Nhóm nhiệm vụ kiểm tra",
        "2.1. Thanh tra tỉnh kiểm tra công vụ, xong trong tháng 9/2026.",
        "2.2. Sở Tài chính hướng dẫn lập dự toán.",
      ].join("\n"),
      options,
    );
    expect(shown(plan)).toEqual([
      ["II.1.1", "2026-05-19", "II.1"],
      ["II.1.2", "2026-05-19", "II.1"],
      ["II.1.3", "2026-04-29", null],
      ["II.2.1", "2026-09-30", null],
    ]);
  });

  it("leaves a heading's own time to itself when it calls it no one's in common", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Tổng kết công tác năm, hoàn thành trước ngày 20/5/2026",
        "1.1. Sở Tư pháp rà soát văn bản quy phạm pháp luật về đất đai.",
        "1.2. Sở Y tế công khai thủ tục hành chính, xong trong tháng 6/2026.",
      ].join("\n"),
      options,
    );
    expect(shown(plan).map(([ref]) => ref)).not.toContain("II.1.1");
  });
});

describe("a sentence after a group's items pointing at it by its number or letters", () => {
  const phase = (closing: string) =>
    parse(
      [
        "II. NHIỆM VỤ",
        "1. Chuẩn bị",
        "a) Sở Tư pháp rà soát văn bản quy phạm pháp luật về đất đai.",
        "b) Sở Y tế công khai thủ tục hành chính lĩnh vực dược (xong trước ngày 10/4/2026).",
        "c) Sở Xây dựng cập nhật quy hoạch chung.",
        closing,
        "2. Triển khai",
        "a) Thanh tra tỉnh kiểm tra công vụ, xong trong tháng 9/2026.",
      ].join("\n"),
      options,
    );

  it.each([
    "Các nhiệm vụ tại điểm 1 hoàn thành chậm nhất ngày 20/4/2026.",
    "Thời gian hoàn thành các nội dung tại điểm 1: chậm nhất ngày 20/4/2026.",
    "Các nội dung tại các điểm a, b và c hoàn thành chậm nhất ngày 20/4/2026.",
    "Các công việc thuộc mục này hoàn thành chậm nhất ngày 20/4/2026.",
  ])("%s dates the items giving no time, and is no task", (closing) => {
    expect(shown(phase(closing))).toEqual([
      ["II.1.a", "2026-04-20", "II.1"],
      ["II.1.b", "2026-04-09", null],
      ["II.1.c", "2026-04-20", "II.1"],
      ["II.2.a", "2026-09-30", null],
    ]);
  });

  it("dates numbered items under a numbered group so", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Chuẩn bị",
        "1.1. Sở Tư pháp rà soát văn bản quy phạm pháp luật về đất đai.",
        "1.2. Sở Y tế công khai thủ tục hành chính lĩnh vực dược.",
        "Các nhiệm vụ tại điểm 1 hoàn thành trước ngày 21/4/2026.",
      ].join("\n"),
      options,
    );
    expect(shown(plan)).toEqual([
      ["II.1.1", "2026-04-20", "II.1"],
      ["II.1.2", "2026-04-20", "II.1"],
    ]);
  });

  it("reads 100 KB of groups each closed by such a sentence in bounded time", () => {
    const lines = ["II. NHIỆM VỤ"];
    for (let i = 1; i <= 500; i++)
      lines.push(
        `${i}. Giai đoạn ${i}`,
        "a) Sở Tư pháp rà soát văn bản quy phạm pháp luật về đất đai.",
        "b) Sở Y tế công khai thủ tục hành chính lĩnh vực dược.",
        `Các nhiệm vụ tại các điểm a, b, c, d, đ, e, g, h, i, k, l, m và n hoàn thành chậm nhất ngày 20/4/2026.`,
      );
    const body = lines.join("\n");
    expect(body.length).toBeGreaterThan(100_000);
    const read = shown(parse(body, options));
    expect(read).toHaveLength(1_000);
    expect(read.every(([, due]) => due === "2026-04-20")).toBe(true);
  }, 120_000);
});
