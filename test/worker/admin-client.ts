import { env, exports } from "cloudflare:workers";

/** A newsroom client for the write API, as a fact-checker's tool would call it. */
export interface Call {
  method?: string;
  token?: string | null;
  body?: unknown;
  ifMatch?: number | string;
  contentType?: string;
  /** The D1 bookmark of an earlier answer (x-d1-bookmark), as the CLI and the desk send it back. */
  bookmark?: string;
}

let caller = 0;

export async function admin(path: string, call: Call = {}): Promise<{ status: number; body: any; headers: Headers }> {
  // Spread over many client addresses: the write rate limit (60 a minute each) is tested on its own.
  const headers: Record<string, string> = { "cf-connecting-ip": `203.0.113.${caller++ % 250}` };
  const token = call.token === undefined ? env.ADMIN_TOKEN : call.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (call.ifMatch !== undefined) headers["if-match"] = String(call.ifMatch);
  if (call.bookmark !== undefined) headers["x-d1-bookmark"] = call.bookmark;
  let body: BodyInit | undefined;
  if (call.body !== undefined) {
    headers["content-type"] = call.contentType ?? "application/json";
    body = typeof call.body === "string" ? call.body : JSON.stringify(call.body);
  }
  const response = await exports.default.fetch(`https://cards.test/v1/admin${path}`, {
    method: call.method ?? (call.body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

type Role = "editor" | "reviewer" | "admin";
const personIds = new Map<string, string>();

/** The person with this name (created with the bootstrap admin token if new); returns their id. */
export async function personFor(name: string, role: Role): Promise<string> {
  const known = personIds.get(name);
  if (known) return known;
  const created = await admin("/people", { body: { name, role } });
  if (created.status === 201) {
    personIds.set(name, created.body.id);
    return created.body.id;
  }
  throw new Error(JSON.stringify(created.body));
}

/** A new token for the person with this name (created first if new), as the bootstrap admin gives it. */
export async function tokenFor(name: string, role: Role): Promise<string> {
  const person = await personFor(name, role);
  const response = await admin("/tokens", { body: { person } });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body.token;
}

/** A card's reference to a person made with personFor or tokenFor. */
export function ref(name: string): { id: string; name: string } {
  const id = personIds.get(name);
  if (!id) throw new Error(`${name} is not a person yet: call personFor or tokenFor first`);
  return { id, name };
}

export const NEW_SOURCE_TEXT =
  "Officials said on Monday that the bridge would reopen in March after repairs costing 12 million euros. " +
  "Engineers warned that the work could take longer if the winter is harsh.";

/** A draft quoting a given archived source. */
export function draftCard(id: string, sourceId: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    lang: "en",
    claim: { text: "The bridge will reopen in March.", claimant: { name: "City officials", kind: "government" } },
    verdict: "needs-context",
    summary: "Officials gave March, but engineers warned it could take longer.",
    attributions: [
      { source: sourceId, quote: "the bridge would reopen in March after repairs", stance: "supports" },
      { source: sourceId, quote: "the work could take longer if the winter is harsh", stance: "context" },
    ],
    articles: [{ url: `https://news.example/bridge/${id}` }],
    reviewer: { name: "claimcards demo desk" },
    tags: ["transport"],
    ...overrides,
    authors: overrides.authors ?? [ref("Ana Editor")],
  };
}

export function sourceBody(id: string) {
  return {
    id,
    title: "Bridge to reopen in March",
    publisher: "News Example",
    url: `https://news.example/sources/${id}`,
    archivedAt: "2026-11-27T10:00:00Z",
    text: NEW_SOURCE_TEXT,
  };
}

let reader = 0;

/** A public read, as a reader's browser would make it (each from its own address). */
export const publicGet = (path: string) =>
  exports.default.fetch(`https://cards.test${path}`, { headers: { "cf-connecting-ip": `198.18.0.${reader++ % 250}` } });
