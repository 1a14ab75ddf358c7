// Where a name the directory lacks ends, in a list of names.
import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { unknownSchools } from "../support/large-inputs.ts";

const thaiNguyen = createResolver(THAI_NGUYEN);
const names = (kind: string) => THAI_NGUYEN.units.filter((u) => u.kind === kind).map((u) => u.name);
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

  it("reads 'UBND các xã, thị trấn' as every commune and town of the directory, also after 'X và'", () => {
    const commune = (name: string) => ({ name, kind: "commune" as const, abbreviations: [], aliases: [] });
    const district = createResolver({
      ...BAC_KAN,
      units: [...BAC_KAN.units, commune("UBND xã Nà Phặc"), commune("UBND thị trấn Vân Tùng")],
    });
    expect(resolved(district.resolveList("UBND các xã, thị trấn"))).toEqual([
      "UBND xã Nà Phặc",
      "UBND thị trấn Vân Tùng",
    ]);
    expect(resolved(district.resolveList("Trung tâm Văn hóa huyện và UBND các xã, thị trấn"))).toEqual([
      "?Trung tâm Văn hóa huyện",
      "UBND xã Nà Phặc",
      "UBND thị trấn Vân Tùng",
    ]);
  });

  it("keeps a group of the offices of a body below the province ('thuộc UBND huyện') as written", () => {
    expect(resolved(thaiNguyen.resolveList("các cơ quan chuyên môn thuộc UBND huyện; Sở Y tế"))).toEqual([
      "?các cơ quan chuyên môn thuộc UBND huyện",
      "Sở Y tế",
    ]);
    expect(resolved(thaiNguyen.resolveList("Các cơ quan chuyên môn thuộc UBND huyện Phú Lương"))).toEqual([
      "?Các cơ quan chuyên môn thuộc UBND huyện Phú Lương",
    ]);
    expect(resolved(thaiNguyen.resolveList("các cơ quan, đơn vị thuộc Sở Y tế và UBND các huyện, thành phố"))).toEqual([
      "?các cơ quan, đơn vị thuộc Sở Y tế",
      ...names("district"),
    ]);
    // The province's own are its departments.
    expect(resolved(thaiNguyen.resolveList("Các cơ quan chuyên môn thuộc UBND tỉnh"))).toEqual(names("department"));
  });
});

describe("a plural of schools by their types' initials", () => {
  const bacKan = createResolver(BAC_KAN);
  it("keeps 'Các trường THCS, PTDTBT' one name, and ends it before a unit of the directory", () => {
    expect(resolved(bacKan.resolveList("Các trường THCS, PTDTBT; Sở Y tế"))).toEqual([
      "?Các trường THCS, PTDTBT",
      "Sở Y tế",
    ]);
    expect(resolved(bacKan.resolveList("Các trường TH, THCS, Sở Tài chính"))).toEqual([
      "?Các trường TH, THCS",
      "Sở Tài chính",
    ]);
  });

  it("reads a long list of such names", () => {
    expect(bacKan.resolveList(unknownSchools(2000))).toHaveLength(3);
  });
});
