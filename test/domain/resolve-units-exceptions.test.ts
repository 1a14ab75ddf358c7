import { describe, expect, it } from "vitest";
import { LAI_CHAU } from "../../src/domain/directories/lai-chau.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { unitExceptions } from "../../src/domain/unit-exceptions.ts";

const laiChau = createResolver(LAI_CHAU);
const names = (text: string) => laiChau.resolveList(text).map((u) => (u.resolved ? u.name : `${u.name} (unresolved)`));
const districts = LAI_CHAU.units.filter((u) => u.kind === "district").map((u) => u.name);

describe("a units cell naming a group less some members", () => {
  it("takes the districts named in '(trừ …)' out of the group, with the note after them", () => {
    expect(names("UBND các huyện, thành phố (trừ huyện Sìn Hồ, huyện Phong Thổ vì đã lắp đặt xong)")).toEqual(
      districts.filter((d) => d !== "UBND huyện Sìn Hồ" && d !== "UBND huyện Phong Thổ"),
    );
  });

  it("reads ', trừ: A, B' and '(ngoại trừ A)' the same, and keeps the units after a ';'", () => {
    expect(names("Sở Y tế; UBND các huyện, thành phố, trừ: huyện Tam Đường, thành phố Lai Châu")).toEqual([
      "Sở Y tế",
      ...districts.filter((d) => d !== "UBND huyện Tam Đường" && d !== "UBND thành phố Lai Châu"),
    ]);
    expect(names("UBND các huyện, thành phố (ngoại trừ huyện Nậm Nhùn đã có); Sở Tài chính")).toEqual([
      ...districts.filter((d) => d !== "UBND huyện Nậm Nhùn"),
      "Sở Tài chính",
    ]);
  });

  it("leaves 'trừ' inside a word or a name alone", () => {
    expect(unitExceptions("Chi cục phòng trừ dịch hại, khấu trừ thuế").left).toEqual([]);
    expect(names("UBND các huyện, thành phố")).toEqual(districts);
  });

  it("stays linear on a long cell", () => {
    const text = `UBND các huyện, thành phố (trừ ${"huyện Sìn Hồ, ".repeat(8000)}), trừ: ${"( trừ ".repeat(8000)}`;
    const started = performance.now();
    expect(unitExceptions(text).left.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
