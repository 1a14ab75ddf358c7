// One list of quotation marks serves every reader of quoted names: a name of work and a task's name quoted in
// guillemets read as they do in straight or curly quotes, and a paragraph of 100 KB whose marks never close reads
// without a scan from each mark to its end.
import { describe, expect, it } from "vitest";
import { withQuotedNamesWhole } from "../../src/plan/quoted-names.ts";
import { namedTask, unquoted } from "../../src/plan/quoted-task.ts";
import { parse, tasks } from "../support/text-plans.ts";

describe("quotation marks", () => {
  it("keep a name of work in guillemets whole, its units naming nobody", () => {
    const body = [
      "II. NHIỆM VỤ",
      "1. Triển khai mô hình «Hỗ trợ, kết nối hộ kinh doanh, doanh nghiệp nhỏ với sàn thương mại điện tử»: Sở Công Thương chủ trì, Sở Tài chính phối hợp; hoàn thành trong quý III/2024.",
    ];
    expect(tasks(parse(body.join("\n\n")))).toEqual([["II.1", "2024-09-30", ["Sở Công Thương"], ["Sở Tài chính"]]]);
    expect(withQuotedNamesWhole("chuyên mục «Hỏi, đáp pháp luật» trên báo")).toBe(
      'chuyên mục "hỏi  đáp pháp luật" trên báo',
    );
  });

  it("keep a name whole in a low opening mark, as a quoted amendment opens („…”), and in any other the list holds", () => {
    expect(withQuotedNamesWhole("chuyên mục „Hỏi, đáp pháp luật” trên báo")).toBe(
      'chuyên mục "hỏi  đáp pháp luật" trên báo',
    );
    expect(namedTask("Sở Nội vụ: nhiệm vụ „Số hóa hồ sơ cán bộ, công chức cấp xã” còn chậm.")).toBe(
      "Số hóa hồ sơ cán bộ, công chức cấp xã",
    );
  });

  it("title a task by its name in guillemets, after 'nhiệm vụ' or standing alone", () => {
    expect(namedTask("Sở Nội vụ: nhiệm vụ «Số hóa hồ sơ cán bộ, công chức cấp xã» còn chậm.")).toBe(
      "Số hóa hồ sơ cán bộ, công chức cấp xã",
    );
    expect(unquoted("«Chuẩn hóa dữ liệu đất đai của ba huyện»")).toBe("Chuẩn hóa dữ liệu đất đai của ba huyện");
    expect(unquoted("«Một cửa»")).toBe("«Một cửa»");
  });

  it("read a paragraph of 100 KB: marks opened and never closed, or a long run of spaces before a name", () => {
    const spaced = `Duy trì chuyên mục${" ".repeat(100_000)}«Hỏi, đáp pháp luật».`;
    expect(withQuotedNamesWhole(spaced)).toBe(spaced);
    expect(withQuotedNamesWhole(`${spaced} mục «Hỏi, đáp».`)).toBe(`${spaced} mục "hỏi  đáp".`);
    const open = "Tiếp tục «rà soát hồ sơ “tồn đọng của ".repeat(3000);
    expect(open.length).toBeGreaterThan(100_000);
    expect(withQuotedNamesWhole(open)).toBe(open);
    expect(namedTask(`nhiệm vụ «${open}`)).toBeNull();
    const named = `${open} nhiệm vụ «Cập nhật hồ sơ địa chính lên hệ thống dùng chung» đến nay chưa xong.`;
    expect(namedTask(named)).toBe("Cập nhật hồ sơ địa chính lên hệ thống dùng chung");
  });
});
