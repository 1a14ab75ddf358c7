// Units as a plan names them: an old unit in its short form, told to the admin as written; a group whose
// members it names in brackets.
import { describe, expect, it } from "vitest";
import { shippedDirectory } from "../../src/domain/directories/index.ts";
import type { Directory } from "../../src/domain/units.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { parse as parsePlanText, tasks } from "../support/text-plans.ts";

const COMMUNES = ["UBND xã Tân Lập", "UBND xã Hòa Bình", "UBND phường Trung Thành", "UBND phường Hương Sơn"];

function withCommunes(): Directory {
  const directory = shippedDirectory("Thái Nguyên", "2026-03-09")!;
  const communes = COMMUNES.map((name) => ({
    name,
    kind: "commune" as const,
    parent: null,
    abbreviations: [],
    aliases: [name.replace(/^UBND /, "")],
  }));
  return { ...directory, units: [...directory.units, ...communes] };
}

const parse = (body: string, directory = shippedDirectory("Thái Nguyên", "2026-03-09")!) =>
  parsePlanText(body, { directory, issued: "2026-03-09" });

describe("a unit of before the reorganisation, named in a plan of after it", () => {
  it("is quoted as written, with its full name, when the plan shortens it", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở TTTT chủ trì rà soát hạ tầng mạng trước ngày 30/4/2026.",
        "2. Sở Kế hoạch và Đầu tư tổng hợp nhu cầu vốn trước ngày 30/5/2026.",
      ].join("\n"),
    );
    expect(plan.tasks.filter((t) => t.kind === "task").map((t) => t.lead.map((u) => u.name))).toEqual([
      ["Sở Khoa học và Công nghệ"],
      ["Sở Tài chính"],
    ]);
    expect(plan.warnings.filter((w) => w.code === "unit-succeeded").map((w) => w.args)).toEqual([
      { ref: "II.1", name: "Sở TTTT (Sở Thông tin và Truyền thông)", successor: "Sở Khoa học và Công nghệ" },
      { ref: "II.2", name: "Sở Kế hoạch và Đầu tư", successor: "Sở Tài chính" },
    ]);
  });
});

describe("a partner named by an old unit that merged into the lead", () => {
  it("is the lead, not a partner of itself, and the admin is still told of the old name", () => {
    const plan = parse(
      "II. NHIỆM VỤ\n1. Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh, Sở Thông tin và Truyền thông " +
        "bảo đảm đường truyền số liệu chuyên dùng đến các xã trước ngày 30/4/2026.",
    );
    expect(tasks(plan)).toEqual([["II.1", "2026-04-29", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh"]]]);
    expect(plan.warnings.filter((w) => w.code === "unit-succeeded").map((w) => w.args)).toEqual([
      { ref: "II.1", name: "Sở Thông tin và Truyền thông", successor: "Sở Khoa học và Công nghệ" },
    ]);
  });
});

describe("a group narrowed to the members named in brackets after it", () => {
  const leads = (plan: ParsedPlan) => plan.tasks.filter((t) => t.kind === "task").map((t) => t.lead.map((u) => u.name));

  it("is those members only", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. UBND các xã, phường chưa hoàn thành số hóa hồ sơ (xã Hòa Bình, phường Hương Sơn) báo cáo nguyên nhân trước ngày 15/4/2026.",
      ].join("\n"),
      withCommunes(),
    );
    expect(leads(plan)).toEqual([["UBND xã Hòa Bình", "UBND phường Hương Sơn"]]);
  });

  it("is those members only when the group is narrowed by what they hold ('có …')", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. UBND các xã, phường có tỷ lệ hồ sơ trễ hạn cao nhất (xã Tân Lập, phường Trung Thành) giải trình trước ngày 20/5/2026.",
      ].join("\n"),
      withCommunes(),
    );
    expect(leads(plan)).toEqual([["UBND xã Tân Lập", "UBND phường Trung Thành"]]);
  });

  it("is the whole group when the brackets say something else", () => {
    const plan = parse(
      ["II. NHIỆM VỤ", "1. UBND các xã, phường (qua bộ phận một cửa) báo cáo số hồ sơ trước ngày 15/4/2026."].join(
        "\n",
      ),
      withCommunes(),
    );
    expect(leads(plan)).toEqual([COMMUNES]);
  });

  it("is no narrowing when the subject names each unit and the brackets say which gives what", () => {
    const plan = parse(
      [
        "II. NHIỆM VỤ",
        "1. Sở Y tế, Sở Công Thương gửi Sở Nội vụ số liệu về an toàn thực phẩm (Sở Y tế) và chợ đầu mối (Sở Công Thương) trước ngày 10/4/2026.",
      ].join("\n"),
    );
    expect(leads(plan)).toEqual([["Sở Y tế", "Sở Công Thương"]]);
  });
});

describe("a level of local units followed by their names, with no colon", () => {
  it("'UBND các xã A, B và phường C' names those units", () => {
    const plan = parse(
      "II. NHIỆM VỤ\n1. UBND các xã Tân Lập, Hòa Bình và phường Hương Sơn mới sáp nhập cử cán bộ dự tập huấn trước ngày 20/4/2026.",
      withCommunes(),
    );
    expect(plan.tasks.filter((t) => t.kind === "task").map((t) => t.lead.map((u) => u.name))).toEqual([
      ["UBND xã Tân Lập", "UBND xã Hòa Bình", "UBND phường Hương Sơn"],
    ]);
  });
});

describe("partners named as the subject of a later clause after a comma", () => {
  it("'X chủ trì, Y và các Z phối hợp', 'X thực hiện, Y phối hợp' make Y and the Z coordinators", () => {
    const plan = parsePlanText(
      [
        "II. NHIỆM VỤ",
        "1. Tuyên truyền phòng cháy. Công an xã chủ trì, Hội Nông dân xã và các tổ dân phố phối hợp; trong tháng 9/2024.",
        "2. Dọn vệ sinh kênh mương. Phòng Kinh tế thực hiện, Hội Phụ nữ xã phối hợp; xong trước 01/10/2024.",
        "3. Sở Nội vụ chủ trì, các sở, ngành phối hợp tổng kết công tác, trước ngày 05/12/2024.",
      ].join("\n"),
    );
    const [first, second, third] = tasks(plan);
    expect([first, second]).toEqual([
      ["II.1", "2024-09-30", ["?Công an xã"], ["?Hội Nông dân xã", "?các tổ dân phố"]],
      ["II.2", "2024-09-30", ["?Phòng Kinh tế"], ["?Hội Phụ nữ xã"]],
    ]);
    // A comma inside the group's name closes no clause: every department but the lead takes part.
    expect(third![3]).toEqual(expect.arrayContaining(["Sở Tư pháp", "Sở Y tế"]));
    expect(third![3]).not.toContain("Sở Nội vụ");
  });
});
