// author38b (07): a SmartArt "Vertical Process" (layout process2) as Word 2016+ saves it in a .docx: the inline
// w:drawing (a:graphicData uri=…/diagram, dgm:relIds r:dm r:lo r:qs r:cs), word/diagrams/data1.xml (the data model:
// doc point, one dgm:pt per box with its text, parTrans / sibTrans points, pres points, dgm:cxnLst), layout1.xml,
// quickStyle1.xml, colors1.xml and drawing1.xml (the rendered fallback Word caches: dsp:sp boxes and arrows with
// their text). addSmartArt(zip, boxes, relBase) adds the parts, relationships and content types, and returns the
// w:p to put where the diagram stands.
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
const DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const X = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const LAYOUT = "urn:microsoft.com/office/officeart/2005/8/layout/process2";
const STYLE = "urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1";
const COLORS = "urn:microsoft.com/office/officeart/2005/8/colors/accent1_2";

// GUIDs as Word writes them, stable from a seed
const guid = (n) => {
  const h = (n * 2654435761 >>> 0).toString(16).padStart(8, "0").toUpperCase();
  return `{${h}-${h.slice(0, 4)}-4${h.slice(5, 8)}-A${h.slice(1, 4)}-${(h + h).slice(0, 12)}}`;
};
const rPr = (bold, sz) => `<a:rPr lang="vi-VN" sz="${sz}"${bold ? ' b="1"' : ""} dirty="0"><a:solidFill><a:srgbClr ` +
  'val="1F1F1F"/></a:solidFill><a:latin typeface="Times New Roman" panose="02020603050405020304" ' +
  'pitchFamily="18" charset="0"/><a:cs typeface="Times New Roman" panose="02020603050405020304" pitchFamily="18" ' +
  'charset="0"/></a:rPr>';
const textOf = (b, sz) => `<a:p>${sz ? '<a:pPr marL="0" lvl="0" indent="0" algn="ctr" defTabSz="533400"><a:lnSpc>' +
  '<a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:spcAft><a:spcPct val="35000"/>' +
  "</a:spcAft></a:pPr>" : ""}<a:r>${rPr(true, sz || 1200)}<a:t>${esc(b.label)}</a:t></a:r><a:r>${rPr(false, sz || 1200)}` +
  `<a:t>${esc(" " + b.text)}</a:t></a:r></a:p>`;

function data(boxes, drawingRel) {
  const doc = guid(1);
  const pts = [`<dgm:pt modelId="${doc}" type="doc"><dgm:prSet loTypeId="${LAYOUT}" loCatId="process" ` +
    `qsTypeId="${STYLE}" qsCatId="simple" csTypeId="${COLORS}" csCatId="accent1" phldr="0" dirty="0"/><dgm:spPr/>` +
    '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="vi-VN"/></a:p></dgm:t></dgm:pt>'];
  const cxns = [];
  const empty = '<dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="vi-VN"/></a:p></dgm:t>';
  const presDoc = guid(900);
  pts.push(`<dgm:pt modelId="${presDoc}" type="pres"><dgm:prSet presAssocID="${doc}" presName="linearFlow" ` +
    'presStyleCnt="0"><dgm:presLayoutVars><dgm:dir/><dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/>' +
    "</dgm:presLayoutVars></dgm:prSet><dgm:spPr/></dgm:pt>");
  cxns.push(`<dgm:cxn modelId="${guid(950)}" type="presOf" srcId="${doc}" destId="${presDoc}" srcOrd="0" destOrd="0" ` +
    `presId="urn:microsoft.com/office/officeart/2005/8/layout/process2"/>`);
  boxes.forEach((b, i) => {
    const n = guid(10 + i), par = guid(100 + i), sib = guid(200 + i), cx = guid(300 + i);
    const pn = guid(400 + i), ps = guid(500 + i), pc = guid(600 + i);
    pts.push(`<dgm:pt modelId="${n}"><dgm:prSet phldrT="[Text]" custT="1"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/>` +
      `${textOf(b)}</dgm:t></dgm:pt>`);
    pts.push(`<dgm:pt modelId="${par}" type="parTrans" cxnId="${cx}"><dgm:prSet/>${empty}</dgm:pt>`);
    pts.push(`<dgm:pt modelId="${sib}" type="sibTrans" cxnId="${cx}"><dgm:prSet/>${empty}</dgm:pt>`);
    pts.push(`<dgm:pt modelId="${pn}" type="pres"><dgm:prSet presAssocID="${n}" presName="node" presStyleLbl="node1" ` +
      `presStyleIdx="${i}" presStyleCnt="${boxes.length}"><dgm:presLayoutVars><dgm:bulletEnabled val="1"/>` +
      "</dgm:presLayoutVars></dgm:prSet><dgm:spPr/></dgm:pt>");
    cxns.push(`<dgm:cxn modelId="${cx}" srcId="${doc}" destId="${n}" srcOrd="${i}" destOrd="0" parTransId="${par}" ` +
      `sibTransId="${sib}"/>`);
    cxns.push(`<dgm:cxn modelId="${guid(700 + i)}" type="presOf" srcId="${n}" destId="${pn}" srcOrd="0" destOrd="0" ` +
      `presId="urn:microsoft.com/office/officeart/2005/8/layout/process2"/>`);
    cxns.push(`<dgm:cxn modelId="${guid(750 + i)}" type="presParOf" srcId="${presDoc}" destId="${pn}" srcOrd="${2 * i}" ` +
      'destOrd="0" presId="urn:microsoft.com/office/officeart/2005/8/layout/process2"/>');
    if (i === boxes.length - 1) return;
    pts.push(`<dgm:pt modelId="${ps}" type="pres"><dgm:prSet presAssocID="${sib}" presName="sibTrans" ` +
      `presStyleLbl="sibTrans2D1" presStyleIdx="${i}" presStyleCnt="${boxes.length - 1}"/><dgm:spPr/></dgm:pt>`);
    pts.push(`<dgm:pt modelId="${pc}" type="pres"><dgm:prSet presAssocID="${sib}" presName="connectorText" ` +
      `presStyleLbl="sibTrans2D1" presStyleIdx="${i}" presStyleCnt="${boxes.length - 1}"/><dgm:spPr/></dgm:pt>`);
    cxns.push(`<dgm:cxn modelId="${guid(800 + i)}" type="presOf" srcId="${sib}" destId="${ps}" srcOrd="0" destOrd="0" ` +
      'presId="urn:microsoft.com/office/officeart/2005/8/layout/process2"/>');
    cxns.push(`<dgm:cxn modelId="${guid(850 + i)}" type="presParOf" srcId="${presDoc}" destId="${ps}" ` +
      `srcOrd="${2 * i + 1}" destOrd="0" presId="urn:microsoft.com/office/officeart/2005/8/layout/process2"/>`);
    cxns.push(`<dgm:cxn modelId="${guid(870 + i)}" type="presParOf" srcId="${ps}" destId="${pc}" srcOrd="0" ` +
      'destOrd="0" presId="urn:microsoft.com/office/officeart/2005/8/layout/process2"/>');
  });
  return `${X}<dgm:dataModel xmlns:dgm="${DGM}" xmlns:a="${A}"><dgm:ptLst>${pts.join("")}</dgm:ptLst><dgm:cxnLst>` +
    `${cxns.join("")}</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst><a:ext ` +
    `uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="${DSP}" ` +
    `relId="${drawingRel}" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst>` +
    "</dgm:dataModel>";
}

const LAYOUT_XML = `${X}<dgm:layoutDef xmlns:dgm="${DGM}" xmlns:a="${A}" uniqueId="${LAYOUT}"><dgm:title val=""/>` +
  '<dgm:desc val=""/><dgm:catLst><dgm:cat type="process" pri="2000"/><dgm:cat type="convert" pri="11000"/>' +
  '</dgm:catLst><dgm:layoutNode name="linearFlow"><dgm:varLst><dgm:dir/><dgm:animLvl val="lvl"/>' +
  '<dgm:resizeHandles val="exact"/></dgm:varLst><dgm:alg type="lin"><dgm:param type="linDir" val="fromT"/>' +
  `<dgm:param type="nodeVertAlign" val="mid"/></dgm:alg><dgm:shape xmlns:r="${R}" r:blip=""><dgm:adjLst/></dgm:shape>` +
  '<dgm:presOf/><dgm:constrLst><dgm:constr type="w" for="ch" forName="node" refType="w"/><dgm:constr type="h" ' +
  'for="ch" forName="node" refType="w" refFor="ch" refForName="node" fact="0.6"/><dgm:constr type="w" for="ch" ' +
  'forName="sibTrans" refType="h" refFor="ch" refForName="sibTrans" fact="1.8"/><dgm:constr type="h" for="ch" ' +
  'forName="sibTrans" refType="h" refFor="ch" refForName="node" fact="0.4"/><dgm:constr type="primFontSz" for="ch" ' +
  'forName="node" op="equ" val="65"/><dgm:constr type="primFontSz" for="des" forName="connectorText" op="equ" ' +
  'val="55"/></dgm:constrLst><dgm:ruleLst/><dgm:forEach name="Name0" axis="ch" ptType="node"><dgm:layoutNode ' +
  'name="node"><dgm:varLst><dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx"/><dgm:shape type="roundRect" ' +
  `xmlns:r="${R}" r:blip=""><dgm:adjLst><dgm:adj idx="1" val="0.1"/></dgm:adjLst></dgm:shape><dgm:presOf ` +
  'axis="desOrSelf" ptType="node"/><dgm:constrLst><dgm:constr type="tMarg" refType="primFontSz" fact="0.3"/>' +
  '<dgm:constr type="bMarg" refType="primFontSz" fact="0.3"/><dgm:constr type="lMarg" refType="primFontSz" ' +
  'fact="0.3"/><dgm:constr type="rMarg" refType="primFontSz" fact="0.3"/></dgm:constrLst><dgm:ruleLst><dgm:rule ' +
  'type="primFontSz" val="5" fact="NaN" max="NaN"/></dgm:ruleLst></dgm:layoutNode><dgm:forEach name="Name1" ' +
  'axis="followSib" ptType="sibTrans" cnt="1"><dgm:layoutNode name="sibTrans"><dgm:alg type="conn"><dgm:param ' +
  'type="begPts" val="bCtr"/><dgm:param type="endPts" val="tCtr"/></dgm:alg><dgm:shape type="conn" ' +
  `xmlns:r="${R}" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf axis="self"/><dgm:constrLst><dgm:constr ` +
  'type="h" refType="w" fact="0.62"/><dgm:constr type="connDist"/><dgm:constr type="begPad" refType="connDist" ' +
  'fact="0.25"/><dgm:constr type="endPad" refType="connDist" fact="0.22"/></dgm:constrLst><dgm:ruleLst/>' +
  '<dgm:layoutNode name="connectorText"><dgm:alg type="tx"><dgm:param type="autoTxRot" val="grav"/></dgm:alg>' +
  `<dgm:shape type="conn" xmlns:r="${R}" r:blip="" hideGeom="1"><dgm:adjLst/></dgm:shape><dgm:presOf axis="self"/>` +
  '<dgm:constrLst><dgm:constr type="lMarg"/><dgm:constr type="rMarg"/><dgm:constr type="tMarg"/><dgm:constr ' +
  'type="bMarg"/></dgm:constrLst><dgm:ruleLst/></dgm:layoutNode></dgm:layoutNode></dgm:forEach></dgm:forEach>' +
  "</dgm:layoutNode></dgm:layoutDef>";

const lbl = (name, inner) => `<dgm:styleLbl name="${name}">${inner}</dgm:styleLbl>`;
const S3D = '<dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d>';
const sref = (fill) => `<dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="${fill}">` +
  '<a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>' +
  '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style>';
const STYLE_XML = `${X}<dgm:styleDef xmlns:dgm="${DGM}" xmlns:a="${A}" uniqueId="${STYLE}"><dgm:title val=""/>` +
  `<dgm:desc val=""/><dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst>${S3D}<dgm:styleLbl name="node0">` +
  `${S3D}<dgm:sp3d/><dgm:txPr/>${sref(1)}</dgm:styleLbl>` + lbl("node1", `${S3D}<dgm:sp3d/><dgm:txPr/>${sref(1)}`) +
  lbl("sibTrans2D1", `${S3D}<dgm:sp3d/><dgm:txPr/>${sref(1)}`) + "</dgm:styleDef>";

const clr = (meth, c) => `<dgm:fillClrLst meth="${meth}">${c[0]}</dgm:fillClrLst><dgm:linClrLst meth="repeat">` +
  `${c[1]}</dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat">${c[2]}` +
  "</dgm:txFillClrLst><dgm:txEffectClrLst/>";
const COLORS_XML = `${X}<dgm:colorsDef xmlns:dgm="${DGM}" xmlns:a="${A}" uniqueId="${COLORS}"><dgm:title val=""/>` +
  '<dgm:desc val=""/><dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst>' +
  lbl("node1", clr("repeat", ['<a:schemeClr val="accent1"/>', '<a:schemeClr val="lt1"/>', '<a:schemeClr val="lt1"/>'])) +
  lbl("sibTrans2D1", clr("repeat", ['<a:schemeClr val="accent1"><a:tint val="60000"/></a:schemeClr>',
    '<a:schemeClr val="accent1"><a:tint val="60000"/></a:schemeClr>', '<a:schemeClr val="lt1"/>'])) +
  "</dgm:colorsDef>";

// drawing1.xml: boxes W x H EMU stacked from the top, a down arrow between two boxes
function drawing(boxes, { cx, boxW, boxH, gap }) {
  const x = Math.round((cx - boxW) / 2);
  const sps = [];
  boxes.forEach((b, i) => {
    const y = i * (boxH + gap);
    sps.push(`<dsp:sp modelId="${guid(400 + i)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>` +
      `<dsp:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${boxW}" cy="${boxH}"/></a:xfrm><a:prstGeom ` +
      'prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 10000"/></a:avLst></a:prstGeom><a:solidFill><a:srgbClr ' +
      'val="DEEAF6"/></a:solidFill><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:srgbClr ' +
      'val="2F5496"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:effectLst/></dsp:spPr>' +
      '<dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" ' +
      'g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef ' +
      'idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dsp:style><dsp:txBody><a:bodyPr spcFirstLastPara="0" ' +
      'vert="horz" wrap="square" lIns="76200" tIns="45720" rIns="76200" bIns="45720" numCol="1" spcCol="1270" ' +
      `anchor="ctr" anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>${textOf(b, 1200)}</dsp:txBody><dsp:txXfrm>` +
      `<a:off x="${x + 20000}" y="${y + 20000}"/><a:ext cx="${boxW - 40000}" cy="${boxH - 40000}"/></dsp:txXfrm>` +
      "</dsp:sp>");
    if (i === boxes.length - 1) return;
    const aw = Math.round(gap * 1.1), ah = Math.round(gap * 0.8);
    sps.push(`<dsp:sp modelId="${guid(500 + i)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>` +
      `<dsp:spPr><a:xfrm rot="5400000"><a:off x="${Math.round(cx / 2 - aw / 2)}" y="${y + boxH + (gap - ah) / 2}"/>` +
      `<a:ext cx="${aw}" cy="${ah}"/></a:xfrm><a:prstGeom prst="rightArrow"><a:avLst><a:gd name="adj1" ` +
      'fmla="val 60000"/><a:gd name="adj2" fmla="val 50000"/></a:avLst></a:prstGeom><a:solidFill><a:srgbClr ' +
      'val="9DC3E6"/></a:solidFill><a:ln><a:noFill/></a:ln><a:effectLst/></dsp:spPr><dsp:style><a:lnRef idx="0">' +
      '<a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>' +
      '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr ' +
      'val="lt1"/></a:fontRef></dsp:style><dsp:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="vi-VN"/>' +
      "</a:p></dsp:txBody></dsp:sp>");
  });
  return `${X}<dsp:drawing xmlns:dgm="${DGM}" xmlns:dsp="${DSP}" xmlns:a="${A}"><dsp:spTree><dsp:nvGrpSpPr>` +
    '<dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>' + sps.join("") +
    "</dsp:spTree></dsp:drawing>";
}

export async function addSmartArt(zip, boxes, geo) {
  const cy = boxes.length * geo.boxH + (boxes.length - 1) * geo.gap;
  const ids = ["rId21", "rId22", "rId23", "rId24", "rId25"];
  zip.file("word/diagrams/data1.xml", data(boxes, ids[4]));
  zip.file("word/diagrams/layout1.xml", LAYOUT_XML);
  zip.file("word/diagrams/quickStyle1.xml", STYLE_XML);
  zip.file("word/diagrams/colors1.xml", COLORS_XML);
  zip.file("word/diagrams/drawing1.xml", drawing(boxes, geo));
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  const rels = [["diagramData", "data1"], ["diagramLayout", "layout1"], ["diagramQuickStyle", "quickStyle1"],
    ["diagramColors", "colors1"]].map(([t, f], i) => `<Relationship Id="${ids[i]}" Type="${rel}${t}" ` +
    `Target="diagrams/${f}.xml"/>`).join("") + `<Relationship Id="${ids[4]}" ` +
    'Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" Target="diagrams/drawing1.xml"/>';
  const relsName = "word/_rels/document.xml.rels";
  zip.file(relsName, (await zip.file(relsName).async("string")).replace("</Relationships>", rels + "</Relationships>"));
  const ct = "application/vnd.openxmlformats-officedocument.drawingml.";
  const types = [["data1", "diagramData"], ["layout1", "diagramLayout"], ["quickStyle1", "diagramStyle"],
    ["colors1", "diagramColors"]].map(([f, t]) => `<Override PartName="/word/diagrams/${f}.xml" ` +
    `ContentType="${ct}${t}+xml"/>`).join("") + '<Override PartName="/word/diagrams/drawing1.xml" ' +
    'ContentType="application/vnd.ms-office.drawingml.diagramDrawing+xml"/>';
  const tn = "[Content_Types].xml";
  zip.file(tn, (await zip.file(tn).async("string")).replace("</Types>", types + "</Types>"));
  return '<w:p><w:pPr><w:spacing w:after="120"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr>' +
    '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent ' +
    `cx="${geo.cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="Diagram 1"/>` +
    `<wp:cNvGraphicFramePr/><a:graphic xmlns:a="${A}"><a:graphicData uri="${DGM}"><dgm:relIds xmlns:dgm="${DGM}" ` +
    `xmlns:r="${R}" r:dm="${ids[0]}" r:lo="${ids[1]}" r:qs="${ids[2]}" r:cs="${ids[3]}"/></a:graphicData></a:graphic>` +
    "</wp:inline></w:drawing></w:r></w:p>";
}
