import type { Bindings } from "../app-env";
import { PURGE_API_TIMEOUT_MS } from "./cache-policy";

/** Cloudflare's API, unless CACHE_PURGE_API names another (a local stand-in in tests). */
const DEFAULT_API = "https://api.cloudflare.com/client/v4";

/** Tags one purge request may name (Cloudflare's limit of operations per request). */
const TAGS_PER_REQUEST = 100;

export interface PurgeApiSettings {
  zoneId: string;
  token: string;
  api: string;
}

/** The purge API's settings, or null while the operator has not set both secrets. */
export function purgeApiSettings(env: Bindings): PurgeApiSettings | null {
  const zoneId = env.CACHE_PURGE_ZONE_ID?.trim();
  const token = env.CACHE_PURGE_TOKEN?.trim();
  if (!zoneId || !token) return null;
  return { zoneId, token, api: (env.CACHE_PURGE_API?.trim() || DEFAULT_API).replace(/\/+$/, "") };
}

/**
 * Removes every cached copy carrying one of `tags` in every Cloudflare
 * location: `POST /zones/{zone}/purge_cache` with `{ "tags": [...] }`,
 * which reaches Cache API entries stored with a Cache-Tag header. Resolves
 * to null when done, or to what went wrong (never throws: a failed purge
 * must not undo or fail the write that asked for it).
 */
export async function purgeTagsEverywhere(settings: PurgeApiSettings, tags: string[]): Promise<string | null> {
  const unique = [...new Set(tags)];
  const url = `${settings.api}/zones/${encodeURIComponent(settings.zoneId)}/purge_cache`;
  const problems: string[] = [];
  for (let i = 0; i < unique.length; i += TAGS_PER_REQUEST) {
    const problem = await purgeOnce(url, settings.token, unique.slice(i, i + TAGS_PER_REQUEST));
    if (problem) problems.push(problem);
  }
  return problems.length > 0 ? problems.join("; ") : null;
}

async function purgeOnce(url: string, token: string, tags: string[]): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(PURGE_API_TIMEOUT_MS),
    });
    const text = await response.text();
    let answer: { success?: unknown; errors?: { code?: unknown; message?: unknown }[] } = {};
    try {
      answer = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page): the status says enough.
    }
    if (response.ok && answer.success === true) return null;
    const errors = (answer.errors ?? []).map((e) => `${String(e.code)} ${String(e.message)}`).join(", ");
    return `purge API answered ${response.status}${errors ? `: ${errors}` : ""}`;
  } catch (error) {
    return `purge API unreachable: ${error instanceof Error ? error.message : String(error)}`;
  }
}
