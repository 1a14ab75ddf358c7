import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";

// Where a name the directory lacks ends, in a list of units.
const thaiNguyen = createResolver(THAI_NGUYEN);
const resolved = (list: { name: string; resolved: boolean }[]) => list.map((u) => (u.resolved ? u.name : `?${u.name}`));

describe("resolveList, names it cannot resolve", () => {
  it("ends a name it cannot resolve at 'và' before a known unit or group", () => {
    expect(resolved(thaiNguyen.resolveList("Ngân hàng Nhà nước Khu vực 5 và Văn phòng UBND tỉnh"))).toEqual([
      "?Ngân hàng Nhà nước Khu vực 5",
      "Văn phòng UBND tỉnh",
    ]);
  });

  it("reads two unknown bodies, each opening with an office word, joined by 'và' as two names", () => {
    // Not fields after "và" ("Tổ chức" opens like a body), nor an office named by the bodies it serves.
    const one = "Phòng Văn hóa và Thông tin; Ban Thi đua và Tổ chức cán bộ; Văn phòng Hội đồng và UBND khu";
    expect(resolved(thaiNguyen.resolveList("Ban Chỉ đạo 389 và Ban Chỉ đạo 138; Phòng A và Trung tâm B"))).toEqual([
      "?Ban Chỉ đạo 389",
      "?Ban Chỉ đạo 138",
      "?Phòng A",
      "?Trung tâm B",
    ]);
    expect(resolved(thaiNguyen.resolveList(one))).toEqual(one.split("; ").map((n) => `?${n}`));
  });
});
