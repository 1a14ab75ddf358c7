// A provincial body's short name followed by a district or commune names that place's own body of its kind.
import { describe, expect, it } from "vitest";
import { LAI_CHAU } from "../../src/domain/directories/lai-chau.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { placeBodies } from "../support/large-inputs.ts";

const laiChau = createResolver(LAI_CHAU);
const names = (text: string) => laiChau.resolveList(text).map((u) => [u.name, u.resolved]);

describe("a body of a place named by its province body's short name and the place", () => {
  it("keep the place's body as written, neither the province's body nor the place's UBND", () => {
    expect(names("Hội Nông dân huyện Tam Đường; Hội Nông dân huyện Sìn Hồ")).toEqual([
      ["Hội Nông dân huyện Tam Đường", false],
      ["Hội Nông dân huyện Sìn Hồ", false],
    ]);
  });

  it("still read the province's body and a place's UBND written apart", () => {
    expect(names("Hội Nông dân tỉnh, UBND huyện Tam Đường")).toEqual([
      ["Hội Nông dân tỉnh", true],
      ["UBND huyện Tam Đường", true],
    ]);
  });

  it("read a long list of places' bodies", () => {
    expect(laiChau.resolveList(placeBodies(1000))).toEqual([
      { name: "Hội Nông dân huyện Tam Đường", kind: "other", resolved: false },
    ]);
  });
});
