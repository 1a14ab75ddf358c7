// The schema engine reads PostgreSQL's catalogs, whose "char" columns (type oid 18,
// e.g. pg_class.relkind) @prisma/adapter-pg 7.10 cannot map and rejects with
// "Column type 'char' could not be deserialized". Their values arrive as one-letter
// strings, so a pg Client that reports them as text is all the engine needs. Only the
// schema engine (migrations, drift checks) uses this; the query client does not.
import pg from "pg";

const PG_CHAR = 18;
const PG_TEXT = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;

function asText<R extends QueryResultLike>(result: R): R {
  for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
  return result;
}

export class CatalogFriendlyClient extends pg.Client {
  // pg calls query() with a callback when it runs through a Pool, without one otherwise.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: QueryResultLike) => last(error, asText(result));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(asText) : result) as never;
  }
}
