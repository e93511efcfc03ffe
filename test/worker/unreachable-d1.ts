/**
 * A D1 binding for a database that is down. Not a mock of our queries: it
 * answers none of them. Every statement fails the way the D1 binding reports
 * an outage (a rejected promise with a `D1_ERROR` message), and it counts
 * what was asked of it, so a test can prove a response needed no database.
 */
export interface UnreachableD1 extends D1Database {
  /** How many statements were prepared against it. */
  readonly prepared: number;
}

export function unreachableD1(): UnreachableD1 {
  let prepared = 0;
  const down = () => Promise.reject(new Error("D1_ERROR: Network connection lost."));
  const statement = {
    bind: () => statement,
    first: down,
    all: down,
    run: down,
    raw: down,
  };
  const db = {
    prepare() {
      prepared++;
      return statement;
    },
    batch: down,
    exec: down,
    dump: down,
    withSession: () => db,
    get prepared() {
      return prepared;
    },
  };
  return db as unknown as UnreachableD1;
}
