import { describe, expect, it } from "vitest";
import { BAC_KAN } from "../../src/domain/directories/bac-kan.ts";
import { LAI_CHAU } from "../../src/domain/directories/lai-chau.ts";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import type { Directory } from "../../src/domain/units.ts";

const resolved = (list: { name: string; resolved: boolean }[]) => list.map((u) => (u.resolved ? u.name : `?${u.name}`));
const commune = (name: string) => ({ name, kind: "commune" as const, abbreviations: [], aliases: [] });
const withCommunes = (names: string[]): Directory => ({
  ...THAI_NGUYEN_2025,
  units: [...THAI_NGUYEN_2025.units, ...names.map(commune)],
});

describe("names listed after one written with its head ('UBND huyện A, B', 'Sở A, B')", () => {
  it("reads each district after the first as 'UBND huyện <name>'", () => {
    const bacKan = createResolver(BAC_KAN);
    expect(resolved(bacKan.resolveList("UBND huyện Ba Bể, Pác Nặm, Ngân Sơn"))).toEqual([
      "UBND huyện Ba Bể",
      "UBND huyện Pác Nặm",
      "UBND huyện Ngân Sơn",
    ]);
    expect(resolved(bacKan.resolveList("Ủy ban nhân dân huyện Chợ Mới, Bạch Thông và Na Rì"))).toEqual([
      "UBND huyện Chợ Mới",
      "UBND huyện Bạch Thông",
      "UBND huyện Na Rì",
    ]);
    // Written as the place alone, "huyện" is the head the others leave out.
    expect(resolved(bacKan.resolveList("huyện Chợ Mới, Bạch Thông"))).toEqual([
      "UBND huyện Chợ Mới",
      "UBND huyện Bạch Thông",
    ]);
    // A sentence's subject: the list ends where the sentence goes on.
    expect(resolved(createResolver(LAI_CHAU).leadingUnits("UBND huyện Mường Tè, Nậm Nhùn, Sìn Hồ xây dựng"))).toEqual([
      "UBND huyện Mường Tè",
      "UBND huyện Nậm Nhùn",
      "UBND huyện Sìn Hồ",
    ]);
  });

  it("reads each department after the first as 'Sở <name>'", () => {
    expect(resolved(createResolver(BAC_KAN).resolveList("Sở Tư pháp, Tài chính, TT&TT"))).toEqual([
      "Sở Tư pháp",
      "Sở Tài chính",
      "Sở Thông tin và Truyền thông",
    ]);
  });

  it("reads communes so after the 2025 reorganisation, and a ward named with its own level", () => {
    const local = createResolver(withCommunes(["UBND xã Đại Từ", "UBND xã Phú Lương", "UBND phường Gia Sàng"]));
    expect(resolved(local.resolveList("UBND xã Đại Từ, Phú Lương, phường Gia Sàng"))).toEqual([
      "UBND xã Đại Từ",
      "UBND xã Phú Lương",
      "UBND phường Gia Sàng",
    ]);
  });

  it("leaves a name no unit of that head has, and a list after a semicolon, as before", () => {
    const bacKan = createResolver(BAC_KAN);
    expect(resolved(bacKan.resolveList("UBND huyện Ba Bể, Viễn thông Bắc Kạn"))).toEqual([
      "UBND huyện Ba Bể",
      "?Viễn thông Bắc Kạn",
    ]);
    expect(resolved(bacKan.resolveList("Sở Tư pháp; Tài chính"))).toEqual(["Sở Tư pháp", "?Tài chính"]);
    // The province's own UBND names no level its list could share.
    expect(resolved(bacKan.resolveList("UBND tỉnh, Sở Y tế"))).toEqual(["UBND tỉnh", "Sở Y tế"]);
  });

  it("reads a list of 10,000 communes under one head", () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `Số ${i}`);
    const local = createResolver(withCommunes(names.map((n) => `UBND xã ${n}`)));
    const read = local.resolveList(`UBND xã ${names.join(", ")}`);
    expect(read.length).toBe(10_000);
    expect(read.every((u) => u.resolved)).toBe(true);
  });
});
