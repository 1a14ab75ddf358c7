// Statements run on the client's own driver adapter, for the few writes whose values are
// megabytes of JSON (a list's rows and findings, submission-store.ts). Prisma hands a raw
// query's values to its query interpreter as JSON: every value is turned into text and parsed
// back on the bot's thread. Allocation sampling of bench/intake-burst.ts counted about 450 MB
// of such copies for twenty 10,000-row lists, the largest share of the garbage the bot's
// collector then cleared between chats. Here the values go to the driver as they are.
import type { ArgType, SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type DirectValue = number | string;
/** Runs the statement made of `parts` with `values` bound between them; the rows it changed. */
export type DirectExecute = (parts: readonly string[], values: readonly DirectValue[]) => Promise<number>;

const argType = (value: DirectValue): ArgType => ({
  scalarType: typeof value === "number" ? "int" : "string",
  arity: "scalar",
});

/**
 * Notes each adapter `factory` gives Prisma (the one it connected last, until disposed), and runs statements on
 * it: through the same adapter, so that on SQLite they still wait for a transaction to end and
 * give the loop back as Prisma's own queries do (sqlite-adapter.ts). `connect` is the client's,
 * for a statement sent before the client's first query.
 */
export function directStatements(
  factory: SqlDriverAdapterFactory,
  placeholder: (index: number) => string,
  connect: () => Promise<void>,
): DirectExecute {
  let adapter: SqlDriverAdapter | null = null;
  const open = factory.connect.bind(factory);
  factory.connect = async () => {
    const connected = await open();
    // After the client's $disconnect the next statement connects anew, as Prisma's next query would.
    const dispose = connected.dispose.bind(connected);
    connected.dispose = () => {
      if (adapter === connected) adapter = null;
      return dispose();
    };
    return (adapter = connected);
  };
  return async (parts, values) => {
    if (!adapter) await connect();
    const sql = parts.reduce((text, part, i) => (i === 0 ? part : `${text}${placeholder(i)}${part}`), "");
    return adapter!.executeRaw({ sql, args: [...values], argTypes: values.map(argType) });
  };
}
