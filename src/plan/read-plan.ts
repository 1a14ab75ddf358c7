// Picks the reader by what the file is, not by its name: a .docx, an .xlsx, an .odt and an .ods
// are all zip archives and are told apart by their main part, or by the "mimetype" entry; a .doc
// and an .xls are compound files holding a WordDocument or a Workbook stream; an .rtf opens with "{\\rtf", a web
// page with its html element or a web archive's MIME header, an Excel 2003 XML Spreadsheet with its Workbook element.
import { decodeText } from "../formats/text-decode.ts";
import { PLAN_LIMITS, type PlanLimits } from "../domain/limits.ts";
import { flatKind } from "./flat-package.ts";
import { isPdf, openDocumentKind, unreadFormat } from "./file-kind.ts";
import { isWordCompoundFile, readDocPlan } from "./read-doc.ts";
import { readDocxPlan } from "./read-docx.ts";
import { readOdsPlan } from "./read-ods.ts";
import { readOdtPlan } from "./read-odt.ts";
import { readPdfPlan } from "./read-pdf.ts";
import { isRtf, readRtfPlan } from "./read-rtf.ts";
import { readHtmlPlan, webPage } from "./read-html.ts";
import { readTextPlan } from "./read-text.ts";
import { isWordXml, readWordXmlPlan } from "./read-wordml.ts";
import { isWorkbookCompoundFile, readXlsPlan } from "./read-xls.ts";
import { readXlsxPlan } from "./read-xlsx.ts";
import { isXmlWorkbook, readXmlWorkbookPlan } from "./read-xml-workbook.ts";
import { rewriteWords, type ReadResult } from "./document.ts";
import { repairLegacyLetters } from "../formats/legacy-letters.ts";
import { withMarksRestored } from "./unmarked.ts";
import { withoutChatParagraphs } from "./text-chat.ts";
import { archivedFile } from "./archive.ts";
import { isEncryptedOfficeFile } from "../formats/office-encryption.ts";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export async function readPlan(buffer: Buffer, limits: PlanLimits = PLAN_LIMITS): Promise<ReadResult> {
  const read = await readFile(buffer, limits, false);
  // Letters shown in the wrong font are read as that font shows them, whatever the file (formats/legacy-letters.ts).
  if (!read.ok) return read;
  const blocks = read.document.blocks.map((block) => rewriteWords(block, repairLegacyLetters));
  // A chat message pasted into Word is read as its text is (text-chat.ts); a document typed without Vietnamese marks
  // with its readers' words and units' names marked (unmarked.ts).
  return { ok: true, document: { ...read.document, blocks: withMarksRestored(withoutChatParagraphs(blocks)) } };
}

async function readFile(buffer: Buffer, limits: PlanLimits, opened: boolean): Promise<ReadResult> {
  if (buffer.length > limits.maxBytes) return { ok: false, error: { code: "plan-too-large", detail: "file size" } };
  // A plan sent inside an archive is read as the one plan file it holds, an archive inside it never opened.
  const inner = archivedFile(buffer, limits, opened);
  if (inner) return inner.ok ? readFile(inner.file, limits, true) : inner;
  if (buffer.toString("utf8").trim() === "") return { ok: false, error: { code: "empty-file" } };
  if (isPdf(buffer)) return readPdfPlan(buffer);
  if (isEncryptedOfficeFile(buffer)) return { ok: false, error: { code: "encrypted-file" } };
  // An OLE2 compound file holding a WordDocument stream is a Word 97-2003 .doc, one holding a Workbook an .xls;
  // other ones (.ppt) stay refused.
  if (isWordCompoundFile(buffer, limits)) return readDocPlan(buffer, limits);
  if (isWorkbookCompoundFile(buffer, limits)) return readXlsPlan(buffer, limits);
  if (isRtf(buffer)) return readRtfPlan(buffer, limits);
  // Word 2003's XML document, whatever its name (.xml, or the .doc it is often saved as).
  if (isWordXml(buffer)) return readWordXmlPlan(buffer, limits);
  // Word's and LibreOffice's one-file XML documents, whatever their name (the .doc they are often saved as).
  const flat = flatKind(buffer);
  if (flat === "word") return readDocxPlan(buffer, limits);
  if (flat === "text") return readOdtPlan(buffer, limits);
  if (flat === "spreadsheet") return readOdsPlan(buffer, limits);
  const unread = unreadFormat(buffer);
  if (unread) return { ok: false, error: { code: unread } };
  if (buffer.subarray(0, 4).equals(ZIP)) {
    // OpenDocument text (.odt) or spreadsheet (.ods): its first entry, "mimetype", says so (file-kind.ts refused
    // the other kinds).
    const kind = openDocumentKind(buffer);
    if (kind === "spreadsheet") return readOdsPlan(buffer, limits);
    if (kind) return readOdtPlan(buffer, limits);
    if (buffer.includes("word/document.xml")) return readDocxPlan(buffer, limits);
    if (buffer.includes("xl/workbook.xml")) return readXlsxPlan(buffer, limits);
    // Office packages of other kinds: a binary workbook (.xlsb), a presentation (.pptx).
    if (buffer.includes("xl/workbook.bin") || buffer.includes("ppt/presentation.xml"))
      return { ok: false, error: { code: "office-file" } };
    return { ok: false, error: { code: "not-a-plan" } };
  }
  // Excel 2003 XML Spreadsheets, whatever their name (.xls, .xml): read as Excel opens them.
  if (isXmlWorkbook(buffer)) return readXmlWorkbookPlan(buffer, limits);
  // Word's web pages, whatever their name (.htm, .mht, or the .doc portals serve): read as Word opens them.
  const page = webPage(buffer);
  if (page) return readHtmlPlan(page, limits);
  // UTF-8, UTF-16 by its byte-order mark, or a legacy Vietnamese code page (formats/text-decode.ts).
  const text = decodeText(buffer);
  if (text === null) return { ok: false, error: { code: "not-a-plan" } };
  return readTextPlan(text, limits);
}
