// "Riêng X …" (as for X alone) singles out some of the bodies a heading addresses: under "Chủ tịch UBND các huyện,
// thành phố:", an item opening "Riêng Chủ tịch UBND các huyện A, B …" is theirs, not every district's. When what
// follows "Riêng" names no body ("Riêng năm 2024, …"), the heading's units lead as before.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readClause } from "../../src/plan/clause.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("an item singling out some of the heading's bodies", () => {
  const plan = parse(
    [
      "1. Chủ tịch UBND các huyện, thành phố:",
      "a) Rà soát các điểm có nguy cơ sạt lở đất, gửi Sở Nông nghiệp và Phát triển nông thôn trước ngày 15/4/2024.",
      "b) Riêng Chủ tịch UBND các huyện Đại Từ, Phú Bình (hai địa phương có nhiều điểm sạt lở) lập phương án di dời dân cư trong tháng 5/2024.",
      "c) Riêng UBND thành phố Sông Công hoàn thành việc cắm mốc hành lang thoát lũ trước ngày 30/6/2024.",
      "d) Riêng năm 2024, tổ chức diễn tập phòng chống thiên tai cấp huyện trong quý III/2024.",
    ].join("\n"),
  );
  const lead = (ref: string) => tasks(plan).find((t) => t[0] === ref)?.[2];

  it("gives the item to the bodies it names", () => {
    expect(lead("1.b")).toEqual(["UBND huyện Đại Từ", "UBND huyện Phú Bình"]);
    expect(lead("1.c")).toEqual(["UBND thành phố Sông Công"]);
  });

  it("leaves an item singling out no body to the heading's units", () => {
    expect(lead("1.d")).toEqual(lead("1.a"));
    expect(lead("1.a")?.length).toBeGreaterThan(5);
  });

  it("reads a 100 KB bracket after the bodies singled out", () => {
    const many = Array.from({ length: 8000 }, (_, i) => `thôn Số ${i + 1}`).join(", ");
    const clause = readClause(
      createResolver(THAI_NGUYEN),
      `Riêng UBND huyện Đại Từ (gồm ${many}) lập phương án di dời.`,
    );
    expect(clause.lead.map((u) => u.name)).toEqual(["UBND huyện Đại Từ"]);
  });
});
