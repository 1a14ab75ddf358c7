// Office files saved with a password (Word's "Mã hóa bằng mật khẩu", Excel's and LibreOffice's "Lưu với mật khẩu"):
// their text is ciphered, so no reader reads them. They are answered `encrypted-file`, with the password to take off,
// never as a broken file or, for a Word 2007 file whose ciphered package sits in a compound file, as an old Office one.
// A .docx or .xlsx so saved is told by formats/office-encryption.ts, as sample lists are.
import { refuse } from "./budget.ts";
import type { OoxmlPackage } from "./package.ts";

/** An OpenDocument file saved with a password: its manifest gives its parts' encryption data. */
export function refuseEncryptedOpenDocument(pkg: OoxmlPackage): void {
  const manifest = pkg.part("META-INF/manifest.xml");
  if (manifest?.includes("encryption-data")) refuse("encrypted-file", "OpenDocument with a password");
}
