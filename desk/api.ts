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

export async function api<T>(path: string, { method = "GET", body, ifMatch }: Call = {}): Promise<T> {
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
  if (response.status === 204) return undefined as T;
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
  return json as T;
}

/** A refusal in words: the message, then one `path: message` line per problem. */
export function describeRefusal(error: unknown): string[] {
  if (error instanceof Refusal)
    return [error.message, ...error.issues.map((issue) => `${issue.path}: ${issue.message}`)];
  return [String((error as Error)?.message ?? error)];
}
