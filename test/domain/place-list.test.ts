import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";

// A body of a place written once with its place, then more places: that body of each place.
const thaiNguyen = createResolver(THAI_NGUYEN);
const resolved = (list: { name: string; resolved: boolean }[]) => list.map((u) => (u.resolved ? u.name : `?${u.name}`));

describe("resolveList, one body named for several places", () => {
  it("names the body of each place listed after its place, by commas or 'và'", () => {
    expect(resolved(thaiNguyen.resolveList("Phòng Y tế xã Bản Ngò, Nà Khoang và Cao Sơn Hạ"))).toEqual([
      "?Phòng Y tế xã Bản Ngò",
      "?Phòng Y tế xã Nà Khoang",
      "?Phòng Y tế xã Cao Sơn Hạ",
    ]);
  });

  it("stops at a known unit, and reads a body with no place as it did", () => {
    expect(resolved(thaiNguyen.resolveList("Trạm Thú y huyện Đồng Hỷ, Sở Y tế"))).toEqual([
      "?Trạm Thú y huyện Đồng Hỷ",
      "Sở Y tế",
    ]);
    expect(resolved(thaiNguyen.resolveList("Trung tâm Dịch vụ việc làm, Quỹ Bảo Trợ"))).toEqual([
      "?Trung tâm Dịch vụ việc làm",
      "?Quỹ Bảo Trợ",
    ]);
  });
});
