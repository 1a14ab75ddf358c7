// Small OpenDocument spreadsheets written by hand for the .ods reader's tests: content.xml's tables and automatic
// styles, zipped with the "mimetype" entry first, stored, as ODF requires.
import JSZip from "jszip";

const ODS_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
].join(" ");

export async function ods(tables: string, styles = ""): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file(
    "content.xml",
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODS_NS}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
export const cell = (text: string, attrs = "") =>
  `<table:table-cell office:value-type="string"${attrs}><text:p>${text}</text:p></table:table-cell>`;
export const row = (cells: string, attrs = "") => `<table:table-row${attrs}>${cells}</table:table-row>`;
