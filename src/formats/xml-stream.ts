// XML read as a stream of events by saxes, a non-backtracking parser: the cost of a
// part is linear in its bytes whatever it holds. No DTD is accepted (OOXML has none), so
// no entity can expand; elements nest to a bounded depth; the bytes are decoded in
// chunks, so a large part never becomes one large string.
import { TextDecoder } from "node:util";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { openingText } from "./text-decode.ts";

export interface XmlElement {
  /** "w:p" for WordprocessingML's p, "x:c" for SpreadsheetML's c, "mc:Choice", "text:p", or the uri-less local name. */
  name: string;
  /** Attributes by local name ("val", "id"); r:id is "r:id". */
  attrs: Record<string, string>;
  isSelfClosing: boolean;
}

export interface XmlHandlers {
  open(element: XmlElement): void;
  close(element: XmlElement): void;
  text(text: string): void;
}

export class XmlError extends Error {
  constructor(readonly problem: "malformed" | "too-deep" | "too-many" | "doctype") {
    super(`xml ${problem}`);
  }
}

// The two spellings of each namespace (transitional and strict OOXML) share a prefix.
const PREFIXES: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "x",
  "http://purl.oclc.org/ooxml/spreadsheetml/main": "x",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  // Word's VML-era office elements: o:OLEObject, an embedded object in a w:object.
  "urn:schemas-microsoft-com:office:office": "o",
  // Word 2003's XML document (read-wordml.ts), its elements named as WordprocessingML's; its auxiliary hints
  // (wx:t, the number Word last showed) and annotations (aml:annotation: tracked changes, comments).
  "http://schemas.microsoft.com/office/word/2003/wordml": "w",
  "http://schemas.microsoft.com/office/word/2003/auxHint": "wx",
  "http://schemas.microsoft.com/aml/2001/core": "aml",
  // A SmartArt diagram's data part (dgm:pt, dgm:t, dgm:cxn) and the w:drawing pointing to it (dgm:relIds).
  "http://schemas.openxmlformats.org/drawingml/2006/diagram": "dgm",
  // OpenDocument (.odt), by the prefixes its specification uses; its attributes are read by local name.
  "urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
  "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
  "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
  "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
  "urn:oasis:names:tc:opendocument:xmlns:style:1.0": "style",
  "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0": "svg",
  "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0": "fo",
  "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0": "loext",
};

function element(tag: SaxesTagNS): XmlElement {
  const prefix = PREFIXES[tag.uri];
  const attrs: Record<string, string> = {};
  for (const a of Object.values(tag.attributes)) {
    if (a.prefix === "xmlns" || a.name === "xmlns") continue;
    attrs[PREFIXES[a.uri] === "r" ? `r:${a.local}` : a.local] = a.value;
  }
  return { name: prefix ? `${prefix}:${tag.local}` : tag.local, attrs, isSelfClosing: tag.isSelfClosing };
}

function decoderFor(data: Buffer): TextDecoder {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le");
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be");
  return new TextDecoder("utf-8");
}

const CHUNK = 256 * 1024;

/** Feeds a part to the handlers, element by element; throws XmlError, or whatever a handler throws. */
export function streamXml(data: Buffer, handlers: XmlHandlers, maxDepth: number): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const open: XmlElement[] = [];
  parser.on("error", () => {
    throw new XmlError("malformed");
  });
  parser.on("doctype", () => {
    throw new XmlError("doctype");
  });
  parser.on("opentag", (tag) => {
    const el = element(tag);
    open.push(el);
    if (open.length > maxDepth) throw new XmlError("too-deep");
    handlers.open(el);
  });
  parser.on("closetag", () => handlers.close(open.pop()!));
  parser.on("text", (text) => handlers.text(text));
  const decoder = decoderFor(data);
  for (let at = 0; at < data.length; at += CHUNK) {
    parser.write(decoder.decode(data.subarray(at, at + CHUNK), { stream: true }));
  }
  parser.write(decoder.decode());
  parser.close();
}

export interface XmlNode extends XmlElement {
  children: XmlNode[];
}

/** Thrown to stop reading a tree where `stop` opens; never leaves `xmlTree`. */
class Reached extends Error {}

/**
 * A small part (styles, numbering, relationships, a workbook's list of sheets) as a tree
 * of elements, without text: at most `maxNodes` of them. With `stop`, only what comes before the first element so
 * named: an OpenDocument content.xml's styles before its office:body, which is streamed, never held as a tree.
 */
export function xmlTree(data: Buffer, limits: { maxDepth: number; maxNodes: number }, stop?: string): XmlNode {
  const root: XmlNode = { name: "", attrs: {}, isSelfClosing: false, children: [] };
  const stack = [root];
  let count = 0;
  const handlers: XmlHandlers = {
    open(el) {
      if (el.name === stop) throw new Reached();
      if (++count > limits.maxNodes) throw new XmlError("too-many");
      const node = { ...el, children: [] };
      stack.at(-1)!.children.push(node);
      stack.push(node);
    },
    close() {
      stack.pop();
    },
    text() {},
  };
  try {
    streamXml(data, handlers, limits.maxDepth);
  } catch (error) {
    if (!(error instanceof Reached)) throw error;
  }
  return root;
}

/** The children of a node with a name, and the first one. */
export const childrenNamed = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);
export const child = (node: XmlNode | undefined, name: string) => node?.children.find((c) => c.name === name);

/** The width and order of a part's code units: UTF-16 by its byte-order mark, else one byte (markup is ASCII). */
function codeUnits(data: Buffer): { width: 1 | 2; low: 0 | 1 } {
  if (data[0] === 0xff && data[1] === 0xfe) return { width: 2, low: 0 };
  if (data[0] === 0xfe && data[1] === 0xff) return { width: 2, low: 1 };
  return { width: 1, low: 0 };
}

// What may follow an element's name: ">", " ", "/", a line end or a tab.
const NAME_ENDS = new Set([0x3e, 0x20, 0x2f, 0x0a, 0x0d, 0x09]);

/** ASCII markup in a part's own code units. */
function encodedAs(text: string, width: 1 | 2, low: 0 | 1): Buffer {
  if (width === 1) return Buffer.from(text, "latin1");
  const units = Buffer.from(text, "utf16le");
  return low === 0 ? units : units.swap16();
}

/**
 * Whether a part holds more than `limit` elements named `qualifiedName` ("w:p"), counted
 * on its bytes without parsing and no further than the limit: a cheap bound checked
 * before a costly parse. A part saved as UTF-16 is counted in its own code units.
 */
export function holdsMoreThan(data: Buffer, qualifiedName: string, limit: number): boolean {
  const { width, low } = codeUnits(data);
  const tag = encodedAs(`<${qualifiedName}`, width, low);
  let count = 0;
  for (let at = data.indexOf(tag); at >= 0; at = data.indexOf(tag, at + tag.length)) {
    const next = data[at + tag.length + low];
    const ascii = width === 1 || (at % 2 === 0 && data[at + tag.length + 1 - low] === 0);
    // "<w:p>" and "<w:p w:rsidR=…>" count, "<w:pPr>" does not.
    if (ascii && next !== undefined && NAME_ENDS.has(next) && ++count > limit) return true;
  }
  return false;
}

/**
 * The name of the first element of an XML text's opening: declaration, processing instructions, comments skipped, and
 * a DOCTYPE's declarations (so that a workbook carrying one is told, then refused by the reader).
 */
export function rootName(head: string): string {
  let at = head.indexOf("<");
  for (let guard = 0; at >= 0 && guard < 100; guard++) {
    if (head[at + 1] === "?" || head[at + 1] === "!") {
      const end = head.indexOf(head[at + 1] === "?" ? "?>" : head.startsWith("<!--", at) ? "-->" : ">", at + 2);
      if (end < 0) return "";
      at = head.indexOf("<", end);
      continue;
    }
    let end = at + 1;
    while (end < head.length && !" \t\r\n/>".includes(head[end]!)) end++;
    return head.slice(at + 1, end);
  }
  return "";
}

/** The namespace prefix a part's root element uses ("w" for <w:document>), from its first bytes. */
export function rootPrefix(data: Buffer): string {
  const head = openingText(data);
  return /<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*[\s>]/.exec(head.replace(/<\?[^>]*>/g, ""))?.[1] ?? "";
}
