// Where a name the directory lacks ends, in a list of names.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";

const thaiNguyen = createResolver(THAI_NGUYEN);
const resolved = (list: { name: string; resolved: boolean }[]) => list.map((u) => (u.resolved ? u.name : `?${u.name}`));

describe("a name the directory lacks", () => {
  it("ends a name it cannot resolve at 'và' before a plural, which names others", () => {
    expect(resolved(thaiNguyen.resolveList("Trạm Khuyến nông xã và các hợp tác xã nông nghiệp"))).toEqual([
      "?Trạm Khuyến nông xã",
      "?các hợp tác xã nông nghiệp",
    ]);
  });

  it("keeps whole an office's name that lists its fields after a comma, the last after 'và'", () => {
    expect(resolved(thaiNguyen.resolveList("Phòng Giáo dục, Văn hóa và Thể thao, Phòng Nội vụ xã"))).toEqual([
      "?Phòng Giáo dục, Văn hóa và Thể thao",
      "?Phòng Nội vụ xã",
    ]);
    // Proper names listed are no fields: each is a body of its own.
    expect(resolved(thaiNguyen.resolveList("Viettel Thái Nguyên, VNPT Thái Nguyên và Mobifone"))).toEqual([
      "?Viettel Thái Nguyên",
      "?VNPT Thái Nguyên và Mobifone",
    ]);
  });
});
