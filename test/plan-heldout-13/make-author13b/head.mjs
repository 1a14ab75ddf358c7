// Header block (issuer | motto in a borderless table), title, and "Nơi nhận" | signature.
export function head(issuer, number, place, title, sub, vv) {
  const left = [{ text: issuer, bold: true, align: "center" },
    { text: number + (vv ? "\n" + vv : ""), align: "center" }];
  const blocks = [
    { t: "table", borders: false, widths: [3800, 5600], rows: [
      [left[0], { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true,
        align: "center" }],
      [left[1], { text: place, italic: true, align: "center" }],
    ] },
  ];
  if (title) blocks.push({ t: "p", text: title, bold: true, align: "center", indent: false });
  if (sub) blocks.push({ t: "p", text: sub, bold: true, align: "center", indent: false });
  return blocks;
}
export function sign(recipients, role, name) {
  return [{ t: "table", borders: false, widths: [4200, 5200], rows: [[
    { text: "Nơi nhận:\n" + recipients.map((r) => "- " + r + ";").join("\n") + "\n- Lưu: VT.", align: "left" },
    { text: role + "\n\n\n" + name, bold: true, align: "center" },
  ]] }];
}
