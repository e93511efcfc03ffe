/**
 * What every query function needs of the database: the D1 binding itself
 * or a D1 session (`env.DB.withSession(…)`, see http/d1-session.ts) fit
 * alike, so the same function reads from a replica for a reader and from a
 * state at least as new as the caller's bookmark for the newsroom.
 */
export type Db = Pick<D1Database, "prepare" | "batch">;
