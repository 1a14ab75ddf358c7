// Names the directory lacks, as a commune's or a party's plan writes them: an office's name ends before "làm" in lower
// case (what it does: "làm sạch", "làm rõ"), "việc làm" staying a noun of a name; a body serving two kinds before its
// level ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh") is one name; an item may open with a half of the year
// ("6 tháng cuối năm 2026: …") as with a quarter.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readClause } from "../../src/plan/clause.ts";
import { openingTime } from "../../src/plan/opening-time.ts";
import { names } from "../support/text-plans.ts";

const resolver = createResolver(THAI_NGUYEN);

describe("names the directory lacks, before what they do", () => {
  it("ends a partner's name before 'làm'", () => {
    const clause = readClause(resolver, "Công an xã phối hợp với Phòng Tư pháp - Hộ tịch làm rõ nguồn gốc hồ sơ.");
    expect(names(clause.coordinators)).toEqual(["?Phòng Tư pháp - Hộ tịch"]);
    const other = readClause(resolver, "Tổ Công nghệ số cộng đồng làm thủ tục cấp tài khoản cho người dân.");
    expect(names(other.lead)).toEqual(["?Tổ Công nghệ số cộng đồng"]);
  });

  it("keeps 'việc làm' inside a name", () => {
    const clause = readClause(
      resolver,
      "Sở Nội vụ phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức sàn giao dịch.",
    );
    expect(names(clause.coordinators)).toEqual(["?Trung tâm Dịch vụ việc làm tỉnh"]);
  });

  it("reads a body serving two kinds before its level as one name", () => {
    const clause = readClause(
      resolver,
      "Sở Nội vụ phối hợp với Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh, Sở Tư pháp tổ chức hội nghị.",
    );
    expect(names(clause.coordinators)).toEqual(["?Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "Sở Tư pháp"]);
  });

  it("reads a half of the year opening an item as its time", () => {
    expect(openingTime("6 tháng cuối năm 2026: số hóa hồ sơ", () => false)).toEqual({
      wording: "6 tháng cuối năm 2026",
      rest: "số hóa hồ sơ",
    });
    expect(openingTime("12 thành viên: họp định kỳ", () => false)).toBeNull();
  });

  // A name the directory lacks is cut at each "và" before a known unit, and read again from there: each reading looks
  // no further than where it ends, so the time grows with the text, not with its square (unloaded, about 0.2 s at
  // 100 and 200 KB, 0.4 s at 400 KB; read to the end of the list from each "và", 1.7 s and 9 s at 100 and 200 KB).
  // The bounds are the project's own for 100 KB, and twice it for twice the text.
  it.each([
    [100, 4000, 5000],
    [200, 8000, 10_000],
  ])("reads a %i KB name of lower-case words within bounds", (_size, words, bound) => {
    const started = performance.now();
    const clause = readClause(resolver, `Phòng ${"văn hóa và doanh nghiệp ".repeat(words)}tỉnh làm rõ.`);
    expect(performance.now() - started).toBeLessThan(bound);
    expect(names(clause.lead)).toEqual(["?Phòng văn hóa", "Doanh nghiệp"]);
    expect(clause.coordinators).toEqual([]);
  });
});
