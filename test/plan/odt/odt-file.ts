// Small OpenDocument text files written by hand for the .odt reader's tests: content.xml's body and automatic
// styles, styles.xml's common, list and page styles, zipped with the "mimetype" entry first, stored, as ODF requires.
import JSZip from "jszip";

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"',
].join(" ");

export interface OdtParts {
  /** What office:text holds. */
  body: string;
  /** content.xml's office:automatic-styles. */
  automatic?: string;
  /** styles.xml's office:styles, and its office:master-styles. */
  styles?: string;
  masters?: string;
  mimetype?: string;
}

export function contentXml(parts: OdtParts): string {
  return `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3"><office:automatic-styles>${parts.automatic ?? ""}</office:automatic-styles><office:body><office:text>${parts.body}</office:text></office:body></office:document-content>`;
}

export function stylesXml(parts: OdtParts): string {
  return `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS} office:version="1.3"><office:styles>${parts.styles ?? ""}</office:styles><office:master-styles>${parts.masters ?? '<style:master-page style:name="Standard"/>'}</office:master-styles></office:document-styles>`;
}

export async function odtFile(parts: OdtParts): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("mimetype", parts.mimetype ?? "application/vnd.oasis.opendocument.text", { compression: "STORE" });
  zip.file("content.xml", contentXml(parts));
  zip.file("styles.xml", stylesXml(parts));
  zip.file(
    "META-INF/manifest.xml",
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>',
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A paragraph, with its style. */
export const p = (text: string, style?: string) =>
  `<text:p${style ? ` text:style-name="${style}"` : ""}>${text}</text:p>`;

/** A numbered list style: its levels' num-format, prefix and suffix, display-levels. */
export function listStyle(
  name: string,
  levels: { format: string; suffix?: string; prefix?: string; display?: number }[],
) {
  const level = (l: (typeof levels)[number], i: number) =>
    `<text:list-level-style-number text:level="${i + 1}" style:num-format="${l.format}"${l.suffix ? ` style:num-suffix="${l.suffix}"` : ""}${l.prefix ? ` style:num-prefix="${l.prefix}"` : ""}${l.display ? ` text:display-levels="${l.display}"` : ""}/>`;
  return `<text:list-style style:name="${name}">${levels.map(level).join("")}</text:list-style>`;
}

/** A table of rows of cells (raw cell XML, or text for a bordered cell). */
export function odtTable(rows: string[][], columns = rows[0]?.length ?? 1): string {
  const cell = (c: string) =>
    c.startsWith("<table:") ? c : `<table:table-cell table:style-name="Box">${p(c)}</table:table-cell>`;
  const body = rows.map((r) => `<table:table-row>${r.map(cell).join("")}</table:table-row>`).join("");
  return `<table:table><table:table-column table:number-columns-repeated="${columns}"/>${body}</table:table>`;
}

export const BOX = `<style:style style:name="Box" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>`;
