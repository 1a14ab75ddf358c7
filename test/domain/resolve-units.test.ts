import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import type { Directory } from "../../src/domain/units.ts";

const thaiNguyen = createResolver(THAI_NGUYEN);
const bacKan = createResolver(BAC_KAN);
const names = (directory: Directory, kind: string) => directory.units.filter((u) => u.kind === kind).map((u) => u.name);
const resolved = (list: { name: string; resolved: boolean }[]) => list.map((u) => (u.resolved ? u.name : `?${u.name}`));

describe("resolveList", () => {
  it.each([
    ["Sở Nội vụ", ["Sở Nội vụ"]],
    ["SỞ NỘI VỤ", ["Sở Nội vụ"]],
    ["so noi vu", ["Sở Nội vụ"]],
    ["Sở Nội vụ".normalize("NFD"), ["Sở Nội vụ"]],
    // names that contain commas and "và" stay whole
    ["Sở Văn hóa, Thể thao và Du lịch; Sở Y tế", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]],
    ["Sở Văn hóa Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]],
    ["Sở Lao động Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]],
    // abbreviations
    [
      "Sở TT&TT, LĐ-TBXH và Sở KH&ĐT",
      ["Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư"],
    ],
    ["VP UBND tỉnh", ["Văn phòng UBND tỉnh"]],
    ["VP.UBND tỉnh", ["Văn phòng UBND tỉnh"]],
    ["Văn phòng Ủy ban nhân dân tỉnh", ["Văn phòng UBND tỉnh"]],
    ["Sở GD&ĐT; Sở TN&MT", ["Sở Giáo dục và Đào tạo", "Sở Tài nguyên và Môi trường"]],
    // shared-prefix lists
    [
      "Văn phòng UBND tỉnh; các Sở: Nội vụ, Tư pháp, Tài chính, Thông tin và Truyền thông",
      ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Thông tin và Truyền thông"],
    ],
    [
      "Các sở, ngành: Văn phòng UBND tỉnh; Tư pháp; Thông tin và Truyền thông; Tài chính; Khoa học và Công nghệ",
      ["Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Thông tin và Truyền thông", "Sở Tài chính", "Sở Khoa học và Công nghệ"],
    ],
    // district names, old and new
    ["UBND thị xã Phổ Yên", ["UBND thành phố Phổ Yên"]],
    ["huyện Đại Từ và huyện Võ Nhai", ["UBND huyện Đại Từ", "UBND huyện Võ Nhai"]],
    // parenthetical notes are not units
    ["Sở Nội vụ (cơ quan thường trực)", ["Sở Nội vụ"]],
    ["-", []],
    ["", []],
  ])("%s", (text, expected) => {
    expect(resolved(thaiNguyen.resolveList(text))).toEqual(expected);
  });

  it("expands groups to their members", () => {
    expect(resolved(thaiNguyen.resolveList("Các sở, ban, ngành"))).toEqual(names(THAI_NGUYEN, "department"));
    expect(resolved(thaiNguyen.resolveList("UBND các huyện, thành phố, thị xã"))).toEqual(
      names(THAI_NGUYEN, "district"),
    );
    expect(resolved(thaiNguyen.resolveList("Ủy ban nhân dân các huyện, thành phố, thị xã"))).toEqual(
      names(THAI_NGUYEN, "district"),
    );
    expect(resolved(thaiNguyen.resolveList("Các sở, ban, ngành, địa phương"))).toEqual([
      ...names(THAI_NGUYEN, "department"),
      ...names(THAI_NGUYEN, "district"),
    ]);
    expect(resolved(thaiNguyen.resolveList("các cơ quan, đơn vị, địa phương"))).toEqual([
      ...names(THAI_NGUYEN, "department"),
      ...names(THAI_NGUYEN, "district"),
    ]);
  });

  it("reads 'cấp xã' after 'UBND cấp huyện' as the commune level, and keeps an empty level unresolved", () => {
    expect(resolved(bacKan.resolveList("UBND cấp huyện, cấp xã"))).toEqual([
      ...names(BAC_KAN, "district"),
      "?UBND cấp xã",
    ]);
  });

  it("finds communes when the directory has them", () => {
    const withCommunes: Directory = {
      ...BAC_KAN,
      units: [
        ...BAC_KAN.units,
        { name: "UBND xã Hà Hiệu", kind: "commune", parent: "UBND huyện Ba Bể", abbreviations: [], aliases: [] },
      ],
    };
    expect(resolved(createResolver(withCommunes).resolveList("UBND cấp xã"))).toEqual(["UBND xã Hà Hiệu"]);
  });

  it("keeps names it cannot resolve, as written, and goes on", () => {
    const result = thaiNguyen.resolveList("Sở Ma thuật, Sở Y tế; Ban Chỉ đạo 389 tỉnh");
    expect(result).toEqual([
      { name: "Sở Ma thuật", kind: "department", resolved: false },
      { name: "Sở Y tế", kind: "department", resolved: true },
      { name: "Ban Chỉ đạo 389 tỉnh", kind: "other", resolved: false },
    ]);
  });

  it("keeps 'the relevant ones' unresolved rather than guessing", () => {
    expect(thaiNguyen.resolveList("Các sở, ngành liên quan")).toEqual([
      { name: "Các sở, ngành liên quan", kind: "other", resolved: false },
    ]);
  });

  it("lists each unit once", () => {
    expect(
      resolved(thaiNguyen.resolveList("Sở Nội vụ; các sở, ban, ngành")).filter((n) => n === "Sở Nội vụ"),
    ).toHaveLength(1);
  });
});

describe("leadingUnits", () => {
  it.each([
    ["Giao Sở Nội vụ chủ trì:", ["Sở Nội vụ"]],
    ["Các Sở, Ban, ngành:", names(THAI_NGUYEN, "department")],
    ["Đề nghị Văn phòng HĐND tỉnh cung cấp danh sách Thường trực HĐND tỉnh", ["Văn phòng HĐND tỉnh"]],
    ["Mục đích", []],
  ])("%s", (text, expected) => {
    expect(resolved(thaiNguyen.leadingUnits(text))).toEqual(expected);
  });
});

describe("find", () => {
  it.each([
    ["Sở Giao thông Vận tải", "Sở Giao thông vận tải"],
    ["Ban Quản lý các khu Công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp tỉnh"],
    ["sở tttt", "Sở Thông tin và Truyền thông"],
    ["Sở Ma thuật", null],
    ["TT&TT", "Sở Thông tin và Truyền thông"],
    ["Các sở, ban, ngành", null],
  ])("%s → %s", (name, expected) => {
    expect(thaiNguyen.find(name)?.name ?? null).toBe(expected);
  });
});
