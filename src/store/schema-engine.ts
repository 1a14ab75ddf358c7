// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter.
// Prisma's CLI would download a native engine, which this project cannot rely on
// (offline installs); the WASM build ships in npm and speaks to the database through
// the same adapters the client uses. @prisma/migrate wraps it too, but looks for the
// .wasm file inside the prisma CLI bundle, so we load it from its own package.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

export type { SchemaEngine };

// Node has WebAssembly; TypeScript declares it only in the DOM library, which this
// project leaves out, so the little used here is declared by hand.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, object>) => { exports: Record<string, unknown> };
}
const { Module, Instance } = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let engineClass: Promise<typeof runtime.SchemaEngine> | undefined;

async function instantiate(): Promise<typeof runtime.SchemaEngine> {
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const instance = new Instance(new Module(await readFile(wasmPath)), { "./schema_engine_bg.js": runtime });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return runtime.SchemaEngine;
}

export interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes every connection it opened. */
  close(): Promise<void>;
}

/**
 * The engine does not close the connections it opens through the adapter; left open,
 * a SQLite connection keeps its lock and the next engine finds the database busy.
 * So connections are tracked here and disposed of on close.
 */
function tracked(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const keep = async (adapter: Promise<SqlDriverAdapter>) => {
    const a = await adapter;
    opened.push(a);
    return a;
  };
  const wrapper: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => keep(factory.connect()),
    connectToShadowDb: () => keep(factory.connectToShadowDb()),
  };
  // The engine drops shadow databases itself, so a second dispose may fail: that is fine.
  return { wrapper, disposeAll: () => Promise.allSettled(opened.map((a) => a.dispose())) };
}

export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema?: { path: string; content: string },
): Promise<OpenEngine> {
  engineClass ??= instantiate();
  const Engine = await engineClass;
  const { wrapper, disposeAll } = tracked(factory);
  const datamodels: [string, string][] | undefined = schema ? [[schema.path, schema.content]] : undefined;
  const engine = await Engine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(wrapper));
  return {
    engine,
    close: async () => {
      engine.free();
      await disposeAll();
    },
  };
}
