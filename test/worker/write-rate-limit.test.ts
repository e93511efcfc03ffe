import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

/** wrangler.toml: 60 writes a minute per client; public reads have their own 300. */
const WRITE_LIMIT = 60;

// A write (revoking a token nobody has): reads count against the public limit.
const adminWrite = (ip: string, token: string | null = env.ADMIN_TOKEN) =>
  exports.default.fetch("https://cards.test/v1/admin/tokens/no-such-token", {
    method: "DELETE",
    headers: { "cf-connecting-ip": ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

/** Sends write-API requests from `ip` until one is refused; returns it and how many went before. */
async function untilLimited(ip: string, max: number, token?: string | null) {
  for (let sent = 0; sent < max; sent++) {
    const response = await adminWrite(ip, token);
    if (response.status === 429) return { limited: response, before: sent };
    expect(response.status).not.toBe(500);
    await response.arrayBuffer();
  }
  return { limited: undefined, before: max };
}

describe("the write API's rate limit", () => {
  it("answers 429 with Retry-After after 60 requests a minute from one client, not after the public 300", {
    timeout: 30_000,
  }, async () => {
    // The limiter counts in fixed windows: one may roll over mid-test, so allow two windows' worth.
    const { limited, before } = await untilLimited("192.0.2.201", 2 * WRITE_LIMIT + 1);
    expect(limited?.status).toBe(429);
    expect(before).toBeGreaterThanOrEqual(WRITE_LIMIT);
    expect(limited!.headers.get("retry-after")).toBe("60");
    expect(await limited!.json()).toEqual({
      error: { code: "rate_limited", message: "Too many requests; try again in 60 seconds" },
    });
    // Another client is not affected, and the limited one may still read the public API.
    expect((await adminWrite("192.0.2.202")).status).toBe(404);
    const read = await exports.default.fetch("https://cards.test/v1/search?q=amnesty", {
      headers: { "cf-connecting-ip": "192.0.2.201" },
    });
    expect(read.status).toBe(200);
  });

  it("counts requests before authentication: guessing tokens is limited too", { timeout: 30_000 }, async () => {
    const { limited, before } = await untilLimited(
      "192.0.2.203",
      2 * WRITE_LIMIT + 1,
      "guess-0000000000000000000000000000",
    );
    expect(limited?.status).toBe(429);
    expect(before).toBeGreaterThanOrEqual(WRITE_LIMIT);
  });
});
