// 07's watermark: the header part Word writes for Design > Watermark > Custom watermark (text, Times New Roman,
// silver, semitransparent, diagonal). plan-auto.docx: VML only (a v:shape of type _x0000_t136 with v:textpath
// string="DỰ THẢO", as Word 2007-2010 and Word's "compatibility mode" save it); plan-typed.docx: Word 365's form,
// a DrawingML WordArt shape (wps:wsp, prstTxWarp textPlain, rotated 315°) inside mc:AlternateContent with the VML
// shape as its fallback. Both in the default header, so on every page; the extra carries the part, its relationship,
// its content type and the sectPr's headerReference.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

const WHO = "make-author42b";
const X = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:w10="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

const SHAPETYPE = '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" ' +
  'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>' + ["sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1",
  "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0", "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6",
  "mid @8 @5", "mid @7 @8", "mid @6 @7", "sum @6 0 @5"].map((f) => `<v:f eqn="${f}"/>`).join("") +
  '</v:formulas><v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" ' +
  'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" ' +
  'xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';

const vml = (text) => "<w:pict>" + SHAPETYPE + '<v:shape id="PowerPlusWaterMarkObject2417" o:spid="_x0000_s3073" ' +
  'type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:468pt;height:117pt;rotation:315;' +
  "z-index:-251655168;mso-position-horizontal:center;mso-position-horizontal-relative:margin;" +
  'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" ' +
  'stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Times New Roman&quot;;font-size:1pt;' +
  `font-weight:bold" string="${text}"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict>`;

const drawing = (text) => '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" ' +
  'relativeHeight="251661312" behindDoc="1" locked="0" layoutInCell="0" allowOverlap="1"><wp:simplePos x="0" y="0"/>' +
  '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="margin">' +
  '<wp:align>center</wp:align></wp:positionV><wp:extent cx="5943600" cy="1485900"/><wp:effectExtent l="0" t="0" ' +
  'r="0" b="0"/><wp:wrapNone/><wp:docPr id="2417" name="PowerPlusWaterMarkObject2417"/><wp:cNvGraphicFramePr/>' +
  '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>' +
  '<wps:cNvSpPr><a:spLocks noChangeAspect="1" noChangeShapeType="1"/></wps:cNvSpPr><wps:spPr rot="18900000" ' +
  'bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="5943600" cy="1485900"/></a:xfrm><a:prstGeom prst="rect">' +
  '<a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent><w:p><w:pPr>' +
  '<w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/>' +
  '<w:color w:val="D8D8D8"/><w:sz w:val="144"/></w:rPr>' +
  `<w:t>${text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr wrap="none" lIns="91440" tIns="45720" ` +
  'rIns="91440" bIns="45720" anchor="ctr"><a:prstTxWarp prst="textPlain"><a:avLst/></a:prstTxWarp><a:normAutofit/>' +
  "</wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>";

function header(text, modern) {
  const shape = modern ? `<mc:AlternateContent><mc:Choice Requires="wps">${drawing(text)}</mc:Choice>` +
    `<mc:Fallback>${vml(text)}</mc:Fallback></mc:AlternateContent>` : vml(text);
  return `${X}<w:hdr ${NS}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/>` +
    `</w:rPr>${shape}</w:r></w:p></w:hdr>`;
}

/** The kit's `extra` for a document whose every page carries `text` as a watermark (modern: DrawingML + VML). */
export function watermarkExtra(text, modern) {
  return {
    parts: { "word/header1.xml": header(text, modern) },
    rels: '<Relationship Id="rIdWm1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" ' +
      'Target="header1.xml"/>',
    types: '<Override PartName="/word/header1.xml" ' +
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
    sect: '<w:headerReference w:type="default" r:id="rIdWm1"/>',
    styles: '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:pPr><w:tabs>' +
      '<w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0"/>' +
      "</w:pPr></w:style>",
  };
}

/**
 * plan.pdf as Word's "Save as PDF" writes a watermarked document: the body printed by LibreOffice from a copy of
 * plan-auto.docx without the header part (LibreOffice draws a text path as outlines, no text), then under every
 * page a one-page PDF of the watermark as real text (WeasyPrint: rotated 45°, light grey, Liberation Serif bold),
 * put there by qpdf --underlay, so a PDF reader meets the words "DỰ THẢO" on every page, as in Word's PDFs.
 */
export async function printWatermarked(out, { blocks, text, toDocx }) {
  const tmp = fs.mkdtempSync(`/tmp/${WHO}-wm-`);
  const docx = path.join(tmp, "plan-auto.docx");
  await toDocx(blocks, docx, { auto: true, extra: {} });
  execFileSync("soffice", [`-env:UserInstallation=file:///tmp/${WHO}-lo`, "--headless", "--convert-to", "pdf",
    "--outdir", tmp, docx], { stdio: "ignore" });
  const html = path.join(tmp, "wm.html");
  fs.writeFileSync(html, '<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>@page{size:A4;margin:0}' +
    "body{margin:0;width:210mm;height:297mm;position:relative;overflow:hidden}div{position:absolute;left:50%;" +
    "top:50%;transform:translate(-50%,-50%) rotate(-45deg);font:bold 120pt 'Liberation Serif',serif;color:#d0d0d0;" +
    `white-space:nowrap}</style></head><body><div>${text}</div></body></html>`);
  execFileSync("weasyprint", [html, path.join(tmp, "wm.pdf")], { stdio: "ignore" });
  execFileSync("qpdf", [path.join(tmp, "plan-auto.pdf"), "--underlay", path.join(tmp, "wm.pdf"), "--repeat=1", "--",
    out]);
}
