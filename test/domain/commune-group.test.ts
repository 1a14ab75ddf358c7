// "UBND các xã", "UBND các phường" with no commune named after them: the group of every commune.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN, THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";

const resolved = (list: { name: string; resolved: boolean }[]) => list.map((u) => (u.resolved ? u.name : `?${u.name}`));

describe("one local level named alone", () => {
  it("reads 'UBND các xã' or 'UBND các phường' with no name after it as the communes' group", () => {
    const commune = (name: string) => ({ name, kind: "commune" as const, abbreviations: [], aliases: [] });
    const local = createResolver({
      ...THAI_NGUYEN_2025,
      units: [...THAI_NGUYEN_2025.units, commune("UBND xã Đại Từ")],
    });
    expect(resolved(local.resolveList("Sở Y tế, UBND các xã"))).toEqual(["Sở Y tế", "UBND xã Đại Từ"]);
    expect(resolved(local.resolveList("UBND các phường"))).toEqual(["UBND xã Đại Từ"]);
    // No commune known: the group itself, unresolved, for the admin to name.
    expect(resolved(createResolver(THAI_NGUYEN_2025).resolveList("UBND các xã"))).toEqual(["?UBND cấp xã"]);
    // Names after it are those communes.
    expect(resolved(local.resolveList("UBND các xã: Đại Từ"))).toEqual(["UBND xã Đại Từ"]);
  });
});

describe("the districts named alone", () => {
  it("reads 'UBND các huyện' with no name after it as the districts' group", () => {
    const districts = createResolver(THAI_NGUYEN).resolveList("Sở Y tế, UBND các huyện");
    expect(districts.length).toBeGreaterThan(3);
    expect(districts.every((u) => u.resolved)).toBe(true);
    expect(districts.filter((u) => u.kind === "district").length).toBe(districts.length - 1);
  });
});
