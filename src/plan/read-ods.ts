// .ods task tables (OpenDocument spreadsheets, what LibreOffice Calc saves and many offices send
// instead of .xlsx), read as .xlsx workbooks are: every visible sheet in order, each cell as it is
// shown, merged ranges spread, the rows made blocks as for every workbook format. A pure function
// of the bytes and the limits; the zip is inflated within them (package.ts), content.xml streamed.
import { refuseEncryptedOpenDocument } from "./encrypted.ts";
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { streamXml } from "../formats/xml-stream.ts";
import { Budget, readSafely, refuse } from "./budget.ts";
import type { Block, ReadResult } from "./document.ts";
import { odsSheetsReader } from "./ods/sheets.ts";
import { openPackage } from "./package.ts";
import { sheetBlocks } from "./sheet/blocks.ts";

export function readOdsPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-ods", () => {
    const pkg = openPackage(buffer, limits, "unreadable-ods");
    refuseEncryptedOpenDocument(pkg);
    const content = pkg.part("content.xml") ?? refuse("unreadable-ods", "no content.xml");
    return { blocks: odsContentBlocks(content, limits, new Budget(limits)) };
  });
}

/**
 * A spreadsheet's content.xml as blocks, its cells counted in `budget`: the workbook's own, or that of the text
 * document holding it as an embedded object (embedded-workbook.ts).
 */
export function odsContentBlocks(content: Buffer, limits: PlanLimits, budget: Budget): Block[] {
  const reader = odsSheetsReader(budget);
  streamXml(content, reader, limits.maxXmlDepth);
  const names = reader.names();
  return reader.sheets().flatMap((rows, i) => sheetBlocks(rows, names[i]));
}
