// Office files saved with a password (Word's "Mã hóa bằng mật khẩu", Excel's and LibreOffice's "Lưu với mật khẩu"):
// their text is ciphered, so no reader reads them. They are answered `encrypted-file`, with the password to take off,
// never as a broken file or, for a Word 2007 file whose ciphered package sits in a compound file, as an old Office one.
import { refuse } from "./budget.ts";
import { openCompoundFile } from "./compound-file.ts";
import type { OoxmlPackage } from "./package.ts";

/** A .docx or .xlsx saved with a password: a compound file holding "EncryptionInfo" beside the ciphered package. */
export function isEncryptedPackage(buffer: Buffer, maxStreamBytes: number): boolean {
  try {
    return openCompoundFile(buffer, maxStreamBytes).stream("EncryptionInfo") !== null;
  } catch {
    return false;
  }
}

/** An OpenDocument file saved with a password: its manifest gives its parts' encryption data. */
export function refuseEncryptedOpenDocument(pkg: OoxmlPackage): void {
  const manifest = pkg.part("META-INF/manifest.xml");
  if (manifest?.includes("encryption-data")) refuse("encrypted-file", "OpenDocument with a password");
}
