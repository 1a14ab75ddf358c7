// "UBND các xã, phường mới", "… sau sắp xếp": the group of communes as a reorganisation leaves it is that group.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";

const resolved = (list: { name: string; resolved: boolean }[]) => list.map((u) => (u.resolved ? u.name : `?${u.name}`));
const resolver = createResolver(THAI_NGUYEN);

describe("a group named as a reorganisation leaves it", () => {
  it.each([
    "UBND các xã, phường mới",
    "UBND các xã, phường sau sắp xếp",
    "UBND các xã mới thành lập",
    "UBND cấp xã sau hợp nhất",
  ])("reads %s as the communes' group, nothing left over", (text) => {
    expect(resolved(resolver.resolveList(text))).toEqual(resolved(resolver.resolveList("UBND cấp xã")));
  });

  it("keeps the units after it", () => {
    expect(resolved(resolver.resolveList("Sở Tài chính; UBND các xã, phường mới và Sở Nội vụ"))).toEqual([
      "Sở Tài chính",
      ...resolved(resolver.resolveList("UBND cấp xã")),
      "Sở Nội vụ",
    ]);
  });
});
