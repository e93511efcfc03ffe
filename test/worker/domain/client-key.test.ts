import { describe, expect, it } from "vitest";
import { NO_ADDRESS_KEY, rateLimitKey } from "../../../worker/domain/client-key";

describe("rateLimitKey", () => {
  it("keys an IPv6 client by its /64, however the address is spelled", () => {
    const key = rateLimitKey("2001:db8::1");
    expect(key).toBe("2001:db8:0:0::/64");
    for (const same of [
      "2001:0db8:0:0:abcd::9",
      "2001:DB8:0000:0000:ffff:ffff:ffff:ffff",
      "2001:db8::",
      "2001:db8:0:0:1:2:3:4%eth0",
      " 2001:db8::7 ",
      "2001:db8::192.0.2.1",
    ]) {
      expect(rateLimitKey(same), same).toBe(key);
    }
    expect(rateLimitKey("2001:db8:0:1::1")).not.toBe(key);
    expect(rateLimitKey("2001:db9::1")).not.toBe(key);
  });

  it("keys an IPv4 client by its address, also when it arrives IPv4-mapped", () => {
    expect(rateLimitKey("192.0.2.10")).toBe("192.0.2.10");
    expect(rateLimitKey("::ffff:192.0.2.10")).toBe("192.0.2.10");
    expect(rateLimitKey("::ffff:c000:20a")).toBe("192.0.2.10");
    expect(rateLimitKey("192.0.2.11")).not.toBe("192.0.2.10");
  });

  it("puts every request without a usable address in one shared bucket", () => {
    for (const missing of [
      undefined,
      null,
      "",
      "unknown",
      "not an address",
      "300.1.1.1",
      "2001:db8::1::2",
      "2001:db8:1:2:3:4:5:6:7",
      "12345::1",
    ]) {
      expect(rateLimitKey(missing), String(missing)).toBe(NO_ADDRESS_KEY);
    }
  });
});
