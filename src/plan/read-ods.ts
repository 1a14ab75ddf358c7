// .ods task tables (OpenDocument spreadsheets, what LibreOffice Calc saves and many offices send
// instead of .xlsx), read as .xlsx workbooks are: every visible sheet in order, each cell as it is
// shown, merged ranges spread, the rows made blocks as for every workbook format. A pure function
// of the bytes and the limits; the zip is inflated within them (package.ts), content.xml streamed.
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { streamXml } from "../formats/xml-stream.ts";
import { Budget, readSafely, refuse } from "./budget.ts";
import type { ReadResult } from "./document.ts";
import { odsSheetsReader } from "./ods/sheets.ts";
import { openPackage } from "./package.ts";
import { sheetBlocks } from "./sheet/blocks.ts";

export function readOdsPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): ReadResult {
  return readSafely("unreadable-ods", () => {
    const pkg = openPackage(buffer, limits, "unreadable-ods");
    const content = pkg.part("content.xml") ?? refuse("unreadable-ods", "no content.xml");
    const reader = odsSheetsReader(new Budget(limits));
    streamXml(content, reader, limits.maxXmlDepth);
    return { blocks: reader.sheets().flatMap(sheetBlocks) };
  });
}
