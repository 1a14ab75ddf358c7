// RTF files built to hurt the reader: each is refused with its code (or read within the limits), never a crash or a
// hang. Only the outcome is asserted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/index.ts";
import { readPlan } from "../../../src/plan/read-plan.ts";
import { readRtfPlan } from "../../../src/plan/read-rtf.ts";
import { rtf, u } from "./rtf-file.ts";

const code = async (buffer: Buffer) => {
  const read = await readPlan(buffer);
  return read.ok ? "read" : read.error.code;
};

describe("a hostile .rtf", () => {
  it("is refused when its groups nest 100,000 deep", async () => {
    const deep = Buffer.from(`{\\rtf1 ${"{".repeat(100_000)}x${"}".repeat(100_000)}}`);
    expect(await code(deep)).toBe("unreadable-rtf");
  });

  it("is refused when \\bin claims 2^31 bytes, or more than the file holds", async () => {
    expect(await code(rtf(String.raw`\pard a{\bin2147483648 xyz}\par`))).toBe("unreadable-rtf");
    expect(await code(rtf(String.raw`\pard a{\bin9 xyz}\par`))).toBe("unreadable-rtf");
  });

  it("skips \\bin's data, braces and backslashes in it included", async () => {
    const read = readRtfPlan(rtf(String.raw`\pard ${u("Nội dung")}{\*\blob\bin6 }{\\{x}\par`));
    expect(read).toMatchObject({ ok: true, document: { blocks: [{ type: "text", text: "Nội dung" }] } });
  });

  it("is refused when a paragraph is a flood of \\u characters", async () => {
    expect(await code(rtf(`\\pard ${"\\u7871?".repeat(200_000)}\\par`))).toBe("plan-too-complex");
  });

  it("skips no more than a few fallback characters whatever \\uc says", async () => {
    const read = readRtfPlan(rtf(String.raw`\pard{\uc2147483647\u7871 ab}${u("Hạn")}\par`));
    expect(read).toMatchObject({ ok: true, document: { blocks: [{ type: "text", text: "ếHạn" }] } });
  });

  it("is refused when it is cut short, or a control word or parameter runs on", async () => {
    const file = readFileSync(join(import.meta.dirname, "restarted-list.rtf"));
    expect(await code(file.subarray(0, Math.floor(file.length / 2)))).toBe("unreadable-rtf");
    expect(await code(rtf(`\\pard\\fs${"9".repeat(40)} a\\par`))).toBe("unreadable-rtf");
    expect(await code(rtf(`\\pard\\${"x".repeat(100)} a\\par`))).toBe("unreadable-rtf");
    expect(await code(Buffer.from("{\\rtf1 a\\"))).toBe("unreadable-rtf");
    expect(await code(Buffer.from("{\\rtf1 \\'zz}"))).toBe("unreadable-rtf");
  });

  it("reads 20,000 paragraphs, one block each", async () => {
    const read = readRtfPlan(rtf(`\\pard ${"Dong\\par ".repeat(20_000)}`));
    expect(read.ok && read.document.blocks.length).toBe(20_000);
  });

  it("is refused past the limits on paragraphs, columns and nested tables", async () => {
    expect(await code(rtf("\\pard x\\par ".repeat(60_000)))).toBe("plan-too-complex");
    const wide = `\\trowd${Array.from({ length: 500 }, (_, i) => `\\cellx${(i + 1) * 10}`).join("")}`;
    expect(await code(rtf(`${wide}\\pard\\intbl ${"a\\cell ".repeat(500)}\\row`))).toBe("plan-too-complex");
    expect(await code(rtf(`\\pard\\intbl\\itap40 a\\nestcell\\nestrow`))).toBe("plan-too-complex");
  });

  it("is refused when a table of fonts or lists is a flood", async () => {
    expect(await code(rtf(`{\\fonttbl${"{\\f1 A;}".repeat(300_000)}}`))).toBe("unreadable-rtf");
  });

  it("answers a broken file in the user's language, pointing to .docx", () => {
    expect(translator("vi")("error-unreadable-rtf")).toMatch(/RTF.*\.docx/);
    expect(translator("en")("error-unreadable-rtf")).toMatch(/RTF.*\.docx/);
  });
});
