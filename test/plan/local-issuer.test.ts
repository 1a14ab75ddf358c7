// A district's own letter: its header names the committee issuing it, which the text then calls by its level alone
// ("UBND huyện tổ chức …"); what it asks of the province's departments ("Đề nghị Sở X …") is a request, no task of
// its own, while the province's "Đề nghị Sở X …" assigns the work.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import type { ParsedPlan } from "../../src/plan/parsed-plan.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

function letter(header: string[], body: string[]): ParsedPlan {
  const text = [...header, "Số: 41/UBND-VP", "Đại Từ, ngày 10 tháng 3 năm 2023", ...body, "Nơi nhận:", "- Như trên;"];
  const read = readTextPlan(text.join("\n"));
  if (!read.ok) throw new Error(read.error.code);
  const parsed = parsePlan(read.document, THAI_NGUYEN, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan;
}

const BODY = [
  "1. Nhiệm vụ năm 2023",
  "1.1. UBND huyện tổ chức hội nghị đối thoại với doanh nghiệp trong quý II/2023.",
  "1.2. Đề nghị Phòng Tư pháp huyện rà soát văn bản quy phạm pháp luật, xong trước ngày 30/6/2023.",
  "2. Kiến nghị",
  "- Đề nghị Sở Nội vụ mở lớp bồi dưỡng công chức cấp xã trong tháng 8/2023.",
];
const task = (plan: ParsedPlan, ref: string) => tasks(plan).find((t) => t[0] === ref);

describe("a district's own letter", () => {
  const plan = letter(["ỦY BAN NHÂN DÂN", "HUYỆN ĐẠI TỪ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], BODY);

  it("is issued by the committee its header names", () => {
    expect(plan.plan.issuer).toBe("UBND huyện Đại Từ");
  });

  it("reads the committee named by its level alone as the issuer", () => {
    expect(task(plan, "1.1")?.[2]).toEqual(["UBND huyện Đại Từ"]);
  });

  it("keeps what it asks of its own offices as tasks", () => {
    expect(task(plan, "1.2")?.[2]).toEqual(["?Phòng Tư pháp huyện"]);
  });

  it("reads what it asks of a department above it as a request, no task", () => {
    expect(tasks(plan).map((t) => t[0])).not.toContain("2.1");
    expect(tasks(plan).flatMap((t) => t[2])).not.toContain("Sở Nội vụ");
  });

  it("reads the header on one line as well", () => {
    const oneLine = letter(["ỦY BAN NHÂN DÂN HUYỆN ĐẠI TỪ"], BODY);
    expect(oneLine.plan.issuer).toBe("UBND huyện Đại Từ");
    expect(task(oneLine, "1.1")?.[2]).toEqual(["UBND huyện Đại Từ"]);
  });
});

describe("the province's own letter", () => {
  const plan = letter(["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], BODY);

  it("assigns what it asks of its departments", () => {
    expect(tasks(plan).flatMap((t) => t[2])).toContain("Sở Nội vụ");
  });

  it("names no district by the level alone", () => {
    expect(task(plan, "1.1")?.[2]).not.toContain("UBND huyện Đại Từ");
  });
});
