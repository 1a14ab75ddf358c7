// A spreadsheet a text document holds as an embedded object (Word's w:object with o:OLEObject ProgID Excel.Sheet.*,
// LibreOffice's draw:object, a .doc's ObjectPool): the office pasted its task table as a worksheet, and the page shows
// the worksheet's cells (its preview picture) where the object stands. Those cells are read as the workbook readers
// read a workbook sent on its own (read-xlsx.ts, read-xls.ts, read-ods.ts, sheet/blocks.ts), where the object stands.
// Bounded as every nested read is: the object's cells, rows and inflated bytes count in the document's own budget (a
// document past the limits with them is refused); an object inside the object is not followed (the workbook readers
// read none); an object that is no workbook, or a broken one, is passed over as a picture is, the document still read.
import type { PlanLimits } from "../domain/limits.ts";
import { XmlError } from "../formats/xml-stream.ts";
import { type Budget, Refusal } from "./budget.ts";
import { CFB_SIGNATURE, type CompoundFile, openCompoundFile } from "./compound-file.ts";
import type { Block } from "./document.ts";
import { odsContentBlocks } from "./read-ods.ts";
import { xlsBlocks } from "./read-xls.ts";
import { xlsxBlocks } from "./read-xlsx.ts";

const ZIP = Buffer.from("PK\x03\x04", "latin1");

/** `read`'s blocks (their rows counted in the budget as read), or none when the object cannot be read as a workbook. */
function orNone(read: () => Block[]): Block[] {
  try {
    return read();
  } catch (error) {
    const code = error instanceof Refusal ? error.error.code : null;
    if (code === "plan-too-large" || code === "plan-too-complex") throw error;
    if (error instanceof XmlError && error.problem !== "malformed") throw error;
    return [];
  }
}

/**
 * The blocks of a workbook in an OLE storage (a .doc's ObjectPool entry, an OLE object's own file): Excel 97-2003's
 * Workbook stream, or the Excel 2007 package it wraps in a "Package" stream.
 */
export function storageWorkbookBlocks(storage: CompoundFile, limits: PlanLimits, budget: Budget): Block[] {
  return orNone(() => {
    const pkg = storage.stream("Package");
    if (pkg) {
      budget.unpacked(pkg.length);
      return pkg.subarray(0, 4).equals(ZIP) ? xlsxBlocks(pkg, limits, budget) : [];
    }
    const workbook = storage.stream("Workbook");
    if (!workbook) return [];
    budget.unpacked(workbook.length);
    return xlsBlocks(workbook, budget);
  });
}

/** The blocks of an embedded object's bytes when it is a workbook (.xlsx package or .xls compound file), else none. */
export function embeddedWorkbookBlocks(data: Buffer, limits: PlanLimits, budget: Budget): Block[] {
  if (data.subarray(0, 4).equals(ZIP)) return orNone(() => xlsxBlocks(data, limits, budget));
  if (!data.subarray(0, 8).equals(CFB_SIGNATURE)) return [];
  return orNone(() =>
    storageWorkbookBlocks(openCompoundFile(data, limits.maxPartBytes, "unreadable-xls"), limits, budget),
  );
}

/** The blocks of a sub-document's content.xml in an OpenDocument package when it is a spreadsheet's. */
export function embeddedSpreadsheetBlocks(content: Buffer, limits: PlanLimits, budget: Budget): Block[] {
  return orNone(() => odsContentBlocks(content, limits, budget));
}
