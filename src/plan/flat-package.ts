// Office documents saved as one XML file instead of a zip, often under a .doc name and told by content: Word's
// "Word XML Document" (Flat OPC: a <pkg:package> of <pkg:part>s, each XML part in a <pkg:xmlData>, each binary part
// base64 in a <pkg:binaryData>) and LibreOffice's flat OpenDocument (.fodt, .fods: one <office:document> holding
// the styles and the body that content.xml and styles.xml hold apart). Both are given to the zip readers as the
// parts those read, so they are read as the .docx, .odt and .ods of the same parts are. The tags are found by
// formats/xml-scan.ts, linear in the file's length; each part's size is held to the limits as a zip entry's is.
import type { PlanLimits } from "../domain/limits.ts";
import { scanTags } from "../formats/xml-scan.ts";
import { openingText } from "../formats/text-decode.ts";
import { rootName } from "../formats/xml-stream.ts";
import { refuse } from "./budget.ts";
import type { ReadErrorCode } from "./document.ts";

const OPC = "http://schemas.microsoft.com/office/2006/xmlPackage";
const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

export type FlatKind = "word" | "text" | "spreadsheet";

/**
 * What a flat XML file is, by its root: a Flat OPC package holding Word's main part ("word"), or a flat OpenDocument
 * of the text or spreadsheet type its office:mimetype names; null for any other file.
 */
export function flatKind(buffer: Buffer): FlatKind | null {
  const head = openingText(buffer, 8192);
  const root = rootName(head);
  const local = root.slice(root.indexOf(":") + 1);
  if (local === "package" && head.includes(OPC)) return buffer.includes('name="/word/document.xml"') ? "word" : null;
  if (local !== "document" || !head.includes(OFFICE)) return null;
  const type = /mimetype="application\/vnd\.oasis\.opendocument\.([a-z-]+)"/.exec(head)?.[1];
  return type === "text" || type === "spreadsheet" ? type : null;
}

/** The text of a file in its own encoding: UTF-16 by its byte-order mark, else UTF-8. */
function fileText(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString("utf16le");
  return buffer.toString("utf8").replace(/^\uFEFF/, "");
}

const quoted = (attrs: string, name: string) => new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * A Flat OPC package's parts by path ("word/document.xml", as a zip names them): an XML part as its own text, a
 * binary part decoded. A part named twice, more parts than a zip may hold or a part larger than one may be refused.
 */
export function flatOpcParts(buffer: Buffer, limits: PlanLimits, unreadable: ReadErrorCode): Map<string, Buffer> {
  const text = fileText(buffer);
  const parts = new Map<string, Buffer>();
  let name: string | null = null;
  let data: { kind: string; from: number } | null = null;
  for (const tag of scanTags(text)) {
    if (data) {
      // A part's data ends at the first closing tag of its own kind: a part's XML holds no pkg element.
      if (!tag.closing || tag.name !== data.kind) continue;
      if (name === null) refuse(unreadable, "part data outside a part");
      if (parts.has(name)) refuse(unreadable, `duplicate part ${name}`);
      if (parts.size >= limits.maxEntries) refuse("plan-too-complex", "package parts");
      const body = text.slice(data.from, tag.start);
      if (body.length > limits.maxPartBytes) refuse("plan-too-large", `part ${name}`);
      parts.set(name, data.kind === "xmlData" ? Buffer.from(body, "utf8") : Buffer.from(body, "base64"));
      data = null;
    } else if (tag.name === "part") name = tag.closing ? null : (quoted(tag.attrs, "name")?.replace(/^\//, "") ?? null);
    else if ((tag.name === "xmlData" || tag.name === "binaryData") && !tag.closing && !tag.selfClosing)
      data = { kind: tag.name, from: tag.end };
  }
  return parts;
}
