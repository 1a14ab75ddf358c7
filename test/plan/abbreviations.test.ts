// A plan's own list of abbreviations spells out the short names it gives its units.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readAbbreviations, spellOut, withAbbreviations } from "../../src/plan/abbreviations.ts";

const list = readAbbreviations([
  {
    type: "text",
    text: "Ghi chú viết tắt: TT - thực hiện; VP Sở - Văn phòng Sở; Các phòng - Các phòng thuộc Sở; STC = Sở Tài chính.",
  },
]);

describe("a list of abbreviations", () => {
  it("keeps the short forms of names, not of words", () => {
    expect([...list]).toEqual([
      ["VP Sở", "Văn phòng Sở"],
      ["Các phòng", "Các phòng thuộc Sở"],
      ["STC", "Sở Tài chính"],
    ]);
  });

  it("reads every way a list writes an entry, under every label offices use", () => {
    const read = (text: string) => [...readAbbreviations([{ type: "text", text }])];
    expect(
      read(
        "Chữ viết tắt: SNV: Sở Nội vụ; SBN - các sở, ban, ngành tỉnh; KHCN là Sở Khoa học và Công nghệ; CSDL - cơ sở dữ liệu.",
      ),
    ).toEqual([
      ["SNV", "Sở Nội vụ"],
      ["SBN", "các sở, ban, ngành tỉnh"],
      ["KHCN", "Sở Khoa học và Công nghệ"],
    ]);
    expect(read("Ký hiệu viết tắt: TT&TT-Sở Thông tin và Truyền thông; CT: chủ trì")).toEqual([
      ["TT&TT", "Sở Thông tin và Truyền thông"],
    ]);
    expect(read("Ghi chú: VP - Văn phòng")).toEqual([]);
  });

  it("spells out whole short forms only, and leaves a full name already written as it is", () => {
    expect(spellOut("VP Sở, STC; Các phòng thuộc Sở", list)).toBe("Văn phòng Sở, Sở Tài chính; Các phòng thuộc Sở");
    expect(spellOut("P.STC, VP Sởn", list)).toBe("P.STC, VP Sởn");
  });

  it("spells out a short form of several words that a PDF's text ran together", () => {
    expect(spellOut("VPSở; VP  Sở", list)).toBe("Văn phòng Sở; Văn phòng Sở");
  });

  it("is read before the directory: a short form resolves, or is reported, under its full name", () => {
    const resolver = withAbbreviations(createResolver(THAI_NGUYEN), list);
    expect(resolver.resolveList("STC, VP Sở").map((u) => [u.name, u.resolved])).toEqual([
      ["Sở Tài chính", true],
      ["Văn phòng Sở", false],
    ]);
  });
});
