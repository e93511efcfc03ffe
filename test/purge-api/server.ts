/**
 * A stand-in for Cloudflare's purge API on loopback (the real one cannot
 * be reached from the tests): `POST /client/v4/zones/{zone}/purge_cache`
 * answers as Cloudflare documents it and records each request, which the
 * tests read back with `GET /recorded?zone={zone}`. The token
 * `revoked-token` is refused the way Cloudflare refuses a bad token.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedPurge {
  method: string;
  path: string;
  authorization: string | null;
  contentType: string | null;
  body: unknown;
}

export async function startPurgeApi(): Promise<{ url: string; close(): Promise<void> }> {
  const recorded = new Map<string, RecordedPurge[]>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://purge.test");
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (req.method === "GET" && url.pathname === "/recorded") {
      return json(200, recorded.get(url.searchParams.get("zone") ?? "") ?? []);
    }
    const match = /^\/client\/v4\/zones\/([^/]+)\/purge_cache$/.exec(url.pathname);
    if (!match) return json(404, { success: false, errors: [{ code: 7003, message: "No route for that URI" }] });
    let text = "";
    for await (const chunk of req) text += chunk;
    const zone = decodeURIComponent(match[1]!);
    const list = recorded.get(zone) ?? [];
    list.push({
      method: req.method ?? "",
      path: url.pathname,
      authorization: req.headers.authorization ?? null,
      contentType: req.headers["content-type"] ?? null,
      body: text ? JSON.parse(text) : null,
    });
    recorded.set(zone, list);
    if (req.headers.authorization === "Bearer revoked-token") {
      return json(403, { success: false, errors: [{ code: 10000, message: "Authentication error" }], messages: [] });
    }
    return json(200, { success: true, errors: [], messages: [], result: { id: "9a7806061c88ada191ed06f989cc3dac" } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
