// author40b (06): a .docx package written again as Word's "Word XML Document (*.xml)", the single-file Flat OPC
// format of Word 2007+: <?mso-application progid="Word.Document"?> then <pkg:package>, one <pkg:part> per part
// (no [Content_Types].xml: each part names its own pkg:contentType), XML parts inside <pkg:xmlData> without their
// XML declaration, binary parts as base64 <pkg:binaryData> in lines of 76 characters, as Word saves it.
import JSZip from "jszip";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

function contentTypes(xml) {
  const over = new Map(), def = new Map();
  for (const m of xml.matchAll(/<Override PartName="([^"]+)" ContentType="([^"]+)"\/>/g)) over.set(m[1], m[2]);
  for (const m of xml.matchAll(/<Default Extension="([^"]+)" ContentType="([^"]+)"\/>/g)) def.set(m[1], m[2]);
  return (name) => over.get(name) ?? def.get(name.slice(name.lastIndexOf(".") + 1).toLowerCase());
}

// Word's order: package rels, document, then the parts the document names, then docProps.
const ORDER = ["/_rels/.rels", "/word/_rels/document.xml.rels", "/word/document.xml", "/word/footnotes.xml",
  "/word/styles.xml", "/word/numbering.xml", "/word/settings.xml", "/docProps/core.xml", "/docProps/app.xml"];
const rank = (n) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length);

export async function toFlatOpc(docxBuffer) {
  const zip = await JSZip.loadAsync(docxBuffer);
  const typeOf = contentTypes(await zip.file("[Content_Types].xml").async("string"));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir && n !== "[Content_Types].xml")
    .map((n) => "/" + n).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const parts = [];
  for (const name of names) {
    const type = typeOf(name);
    const file = zip.file(name.slice(1));
    const pad = name === "/_rels/.rels" ? ' pkg:padding="512"' : name.endsWith(".rels") ? ' pkg:padding="256"' : "";
    if (/xml$/.test(type)) {
      const xml = (await file.async("string")).replace(/^<\?xml[^>]*\?>\s*/, "");
      parts.push(`<pkg:part pkg:name="${name}" pkg:contentType="${type}"${pad}><pkg:xmlData>${xml}</pkg:xmlData>` +
        "</pkg:part>");
    } else {
      const b64 = (await file.async("nodebuffer")).toString("base64").replace(/.{76}/g, "$&\n");
      parts.push(`<pkg:part pkg:name="${name}" pkg:contentType="${type}" pkg:compression="store"><pkg:binaryData>` +
        `${b64}</pkg:binaryData></pkg:part>`);
    }
  }
  return Buffer.from('<?xml version="1.0" standalone="yes"?>\r\n<?mso-application progid="Word.Document"?>\r\n' +
    `<pkg:package xmlns:pkg="${PKG}">${parts.join("")}</pkg:package>`, "utf8");
}
