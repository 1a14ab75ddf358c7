// 07's printer: LibreOffice prints plan-auto.docx (portrait body, landscape annex); every landscape page is then
// stored as "Microsoft Print to PDF" stores it: a portrait MediaBox, /Rotate 90, and the page's content wrapped in
// "q 0 1 -1 0 W 0 cm … Q" (drawn a quarter turn counter-clockwise, so a viewer turning the page clockwise shows it
// upright). Done on qpdf's QDF form (uncompressed, one object per line group), then fix-qdf and a compressed write.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

const WHO = "author41b";

export function rotateLandscapePages(dir, out) {
  const tmp = fs.mkdtempSync(`/tmp/${WHO}-rot-`);
  execFileSync("soffice", [`-env:UserInstallation=file:///tmp/${WHO}-lo`, "--headless", "--convert-to", "pdf",
    "--outdir", tmp, path.join(dir, "plan-auto.docx")], { stdio: "ignore" });
  const qdf = path.join(tmp, "q.pdf");
  execFileSync("qpdf", ["--qdf", "--object-streams=disable", path.join(tmp, "plan-auto.pdf"), qdf]);
  let s = fs.readFileSync(qdf, "latin1");
  // Page objects: "%% Page n" comment then "k 0 obj << /Type /Page … >>"; contents "%% Contents for page n".
  const pages = [...s.matchAll(/%% Page (\d+)\n%%[^\n]*\n(\d+) 0 obj\n<<([\s\S]*?)\n>>\nendobj/g)];
  let turned = 0;
  for (const m of pages) {
    const dict = m[3];
    const box = /\/MediaBox \[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(dict);
    if (!box || Number(box[1]) <= Number(box[2])) continue;
    const [w, h] = [box[1], box[2]];
    const contents = /\/Contents (\d+) 0 R/.exec(dict);
    if (!contents) throw new Error(`page ${m[1]}: contents not a single stream`);
    const dict2 = dict.replace(box[0], `/MediaBox [ 0 0 ${h} ${w} ]`) + "\n  /Rotate 90";
    s = s.replace(m[0], m[0].replace(dict, dict2));
    const obj = new RegExp(`\n${contents[1]} 0 obj\n<<([\\s\\S]*?)>>\nstream\n([\\s\\S]*?)\nendstream`);
    const c = obj.exec(s);
    if (!c || /Filter/.test(c[1])) throw new Error(`page ${m[1]}: contents stream not plain`);
    s = s.replace(c[0], c[0].replace(`stream\n${c[2]}\nendstream`, `stream\nq 0 1 -1 0 ${h} 0 cm\n${c[2]}\nQ\nendstream`));
    turned++;
  }
  if (!turned) throw new Error("no landscape page to turn");
  const edited = path.join(tmp, "e.pdf"), fixed = path.join(tmp, "f.pdf");
  fs.writeFileSync(edited, s, "latin1");
  execFileSync("fix-qdf", [edited], { stdio: ["ignore", fs.openSync(fixed, "w"), "inherit"] });
  execFileSync("qpdf", ["--compress-streams=y", "--object-streams=generate", fixed, out]);
  return turned;
}
