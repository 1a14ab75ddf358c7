// A province's plan or report may close asking the State's central bodies for help ("Đề nghị Bộ Nội vụ sớm ban hành
// … trong quý III"): it cannot assign them, so that is no task, dated or not. Its own "Đề nghị Sở X …" and a request
// to an office called "Bộ phận …" stay tasks.
import { describe, expect, it } from "vitest";
import { requestsUpward } from "../../src/plan/upward-request.ts";
import { THAI_NGUYEN } from "../../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../../src/domain/resolve-units.ts";
import { parse } from "../support/text-plans.ts";

describe("requests to the central bodies", () => {
  const plan = parse(
    [
      "IV. KIẾN NGHỊ",
      "1. Kiến nghị Bộ Tài chính hướng dẫn định mức kinh phí chuyển đổi số trong quý II/2024.",
      "2. Đề nghị các Bộ, ngành Trung ương sớm hoàn thiện cơ sở dữ liệu chuyên ngành trước ngày 30/9/2024.",
      "3. Đề nghị Thủ tướng Chính phủ cho phép tỉnh thí điểm mô hình một cửa liên thông trong năm 2024.",
      "4. Đề nghị Sở Nội vụ tổng hợp kiến nghị của các địa phương trước ngày 15/4/2024.",
      "5. Đề nghị Bộ phận Một cửa cấp huyện niêm yết thủ tục mới trước ngày 20/4/2024.",
    ].join("\n"),
  );
  const refs = plan.tasks.filter((t) => t.kind === "task").map((t) => t.ref);

  it("reads no task in what the province asks the ministries and the Government", () => {
    expect(refs).not.toContain("IV.1");
    expect(refs).not.toContain("IV.2");
    expect(refs).not.toContain("IV.3");
  });

  it("keeps the province's own requests", () => {
    expect(refs).toEqual(["IV.4", "IV.5"]);
  });

  it("reads a 100 KB request within bounds", () => {
    const ctx = { resolver: createResolver(THAI_NGUYEN), issuer: null };
    const started = performance.now();
    expect(requestsUpward(ctx, `Đề nghị ${"bộ ".repeat(30_000)}x`)).toBe(false);
    expect(requestsUpward(ctx, `Đề nghị Bộ Y tế ${"a".repeat(100_000)}`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
