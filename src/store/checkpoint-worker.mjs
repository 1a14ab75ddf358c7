// Thread entry: the TypeScript loader is registered here, so that the thread runs the same
// way under `npm start` and under the tests.
import { register } from "tsx/esm/api";

register();
await import("./checkpoint-worker.ts");
