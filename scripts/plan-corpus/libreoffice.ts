// LibreOffice as the corpus's converter: every file in one run (it starts slowly), in a profile of its own so that a
// desktop LibreOffice or another conversion running beside it is not disturbed.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

/**
 * Converts each Word file or workbook to `target` ("pdf", "doc:MS Word 97", "odt", "rtf:Rich Text Format",
 * "xls:MS Excel 97", "ods") and hands the result to `done` with the path it was made from. Files are named by their
 * folder, which tells documents apart (each is some folder's plan-auto.docx or plan.xlsx).
 */
export function convertWithLibreOffice(paths: string[], target: string, done: (path: string, file: Buffer) => void) {
  const work = mkdtempSync(join(tmpdir(), "plan-corpus-"));
  const extension = target.split(":")[0];
  try {
    const names = paths.map((path) => {
      const name = join(work, `${basename(join(path, ".."))}${extname(path)}`);
      copyFileSync(path, name);
      return name;
    });
    const profile = `-env:UserInstallation=file://${work}/profile`;
    const out = join(work, "out");
    execFileSync("soffice", [profile, "--headless", "--convert-to", target, "--outdir", out, ...names], {
      stdio: "ignore",
      timeout: 600_000,
    });
    for (const path of paths) {
      const file = join(out, `${basename(join(path, ".."))}.${extension}`);
      if (!existsSync(file)) throw new Error(`LibreOffice made no .${extension} of ${path}`);
      done(path, readFileSync(file));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
