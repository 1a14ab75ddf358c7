import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding package.json, prisma/ and locales/, wherever dondoc is started from. */
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
