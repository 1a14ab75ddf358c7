// Header block (issuer | motto), title, and "Nơi nhận" | signature: the authors kit's (author33b's head.mjs).
// author30b: issuer may be [parent, own] (a department under its UBND: the parent line not bold, its own bold).
export function head(issuer, number, place, title, sub) {
  const who = Array.isArray(issuer) ? { paras: [{ text: issuer[0], bold: false, align: "center" },
    { text: issuer[1], bold: true, align: "center" }] } : { text: issuer, bold: true, align: "center" };
  return [
    { t: "table", borders: false, widths: [3800, 5600], rows: [
      [who,
        { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        bold: true, align: "center" }],
      [{ text: number, align: "center" }, { text: place, italic: true, align: "center" }],
    ] },
    { t: "p", text: title, bold: true, align: "center", indent: false },
    { t: "p", text: sub, bold: true, align: "center", indent: false },
  ];
}
export function sign(recipients, role, name) {
  return [{ t: "table", borders: false, widths: [4200, 5200], rows: [[
    { text: "Nơi nhận:\n" + recipients.map((r) => "- " + r + ";").join("\n") + "\n- Lưu: VT.", align: "left" },
    { text: role + "\n\n\n" + name, bold: true, align: "center" },
  ]] }];
}
