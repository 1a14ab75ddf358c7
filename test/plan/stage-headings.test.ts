// A plan run in stages or rounds heads each with its name, number and time ("Đợt 1: Rà soát hồ sơ (từ … đến …)"),
// then lists under it the units' shares, each opening with its unit and a colon ("a) Sở Tư pháp: hướng dẫn …"). The
// stages are a level of the outline; an item takes its stage's end unless it writes its own time.
import { describe, expect, it } from "vitest";
import { parse, tasks, unresolvedNames } from "../support/text-plans.ts";

describe("stage headings over items that open with their unit", () => {
  const plan = parse(
    [
      "III. TIẾN ĐỘ VÀ PHÂN CÔNG",
      "Đợt 1: Rà soát hồ sơ (từ ngày 01/4/2024 đến ngày 31/5/2024)",
      "a) Sở Tư pháp: hướng dẫn các huyện lập danh sách (trước ngày 20/4/2024).",
      "b) BCĐ huyện: tổng hợp danh sách hộ gia đình trên địa bàn.",
      "c) Các sở, ngành liên quan: cung cấp số liệu chuyên ngành.",
      "d) Sở Thông tin và Truyền thông: đưa tin về đợt rà soát, thực hiện thường xuyên.",
      "Giai đoạn 2: Tổng hợp (tháng 7/2024)",
      "a) Sở Nội vụ: lập danh mục hồ sơ (đã hoàn thành tháng 02/2024); chủ trì, phối hợp với Sở Tư pháp rà soát hồ " +
        "sơ còn thiếu.",
    ].join("\n"),
  );
  const task = (ref: string) => tasks(plan).find((t) => t[0] === ref);

  it("number a level of the outline, each dating the items under it", () => {
    expect(task("III.1.a")).toEqual(["III.1.a", "2024-04-19", ["Sở Tư pháp"], []]);
    expect(task("III.1.b")?.[1]).toBe("2024-05-31");
    expect(plan.tasks.find((t) => t.ref === "III.1.b")?.deadline?.inheritedFrom).toBe("III.1");
  });

  it("where a steering committee's short form or a narrowed group of departments before the colon leads", () => {
    expect(task("III.1.b")?.[2]).toEqual(["?BCĐ huyện"]);
    expect(task("III.1.c")?.[2]).toEqual(["?Các sở, ngành liên quan"]);
    expect(unresolvedNames(plan)).toEqual(expect.arrayContaining(["BCĐ huyện", "Các sở, ngành liên quan"]));
  });

  it("but not to work that goes on", () => {
    expect(task("III.1.d")).toBeUndefined();
  });

  it("nor taking the time a clause was done at for the work after it", () => {
    expect(task("III.2.a")).toEqual(["III.2.a", "2024-07-31", ["Sở Nội vụ"], ["Sở Tư pháp"]]);
  });
});

describe("an item under a dated heading that says its work goes on", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Chuẩn bị điều tra (hoàn thành trong tháng 5/2024)",
      "a) Sở Tư pháp: in phiếu điều tra.",
      "b) Sở Thông tin và Truyền thông: đưa tin về cuộc điều tra, thực hiện thường xuyên trong thời gian điều tra.",
    ].join("\n"),
  );

  it("takes no time from the heading, as its siblings do", () => {
    expect(tasks(plan)).toEqual([["II.1.a", "2024-05-31", ["Sở Tư pháp"], []]]);
  });
});

describe("a survey plan's section on what is counted and how", () => {
  const plan = parse(
    [
      "II. ĐỐI TƯỢNG, PHẠM VI VÀ PHƯƠNG PHÁP ĐIỀU TRA",
      "1. Đối tượng: hộ gia đình trên địa bàn tỉnh.",
      "2. Phương thức: phỏng vấn trực tiếp bằng phiếu điện tử; thời điểm điều tra là ngày 01/5/2024.",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Tư pháp tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/6/2024.",
    ].join("\n"),
  );

  it("holds no task: its day is the count's", () => {
    expect(tasks(plan).map((t) => t[0])).toEqual(["III.1"]);
  });
});

describe("partners named before the work they do", () => {
  const plan = parse(
    [
      "II. NHIỆM VỤ",
      "1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và các doanh nghiệp bưu chính trên địa bàn kết nối dữ liệu " +
        "hồ sơ, hoàn thành trong tháng 6/2024.",
    ].join("\n"),
  );

  it("end where that work starts, a group in lower case being one of them", () => {
    expect(tasks(plan)).toEqual([
      ["II.1", "2024-06-30", ["Sở Tài chính"], ["Sở Nội vụ", "?các doanh nghiệp bưu chính trên địa bàn"]],
    ]);
  });
});
