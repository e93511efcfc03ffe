import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

/** wrangler.toml: 60 writes a minute per client. */
const WRITE_LIMIT = 60;

// A write that needs nothing to exist (revoking a token nobody has), without a
// token: the limiter counts it before authentication, so each one costs a slot.
const write = (ip?: string) =>
  exports.default.fetch("https://cards.test/v1/admin/tokens/no-such-token", {
    method: "DELETE",
    headers: ip ? { "cf-connecting-ip": ip } : {},
  });

/** Writes from `addresses` in turn until one is refused; how many went before. */
async function untilLimited(addresses: (string | undefined)[], max: number) {
  for (let sent = 0; sent < max; sent++) {
    const response = await write(addresses[sent % addresses.length]);
    await response.arrayBuffer();
    if (response.status === 429) return sent;
  }
  return null;
}

describe("the rate limit's client key", () => {
  it("counts every address of one IPv6 /64 as one client", { timeout: 30_000 }, async () => {
    // A client rotating through its /64: a new address on every request.
    const rotating = Array.from({ length: 250 }, (_, i) => `2001:db8:77:1:${(i + 1).toString(16)}::${i}`);
    const sent = await untilLimited(rotating, 2 * WRITE_LIMIT + 1);
    // The limiter counts in fixed windows: one may roll over mid-test, so allow two windows' worth.
    expect(sent).not.toBeNull();
    expect(sent).toBeGreaterThanOrEqual(WRITE_LIMIT);
    // The same /64 spelled in full is still limited; the next /64 is another client.
    expect((await write("2001:0db8:0077:0001:0000:0000:0000:0001")).status).toBe(429);
    expect((await write("2001:db8:77:2::1")).status).toBe(401);
  });

  it("counts requests without a client address as one client", { timeout: 30_000 }, async () => {
    const sent = await untilLimited([undefined], 2 * WRITE_LIMIT + 1);
    expect(sent).not.toBeNull();
    expect(sent).toBeGreaterThanOrEqual(WRITE_LIMIT);
    expect((await write("192.0.2.240")).status).toBe(401);
  });
});
