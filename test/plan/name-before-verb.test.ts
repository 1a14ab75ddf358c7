// A name never swallows the verb after it. A body named after its place ("UBND xã Tân Lập", "Công an phường Hòa
// Bình") ends with the place's capitalised words: a word in lower case after them is what the body does, a verb the
// reader may not list ("hoàn tất", "gấp rút"). "tập trung" before a verb ("tập trung vận động", "tập trung vào") opens
// the predicate as "khẩn trương" does, so a group narrowed by "có …" ends before it; a few words after a place's noun
// it qualifies it ("khu công nghiệp tập trung", "vùng sản xuất tập trung") and stays in the name. A body joined to a
// closed name ("… cùng UBND xã B", "… hoặc Công an xã C") does the same work and is read on.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { VERB_ANYWHERE } from "../../src/plan/clause-words.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("a name ends before the verb after it", () => {
  const plan = parse(
    [
      "1. Sở Tài chính phối hợp với Sở Xây dựng, UBND xã Tân Lập hoàn tất hồ sơ thu hồi đất, giao đất của dự án trước ngày 20/6/2024.",
      "2. Công an phường Hòa Bình gấp rút kiểm soát, lập danh sách các hộ trong tháng 7/2024.",
      "3. UBND các xã có tuyến đường đi qua tập trung vận động Nhân dân bàn giao mặt bằng trước ngày 15/8/2024.",
      "4. UBND các xã có cụm công nghiệp tập trung rà soát quỹ đất trước ngày 30/8/2024.",
      "5. UBND các phường có dự án tập trung vào giải phóng mặt bằng, xong trước ngày 10/9/2024.",
      "6. Công an phường Hòa Bình cùng Trạm Y tế phường Tân Thịnh rà soát danh sách trước ngày 15/9/2024.",
      "7. UBND xã Tân Lập hoặc Công an xã Quân Chu tiếp nhận đơn trước ngày 20/9/2024.",
      "8. UBND xã Tân Lập cùng các hộ dân hoàn thành bàn giao mặt bằng trước ngày 25/9/2024.",
      "9. UBND các xã có vùng trồng chè tập trung rà soát quỹ đất trước ngày 30/9/2024.",
      "10. Ban quản lý các điểm chăn nuôi tập trung kiểm tra hồ sơ trước ngày 5/10/2024.",
      "11. UBND các phường có bãi rác tập trung vận động Nhân dân phân loại rác trước ngày 10/10/2024.",
    ].join("\n"),
  );
  const task = (ref: string) => tasks(plan).find((t) => t[0] === ref);

  it("ends a partner named after its place before what it does", () => {
    expect(task("1")?.[3]).toEqual(["Sở Xây dựng", "?UBND xã Tân Lập"]);
  });

  it("ends a lead named after its place before what it does", () => {
    expect(task("2")?.[2]).toEqual(["?Công an phường Hòa Bình"]);
  });

  it("reads no place in a name whose words only look like a level ('Mặt trận Tổ quốc')", () => {
    const front = createResolver(THAI_NGUYEN).resolveList("Ủy ban Mặt trận Tổ quốc thị trấn Hùng Sơn vận động");
    expect(front.map((u) => u.name)).toEqual(["Ủy ban Mặt trận Tổ quốc thị trấn Hùng Sơn"]);
  });

  it("ends a narrowed group before 'tập trung' opening its work", () => {
    expect(task("3")?.[2]).toEqual(["?UBND các xã có tuyến đường đi qua"]);
    expect(task("5")?.[2]).toEqual(["?UBND các phường có dự án"]);
  });

  it("keeps 'tập trung' qualifying a noun in the narrowing words", () => {
    expect(task("4")?.[2]).toEqual(["?UBND các xã có cụm công nghiệp tập trung"]);
  });

  it("goes on past a name closed by its place to a body joined by 'cùng' or 'hoặc'", () => {
    expect(task("6")?.[2]).toEqual(["?Công an phường Hòa Bình", "?Trạm Y tế phường Tân Thịnh"]);
    expect(task("7")?.[2]).toEqual(["?UBND xã Tân Lập", "?Công an xã Quân Chu"]);
  });

  it("takes no body from what is joined to a closed name when it opens none ('cùng các hộ dân')", () => {
    expect(task("8")?.[2]).toEqual(["?UBND xã Tân Lập"]);
  });

  it("keeps 'tập trung' a few words after a place noun it qualifies ('vùng trồng chè tập trung')", () => {
    expect(task("9")?.[2]).toEqual(["?UBND các xã có vùng trồng chè tập trung"]);
    expect(task("10")?.[2]).toEqual(["?Ban quản lý các điểm chăn nuôi tập trung"]);
  });

  it("keeps 'tập trung' after a place noun even before a verb ('bãi rác tập trung vận động')", () => {
    expect(task("11")?.[2]).toEqual(["?UBND các phường có bãi rác tập trung"]);
  });

  it("reads 5,000 bodies joined by 'cùng' in one pass", () => {
    const names = createResolver(THAI_NGUYEN).resolveList(
      `${"Trạm Y tế xã Tân Lập cùng ".repeat(5_000)}Công an xã Quân Chu hoàn thành`,
    );
    expect(names.map((u) => u.name)).toEqual(["Trạm Y tế xã Tân Lập", "Công an xã Quân Chu"]);
  });

  it("looks back a few words only from 'tập trung' in a 100 KB run of places", () => {
    const text = `${"vùng chè tập trung ".repeat(5_000)}${"x".repeat(10_000)} tập trung vào`;
    const verbs = [...text.matchAll(VERB_ANYWHERE)].map((m) => m[2]);
    expect(verbs).toEqual(["tập trung"]);
  });

  it("reads a 100 KB name with no place in one pass", () => {
    const name = `Trung tâm xã ${"dữ liệu ".repeat(12_500)}`.trim();
    expect(
      createResolver(THAI_NGUYEN)
        .resolveList(name)
        .map((u) => u.name),
    ).toEqual([name]);
  });

  it("ends the name before a 100 KB predicate", () => {
    const work = "hồ sơ đất ".repeat(10_000);
    const names = createResolver(THAI_NGUYEN).resolveList(`Công an phường Hòa Bình gấp rút lập ${work}`);
    expect(names.map((u) => u.name)).toEqual(["Công an phường Hòa Bình"]);
  });
});
