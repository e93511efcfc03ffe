/**
 * Which rate-limit bucket a request counts against, from its client address
 * (`CF-Connecting-IP`).
 *
 * - IPv4: the address itself.
 * - IPv6: its /64 prefix. One subscriber (a home, a phone, a server) is
 *   given at least a /64 and may use any of its 2^64 addresses, so keying by
 *   the full address would give a scraper a fresh bucket per request.
 *   IPv4-mapped addresses (`::ffff:192.0.2.1`) count as the IPv4 address.
 * - No address, or one that does not parse: one shared bucket,
 *   `NO_ADDRESS_KEY`. Cloudflare sets the header on every request from the
 *   internet, so only local development, tests and internal calls lack it;
 *   sharing one bucket keeps whoever can send a made-up header from minting
 *   a new bucket per request.
 */
export const NO_ADDRESS_KEY = "no-address";

export function rateLimitKey(address: string | null | undefined): string {
  const text = address?.trim() ?? "";
  if (isIpv4(text)) return canonicalIpv4(text);
  const groups = ipv6Groups(text);
  if (!groups) return NO_ADDRESS_KEY;
  // ::ffff:a.b.c.d is an IPv4 client seen through a dual-stack socket.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function isIpv4(text: string): boolean {
  return (
    IPV4.exec(text)
      ?.slice(1)
      .every((part) => Number(part) <= 255) ?? false
  );
}

/** Without leading zeros, so "192.0.2.010" and "192.0.2.10" share a bucket. */
function canonicalIpv4(text: string): string {
  return text
    .split(".")
    .map((part) => String(Number(part)))
    .join(".");
}

/** The eight 16-bit groups of an IPv6 address in any RFC 4291 spelling, or null. */
function ipv6Groups(text: string): number[] | null {
  const address = text.replace(/%.*$/, ""); // a zone index names a local interface, not a client
  if (!address.includes(":")) return null;
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const parse = (half: string): number[] | null => {
    if (half === "") return [];
    const groups: number[] = [];
    const parts = half.split(":");
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && isIpv4(part)) {
        const [a, b, c, d] = part.split(".").map(Number) as [number, number, number, number];
        groups.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
        groups.push(Number.parseInt(part, 16));
      } else {
        return null;
      }
    }
    return groups;
  };
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}
