// .odt files made to hurt: every count an attribute writes (spans, repeats, spaces), every depth (tables, lists) and
// every size (a zip bomb) is bounded before it is used, and a broken file is refused with a code a user reads, in
// bounded time.
import { constants, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PLAN_LIMITS } from "../../../src/domain/limits.ts";
import { readOdtPlan } from "../../../src/plan/read-odt.ts";
import { readPlan } from "../../../src/plan/read-plan.ts";
import { handZip } from "../../support/hostile-plans.ts";
import { t } from "../../support/intake.ts";
import { BOX, odtFile, odtTable, p, type OdtParts } from "./odt-file.ts";
import { odtMergedRows, odtParagraphs } from "../../support/large-file-inputs.ts";

async function readParts(parts: OdtParts, limits = PLAN_LIMITS) {
  return { read: readOdtPlan(await odtFile(parts), limits) };
}

const code = (read: ReturnType<typeof readOdtPlan>) => (read.ok ? "read" : read.error.code);

describe("hostile OpenDocument plans", () => {
  it("refuses cells spanning or repeating a hundred million columns, and rows repeated as many times", async () => {
    const wide = `<table:table-cell table:number-columns-spanned="100000000">${p("Nhiệm vụ")}</table:table-cell>`;
    const repeated = `<table:table-cell table:number-columns-repeated="100000000">${p("x")}</table:table-cell>`;
    const rows = `<table:table><table:table-row table:number-rows-repeated="100000000"><table:table-cell>${p("x")}</table:table-cell></table:table-row></table:table>`;
    for (const body of [odtTable([[wide]]), odtTable([[repeated]]), rows]) {
      const { read } = await readParts({ body, automatic: BOX });
      expect(code(read)).toBe("plan-too-complex");
    }
  });

  it("refuses two billion spaces without making them", async () => {
    const { read } = await readParts({ body: p('Dòng<text:s text:c="2000000000"/>hai') });
    expect(code(read)).toBe("plan-too-complex");
  });

  it("refuses tables nested 40 deep, and numbers lists nested 50 deep by their tenth level", async () => {
    let nested = p("Nhiệm vụ");
    for (let d = 0; d < 40; d++) nested = odtTable([[`<table:table-cell>${nested}</table:table-cell>`]]);
    expect(code((await readParts({ body: nested })).read)).toBe("plan-too-complex");
    let list = `<text:list text:style-name="L"><text:list-item>${p("Sâu")}</text:list-item></text:list>`;
    for (let d = 1; d < 50; d++) list = `<text:list><text:list-item>${p("Mức")}${list}</text:list-item></text:list>`;
    list = list.replace("<text:list>", '<text:list text:style-name="L">');
    const styles = `<text:list-style style:name="L">${Array.from({ length: 12 }, (_, i) => `<text:list-level-style-number text:level="${i + 1}" style:num-format="1" style:num-suffix="."/>`).join("")}</text:list-style>`;
    const { read } = await readParts({ body: list, styles });
    const blocks = read.ok ? read.document.blocks : [];
    expect(blocks.map((b) => (b.type === "text" ? b.text : "")).slice(0, 2)).toEqual(["1. Mức", "1. Mức"]);
    expect(blocks.at(-1)).toMatchObject({ text: expect.stringMatching(/^\d+\. Sâu$/) });
  });

  it("refuses a zip bomb, and a broken file as an unreadable .odt", async () => {
    const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
    const data = Buffer.concat([...Array.from({ length: 64 }, () => block), Buffer.from([0x03, 0x00])]);
    const bomb = handZip([{ name: "content.xml", data, inflated: 64 * 1024 * 1024 * 16, crc: 0 }]);
    expect(code(readOdtPlan(bomb))).toBe("plan-too-large");
    const lying = handZip([{ name: "content.xml", data, inflated: 4096, crc: 0 }]);
    expect(code(readOdtPlan(lying))).toBe("unreadable-odt");
    const broken = await odtFile({ body: "<text:p>Kế hoạch</text:span>" });
    const read = await readPlan(broken);
    expect(read).toMatchObject({ ok: false, error: { code: "unreadable-odt" } });
    expect(t("error-unreadable-odt")).toMatch(/\.odt/);
  });

  it("reads 20,000 paragraphs and a table of 5,000 merged rows", async () => {
    const { read } = await readParts(odtParagraphs(20_000));
    expect(read.ok && read.document.blocks.length).toBe(20_000);
    const table = await readParts(odtMergedRows(5000));
    expect(table.read.ok && table.read.document.blocks.at(-1)).toMatchObject({
      cells: ["5000", "Nhiệm vụ 4999", "Sở Tư pháp"],
    });
  }, 60_000);
});
