import { type PurgeReach, purgeReachOf } from "../common/purge-reach";
import type { FieldIssue } from "../worker/domain/schema/issues";

/**
 * The desk's only way to the server: the write API (`/v1/admin/*`) and the
 * desk session, on this origin, with the session cookie. Refusals come back
 * as `Refusal`s carrying the API's own words.
 */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

export interface Call {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  body?: unknown;
  ifMatch?: number;
}

/** Called when the server says the session is over: the desk shows the sign-in form again. */
let onSignedOut: () => void = () => {};
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

/**
 * The newest D1 bookmark the server answered with, sent back with every
 * call: after saving, the desk reads what it saved even when D1 answers
 * from a read replica. Memory only; a reload starts at the primary.
 */
let bookmark: string | null = null;

/** What a call answered: its JSON, and for a change readers see, how far its purge of cached copies reached. */
export interface Answer<T> {
  body: T;
  purge: PurgeReach | null;
}

/** Calls the server and returns its JSON; any refusal throws a `Refusal`. */
export async function api<T>(path: string, call: Call = {}): Promise<T> {
  return (await request<T>(path, call)).body;
}

/** As `api`, with what else the answer says: for a change readers see, how soon they see it (`cc-purge`). */
export async function request<T>(path: string, { method = "GET", body, ifMatch }: Call = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (ifMatch !== undefined) headers["if-match"] = String(ifMatch);
  if (bookmark) headers["x-d1-bookmark"] = bookmark;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new Refusal(0, "network", "The server cannot be reached.");
  }
  // Bookmarks order as text; keep the later one, since calls may overlap.
  const answered = response.headers.get("x-d1-bookmark");
  if (answered && (!bookmark || answered > bookmark)) bookmark = answered;
  const purge = purgeReachOf(response.headers);
  if (response.status === 204) return { body: undefined as T, purge };
  const text = await response.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: reported below
  }
  if (!response.ok) {
    const error = json?.error;
    if (response.status === 401 && path !== "/desk/session") onSignedOut();
    throw new Refusal(
      response.status,
      error?.code ?? "error",
      error?.message ?? `HTTP ${response.status}`,
      error?.issues ?? [],
    );
  }
  return { body: json as T, purge };
}

/** A refusal in words: the message, then one `path: message` line per problem. */
export function describeRefusal(error: unknown): string[] {
  if (error instanceof Refusal)
    return [error.message, ...error.issues.map((issue) => `${issue.path}: ${issue.message}`)];
  return [String((error as Error)?.message ?? error)];
}
