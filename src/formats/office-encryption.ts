// A Word or Excel 2007+ file saved with a password is no zip but a compound file holding the ciphered package
// ("EncryptedPackage") and how it was ciphered ("EncryptionInfo", MS-OFFCRYPTO). Told by those two stream names,
// which the compound file's directory writes in UTF-16, for sample lists and plans alike.
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const NAMES = ["EncryptionInfo", "EncryptedPackage"].map((name) => Buffer.from(name, "utf16le"));

export function isEncryptedOfficeFile(buffer: Buffer): boolean {
  return buffer.subarray(0, 8).equals(COMPOUND_FILE) && NAMES.every((name) => buffer.includes(name));
}
