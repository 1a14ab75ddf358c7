// Every message exists in both languages, and the messages the code builds from
// codes exist for every code.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES, messageIds, pickLang, translator } from "../src/i18n/index.ts";
import { projectRoot } from "../src/paths.ts";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(path);
    return path.endsWith(".ts") ? [readFileSync(path, "utf8")] : [];
  });
}

describe("locales", () => {
  it("have the same messages in Vietnamese and English", () => {
    expect(messageIds("en").sort()).toEqual(messageIds("vi").sort());
  });

  it.each(LANGUAGES)("define each message once in %s (Fluent refuses a second definition)", (lang) => {
    const ids = [
      ...readFileSync(join(projectRoot, "locales", `${lang}.ftl`), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm),
    ];
    const seen = new Set<string>();
    expect(ids.map((m) => m[1]!).filter((id) => seen.has(id) || !seen.add(id))).toEqual([]);
  });

  it("have every message the code names literally", () => {
    const code = sources(join(projectRoot, "src")).join("\n");
    const used = new Set([...code.matchAll(/\bt\("([a-z][a-z0-9-]+)"/g)].map((m) => m[1]!));
    const known = new Set(messageIds("vi"));
    expect([...used].filter((id) => !known.has(id))).toEqual([]);
  });

  it.each(LANGUAGES)("format every plan warning and error code in %s", (lang) => {
    const t = translator(lang);
    const warnings = [
      "unresolved-unit",
      "deadline-without-date",
      "invalid-deadline",
      "backward-deadline",
      "plan-number-missing",
      "plan-date-missing",
      "quota-cell-missing",
      "unresolved-quota-unit",
    ];
    for (const code of warnings)
      expect(t(`plan-warning-${code}`, { ref: "1", name: "X", text: "Y", unit: "Z", column: "C" })).not.toMatch(/\{/);
    const errors = [
      "file-not-found",
      "not-a-plan",
      "empty-file",
      "unreadable-docx",
      "unreadable-odt",
      "unreadable-doc",
      "unreadable-rtf",
      "unreadable-web-page",
      "archive-file",
      "archive-several-files",
      "office-file",
      "unreadable-xlsx",
      "plan-too-large",
      "plan-too-complex",
      "unknown-province",
      "province-not-detected",
      "no-tasks",
      "no-tasks-dated",
      "invalid-date",
      "unknown-unit",
      "ambiguous-unit",
    ];
    for (const code of errors)
      expect(
        t(`error-${code}`, {
          path: "p",
          province: "P",
          value: "v",
          name: "n",
          provinces: "a, b",
          files: "a.docx, b.pdf",
          count: 2,
          lines: "• l",
          more: 0,
        }),
      ).toBeTruthy();
  });

  it("shows the dated lines of a plan no task was read from, and how many more there are", () => {
    const args = { count: 7, lines: "• 1. Rà soát … trước ngày 30/6/2024.\n• 2. Báo cáo … tháng 9/2024.", more: 5 };
    expect(translator("vi")("error-no-tasks-dated", args)).toBe(
      [
        "Không đọc được nhiệm vụ nào trong tệp này, dù có 7 dòng ghi thời hạn, như:",
        "• 1. Rà soát … trước ngày 30/6/2024.",
        "• 2. Báo cáo … tháng 9/2024.",
        "… và 5 dòng nữa.",
        "Có thể dondoc chưa đọc được cách trình bày của kế hoạch này (một bảng chép ra văn bản thuần thường mất cột). Hãy gửi bản Word (.docx) hoặc PDF của kế hoạch; nếu vẫn không đọc được, gửi tệp này cho người quản trị dondoc.",
      ].join("\n"),
    );
    expect(translator("en")("error-no-tasks-dated", { ...args, count: 1, more: 0 })).toMatch(
      /^No task could be read from this file, though 1 line gives a deadline, such as:\n• 1\. .*\n• 2\. .*\ndondoc may not/,
    );
  });

  it("picks the language from a tag, Vietnamese by default", () => {
    expect(pickLang("en-US")).toBe("en");
    expect(pickLang("vi")).toBe("vi");
    expect(pickLang("fr")).toBe("vi");
    expect(pickLang(undefined)).toBe("vi");
  });
});
