// 08's Word transform: the plan typed into a template whose "Thời hạn" and "Chủ trì" cells are legacy form fields
// and content controls. Markers in a cell's text (plan.txt keeps only the shown text between them):
//   ⟦F|name|default⟧shown⟦/F⟧          legacy text form field (FORMTEXT, w:ffData w:textInput w:default = default)
//   ⟦FD|name|default|format⟧shown⟦/FD⟧  the same of type date (w:type date, w:format)
//   ⟦D|iso|format⟧shown⟦/D⟧            date-picker content control (w:sdt, w:date w:fullDate, w:dateFormat)
//   ⟦L|a;b;c⟧shown⟦/L⟧                 drop-down list content control (w:dropDownList, one w:listItem per unit)
// In every form field the default (what the template held) differs from the result Word shows: the result is the
// clerk's entry. fieldsTransform writes them (plan-auto.docx); plainTransform drops the markers (plan-typed.docx).
let ids = 0;
const attr = (s) => s.replace(/"/g, "&quot;");

function field(rPr, name, textInput, shown) {
  const id = ++ids;
  const r = (inner) => `<w:r>${rPr}${inner}</w:r>`;
  const res = rPr.replace("<w:rPr>", "<w:rPr><w:noProof/>");
  return `<w:bookmarkStart w:id="${id}" w:name="${name}"/>` +
    r(`<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="${name}"/><w:enabled/><w:calcOnExit w:val="0"/>` +
      `<w:textInput>${textInput}</w:textInput></w:ffData></w:fldChar>`) +
    r('<w:instrText xml:space="preserve"> FORMTEXT </w:instrText>') + r('<w:fldChar w:fldCharType="separate"/>') +
    `<w:r>${res}<w:t xml:space="preserve">${shown}</w:t></w:r>` + r('<w:fldChar w:fldCharType="end"/>') +
    `<w:bookmarkEnd w:id="${id}"/>`;
}

function sdt(rPr, props, shown) {
  return `<w:sdt><w:sdtPr>${rPr}${props}</w:sdtPr><w:sdtContent><w:r>${rPr}<w:t xml:space="preserve">${shown}</w:t>` +
    "</w:r></w:sdtContent></w:sdt>";
}

function marker(rPr, head, shown) {
  const [kind, ...args] = head.split("|");
  if (kind === "F") return field(rPr, args[0], `<w:default w:val="${attr(args[1])}"/>`, shown);
  if (kind === "FD") {
    return field(rPr, args[0], `<w:type w:val="date"/><w:default w:val="${attr(args[1])}"/>` +
      `<w:format w:val="${attr(args[2])}"/>`, shown);
  }
  const id = 4120 + ++ids;
  if (kind === "D") {
    return sdt(rPr, `<w:alias w:val="Thời hạn"/><w:tag w:val="ThoiHan"/><w:id w:val="${id}"/>` +
      `<w:date w:fullDate="${args[0]}T00:00:00Z"><w:dateFormat w:val="${attr(args[1])}"/><w:lid w:val="vi-VN"/>` +
      '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>', shown);
  }
  const items = args[0].split(";").map((u) => `<w:listItem w:displayText="${attr(u)}" w:value="${attr(u)}"/>`);
  return sdt(rPr, `<w:alias w:val="Đơn vị chủ trì"/><w:tag w:val="ChuTri"/><w:id w:val="${id}"/>` +
    `<w:dropDownList w:lastValue="${attr(shown)}">${items.join("")}</w:dropDownList>`, shown);
}

const RUN = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t xml:space="preserve">([^<]*⟦[^<]*)<\/w:t><\/w:r>/g;
const MARK = /⟦([^⟧/][^⟧]*)⟧([^⟦]*)⟦\/[A-Z]+⟧/g;

export function fieldsTransform(xml) {
  ids = 0;
  return xml.replace(RUN, (_, rPr, text) => {
    const out = [];
    let last = 0;
    for (const m of text.matchAll(MARK)) {
      if (m.index > last) out.push(`<w:r>${rPr}<w:t xml:space="preserve">${text.slice(last, m.index)}</w:t></w:r>`);
      out.push(marker(rPr, m[1], m[2]));
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push(`<w:r>${rPr}<w:t xml:space="preserve">${text.slice(last)}</w:t></w:r>`);
    return out.join("");
  });
}

export const plainTransform = (xml) => xml.replace(/⟦[^⟧]*⟧/g, "");

/** The template's settings: editing restricted to filling in forms, as a form template is protected. */
export const formSettings = {
  parts: { "word/settings.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings ' +
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:documentProtection w:edit="forms" ' +
    'w:enforcement="1"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>' +
    "</w:settings>" },
  rels: '<Relationship Id="rIdSet1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/' +
    'settings" Target="settings.xml"/>',
  types: '<Override PartName="/word/settings.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
};
