/**
 * Which addresses the Worker may fetch when it archives a page. An editor's
 * URL (and every redirect it leads to) must not make the Worker talk to
 * itself, to the machine it runs on, or to a private network: the checks run
 * before each request, never after.
 *
 * What this cannot see: a public DNS name that resolves to a private
 * address. A Worker has no DNS lookup before fetch, so only literal
 * addresses and `localhost` names are refused here; Cloudflare's own fetch
 * path does not route to private networks, which covers the rest in
 * production. Anything in `ARCHIVE_ALLOW_HOSTS` (local development and tests)
 * skips the address checks.
 */

/** Parses `ARCHIVE_ALLOW_HOSTS`: comma- or space-separated `host:port` entries. */
export function parseAllowHosts(value: string | undefined): Set<string> {
  return new Set(
    (value ?? "")
      .split(/[\s,]+/)
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** `host:port` with the scheme's default port spelled out, as allow-list entries name it. */
function hostAndPort(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname.toLowerCase()}:${port}`;
}

function ipv4Octets(host: string): number[] | null {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** Why an IPv4 address is not public, or null. */
function privateIpv4([a, b]: number[]): string | null {
  if (a === undefined || b === undefined) return null;
  if (a === 127) return "a loopback address";
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return "a private address";
  if (a === 169 && b === 254) return "a link-local address";
  if (a === 100 && b >= 64 && b <= 127) return "a shared (carrier-grade NAT) address";
  if (a === 0) return "an unspecified address";
  if (a >= 224) return "a multicast or reserved address";
  return null;
}

/** The eight 16-bit groups of an IPv6 address (as the URL parser serialises it), or null. */
function ipv6Groups(host: string): number[] | null {
  if (!host.startsWith("[") || !host.endsWith("]")) return null;
  let body = host.slice(1, -1).toLowerCase();
  // A dotted tail (the parser usually rewrites it, but be safe): two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted) {
    const octets = ipv4Octets(dotted[1]!);
    if (!octets) return null;
    body =
      body.slice(0, -dotted[1]!.length) +
      `${((octets[0]! << 8) | octets[1]!).toString(16)}:${((octets[2]! << 8) | octets[3]!).toString(16)}`;
  }
  const [head, tail, extra] = body.split("::");
  if (extra !== undefined) return null;
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}

/** Why an IPv6 address is not public, or null. */
function privateIpv6(groups: number[]): string | null {
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = groups;
  const zeroThrough = (n: number) => groups.slice(0, n).every((g) => g === 0);
  const embedded = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
  if (zeroThrough(7) && g7 === 1) return "a loopback address";
  if (zeroThrough(8)) return "an unspecified address";
  // ::ffff:a.b.c.d (IPv4-mapped), ::a.b.c.d (IPv4-compatible) and 64:ff9b::a.b.c.d (NAT64)
  // all reach the IPv4 address inside them.
  const mapped = zeroThrough(5) && g5 === 0xffff;
  const compatible = zeroThrough(6);
  const nat64 = g0 === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (mapped || compatible || nat64) return privateIpv4(embedded);
  if ((g0 & 0xfe00) === 0xfc00) return "a unique-local address";
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return "a link-local address";
  if ((g0 & 0xff00) === 0xff00) return "a multicast address";
  return null;
}

/**
 * Why the Worker must not fetch `url`, or null when it may. `url` comes from
 * the WHATWG URL parser, which has already turned decimal, octal and hex
 * IPv4 forms (`http://2130706433/`, `http://0177.1/`) into dotted quads and
 * compressed IPv6, so the checks below see one spelling per address.
 */
export function refusedAddress(url: URL, allowHosts: ReadonlySet<string>): string | null {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return `${url.protocol} addresses cannot be archived; only http: and https:`;
  }
  if (url.username || url.password) return "addresses with a user name or password cannot be archived";
  if (allowHosts.has(hostAndPort(url))) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (!host) return "the address has no host";
  if (host === "localhost" || host.endsWith(".localhost")) return `${url.hostname} is this machine`;
  const v4 = ipv4Octets(host);
  const why = v4
    ? privateIpv4(v4)
    : (() => {
        const v6 = ipv6Groups(host);
        return v6 ? privateIpv6(v6) : null;
      })();
  return why ? `${url.host} is ${why}; only public addresses can be archived` : null;
}
