/**
 * The CLI's one door to a deployed Worker's write API: where it is
 * (CLAIMCARDS_URL), who is calling (CLAIMCARDS_TOKEN), and how its errors
 * read in a terminal. Node built-ins only.
 */

/** A failure the CLI reports and exits on: 2 for usage and configuration, 1 for everything else. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
    /** Lines printed after the message (e.g. the API's field issues). */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** A usage mistake: exit 2, with the command's usage printed after it. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
  }
}

export interface ApiConfig {
  /** The Worker's origin, without a trailing slash. */
  url: string;
  token: string;
}

/** The write API's address and token from the environment; exit 2 naming whatever is missing. */
export function apiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const url = env.CLAIMCARDS_URL?.trim() ?? "";
  const token = env.CLAIMCARDS_TOKEN?.trim() ?? "";
  const missing = [!url && "CLAIMCARDS_URL", !token && "CLAIMCARDS_TOKEN"].filter((name): name is string => !!name);
  if (missing.length) {
    throw new CliError(`Set ${missing.join(" and ")} first.`, 2, [
      ...(!url
        ? ["  CLAIMCARDS_URL    the Worker's address, e.g. http://127.0.0.1:8787 or https://cards.example.org"]
        : []),
      ...(!token
        ? ["  CLAIMCARDS_TOKEN  your API token (an admin creates one with: cards token create --person <id>)"]
        : []),
    ]);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CliError(`CLAIMCARDS_URL is not a URL: ${url}`, 2);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new CliError(`CLAIMCARDS_URL must be an http: or https: address, not ${parsed.protocol}`, 2);
  }
  return { url: parsed.origin + parsed.pathname.replace(/\/+$/, ""), token };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** The JSON error every API failure has: `{ error: { code, message, issues? } }`. */
interface ApiErrorBody {
  error?: { code?: unknown; message?: unknown; issues?: { path?: unknown; message?: unknown }[] };
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  ifMatch?: number;
}

/**
 * The newest D1 bookmark each server answered with during this run (by its
 * address). Sent back with every call, so a command reads what the previous
 * one wrote even when D1 answers from a read replica.
 */
const bookmarks = new Map<string, string>();

/** Keeps the later of two bookmarks: they order as text, and calls may overlap. */
function rememberBookmark(url: string, bookmark: string | null): void {
  const known = bookmarks.get(url);
  if (bookmark && (!known || bookmark > known)) bookmarks.set(url, bookmark);
}

/**
 * Calls `/v1/admin<path>` and returns the parsed JSON. Any non-2xx answer
 * becomes a CliError with the API's code, message and each
 * `path: message` issue; an unreachable server names the address tried.
 */
export async function callApi<T = any>(
  config: ApiConfig,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${config.token}`,
    accept: "application/json",
    "user-agent": "claimcards-cli",
  };
  if (options.ifMatch !== undefined) headers["if-match"] = String(options.ifMatch);
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const bookmark = bookmarks.get(config.url);
  if (bookmark) headers["x-d1-bookmark"] = bookmark;
  const method = options.method ?? (options.body === undefined ? "GET" : "POST");
  const address = `${config.url}/v1/admin${path}`;
  let response: Response;
  try {
    response = await fetch(address, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new CliError(`Cannot reach ${config.url} (${why}). Is CLAIMCARDS_URL right and the Worker running?`);
  }
  rememberBookmark(config.url, response.headers.get("x-d1-bookmark"));
  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!response.ok) throw httpError(method, path, response.status, body, text);
  if (body === undefined)
    throw new CliError(`${method} ${path}: HTTP ${response.status} but the answer is not JSON: ${text.slice(0, 200)}`);
  return { status: response.status, body: body as T, headers: response.headers };
}

/** What the terminal shows for a failed call: status, code, message, then one line per issue. */
function httpError(method: string, path: string, status: number, body: unknown, text: string): CliError {
  const error = (body as ApiErrorBody | null | undefined)?.error;
  if (!error || typeof error !== "object") {
    return new CliError(`${method} /v1/admin${path} failed: HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ""}`);
  }
  const details = (Array.isArray(error.issues) ? error.issues : []).map(
    (issue) => `  ${String(issue.path ?? "")}: ${String(issue.message ?? "")}`,
  );
  if (status === 412)
    details.push(
      "  (the card changed since its version was read: run the command again to act on the current version)",
    );
  if (status === 401) details.push("  (check CLAIMCARDS_TOKEN: it may be mistyped or revoked)");
  return new CliError(`HTTP ${status} ${String(error.code ?? "error")}: ${String(error.message ?? "")}`, 1, details);
}
