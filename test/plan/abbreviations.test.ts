// A plan's own list of abbreviations spells out the short names it gives its units.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { readAbbreviations, readLegend, spellOut, withAbbreviations } from "../../src/plan/abbreviations.ts";
import { parse, tasks } from "../support/text-plans.ts";

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

describe("a short form defined in the text, in brackets after the name it stands for", () => {
  const read = (text: string) => [...readAbbreviations([{ type: "text", text }])];
  it("is read when the name's words open with its letters, and spelled out in the names after it", () => {
    const defined = readAbbreviations([
      { type: "text", text: "Căn cứ Chương trình công tác của Hội Cựu chiến binh (HCCB) tỉnh năm 2025;" },
    ]);
    expect([...defined]).toEqual([["HCCB", "Hội Cựu chiến binh"]]);
    const resolver = withAbbreviations(createResolver(THAI_NGUYEN), defined);
    expect(resolver.resolveList("Văn phòng HCCB tỉnh").map((u) => u.name)).toEqual([
      "Văn phòng Hội Cựu chiến binh tỉnh",
    ]);
  });

  it("leaves words, names it does not spell, and short forms the directory reads already", () => {
    expect(read("đẩy mạnh cải cách hành chính (CCHC) trong năm")).toEqual([]);
    expect(read("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)")).toEqual([]);
    expect(read("Ủy ban nhân dân (UBND) các xã")).toEqual([]);
  });
});

describe("a note under a table that spells out short forms", () => {
  const note =
    "Ghi chú: CQCT - Cơ quan chủ trì; TH: thời hạn; SYT: Sở Y tế; SCT - Sở Công Thương. Các nhiệm vụ không ghi CQCT do Sở Y tế thực hiện.";

  it("is a legend of every short form it opens with, to the sentence after them", () => {
    expect([...readLegend([{ type: "text", text: note }])]).toEqual([
      ["CQCT", "Cơ quan chủ trì"],
      ["TH", "thời hạn"],
      ["SYT", "Sở Y tế"],
      ["SCT", "Sở Công Thương"],
    ]);
  });

  it("gives its units' short forms to the resolver, and not its words'", () => {
    expect([...readAbbreviations([{ type: "text", text: note }])]).toEqual([
      ["CQCT", "Cơ quan chủ trì"],
      ["SYT", "Sở Y tế"],
      ["SCT", "Sở Công Thương"],
    ]);
  });

  it("is no legend when it opens with a sentence, or spells out one short form only", () => {
    const read = (text: string) => [...readLegend([{ type: "text", text }])];
    expect(read("Ghi chú: Sở Y tế tổng hợp - báo cáo UBND tỉnh; SYT: Sở Y tế")).toEqual([]);
    expect(read("Ghi chú: SYT - Sở Y tế")).toEqual([]);
  });
});

describe("a short form of a body no directory knows, leading a task", () => {
  it("leads it under the name the plan's legend spells out, reported", () => {
    const plan = parse(
      [
        "STT\tNội dung\tĐơn vị thực hiện\tThời gian",
        "1\tVận hành thử phần mềm một cửa mới\tTTHCC (chủ trì); STP\tTháng 6/2024",
        "Chữ viết tắt: STP: Sở Tư pháp; TTHCC: Trung tâm Hành chính công tỉnh.",
      ].join("\n"),
    );
    expect(tasks(plan)).toEqual([["1", "2024-06-30", ["?Trung tâm Hành chính công tỉnh"], ["Sở Tư pháp"]]]);
  });
});

describe("a short form named after its unit in words", () => {
  const read = (text: string) => [...readAbbreviations([{ type: "text", text }])];

  it("reads '(sau đây viết tắt là Ban QLDA2)' back to the unit's name in its clause", () => {
    expect(
      read("- Ban Quản lý dự án đầu tư xây dựng công trình giao thông (sau đây viết tắt là Ban QLDA2) là chủ đầu tư."),
    ).toEqual([["Ban QLDA2", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông"]]);
    expect(read("Giao Đội Kiểm tra liên ngành số 3 (sau đây viết tắt là Đội KT3) thực hiện.")).toEqual([
      ["Đội KT3", "Đội Kiểm tra liên ngành số 3"],
    ]);
  });

  it("leaves a short name in words alone, one with no code of its own", () => {
    expect(read("Hội thi Tin học trẻ tỉnh lần thứ V (sau đây viết tắt là Hội thi) được tổ chức.")).toEqual([]);
    expect(read("a) Khám tuyển: từ ngày 01/11 (sau đây viết tắt là khám tuyển);")).toEqual([]);
    // A short form the plan defines by "gọi là" stands for its unit's full name, as every short form it defines.
    expect(read("1. Quỹ Bảo trì đường bộ tỉnh (sau đây gọi là Quỹ BTĐB)")).toEqual([
      ["Quỹ BTĐB", "Quỹ Bảo trì đường bộ tỉnh"],
    ]);
  });
});
