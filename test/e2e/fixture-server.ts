/**
 * The publisher side of the browser tests: serves the host pages in
 * test/e2e/pages/ from a second loopback origin (so widget.js and the API are
 * cross-origin, as on a real news site), plus a fake, misbehaving API.
 *
 *   GET /NN_name/?mode=M      pages/NN_name/index.html with {{API}} (wrangler dev),
 *                             {{FAKE}} (this server) and {{MODE}} (M) filled in, and
 *                             {{WIDGET}} / {{INTEGRITY}} from the API's widget-manifest.json;
 *                             `&api=<port>` makes {{API}} a file's own server (own-stack.ts)
 *                             on that loopback port instead of the shared one
 *   GET /fake/<mode>/v1/cards 500 | 404 | garbage | hang | empty | hostile | one | six (seed cards)
 *   GET /examples/<name>.html data/examples/newsroom/<name>.html as it is: the walkthrough's
 *                             source as a web page, for the desk to capture
 */
import { readFile } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { PublicCard } from "../../worker/domain/public-card";
import { hostileCard, seedCards } from "../widget/fixtures";

const PAGES = fileURLToPath(new URL("./pages/", import.meta.url));
const EXAMPLES = fileURLToPath(new URL("../../data/examples/newsroom/", import.meta.url));

export interface FixtureServer {
  url: string;
  stop(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = "application/json"): void {
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "access-control-allow-origin": "*",
    "cache-control": "no-store",
  });
  res.end(body);
}

/** What each fake API mode answers to `/v1/cards`; `hang` never answers. */
function fakeApi(mode: string, res: ServerResponse, hostile: PublicCard[], seed: PublicCard[]): void {
  switch (mode) {
    case "500":
      return send(res, 500, '{"error":{"code":"internal","message":"boom"}}');
    case "404":
      return send(res, 404, '{"error":{"code":"not_found","message":"no such route"}}');
    case "garbage":
      return send(res, 200, '{"data":[{"id":"half-a-card", <html>oops');
    case "empty":
      return send(res, 200, '{"data":[],"next":null}');
    case "hostile":
      return send(res, 200, JSON.stringify({ data: hostile, next: null }));
    case "one":
    case "six":
      return send(res, 200, JSON.stringify({ data: seed.slice(0, mode === "one" ? 1 : 6), next: null }));
    case "hang":
      return; // kept open until the server stops
    default:
      return send(res, 400, '{"error":{"code":"bad_mode"}}');
  }
}

/** Starts the server on a free loopback port. */
export async function startFixtureServer(api: string): Promise<FixtureServer> {
  // Two hostile cards (reviewers' names too) and a clean one, so there are real links to check.
  const seed = await seedCards("en");
  const [first, second, clean] = seed;
  const hostile: PublicCard[] = [first!, second!].map((card, i) => {
    const evil = hostileCard(card);
    return { ...evil, id: `hostile-${i + 1}`, reviewedBy: [{ id: "hostile", name: evil.summary }] };
  });
  hostile.push(clean!);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fixture");
    const fake = /^\/fake\/([\w-]+)\/v1\/cards$/.exec(url.pathname);
    if (fake) return fakeApi(fake[1]!, res, hostile, seed);
    const example = /^\/examples\/([\w-]+\.html)$/.exec(url.pathname);
    if (example) {
      const html = await readFile(`${EXAMPLES}${example[1]}`, "utf8").catch(() => null);
      return html === null ? send(res, 404, "no such example", "text/plain") : send(res, 200, html, "text/html");
    }
    // With or without the trailing slash: the Worker captures an article at its normalised address, which drops it.
    const page = /^\/(\d\d_[\w-]+)\/?$/.exec(url.pathname);
    if (!page) return send(res, 404, "not found", "text/plain");
    try {
      const html = await readFile(`${PAGES}${page[1]}/index.html`, "utf8");
      const own = /^\d{1,5}$/.exec(url.searchParams.get("api") ?? "");
      const pageApi = own ? `http://127.0.0.1:${own[0]}` : api;
      const fill: Record<string, string> = { API: pageApi, FAKE: origin, MODE: url.searchParams.get("mode") ?? "" };
      if (html.includes("{{WIDGET}}")) {
        // The pinned build, as a publisher copies it from the manifest.
        const manifest = (await (await fetch(`${pageApi}/widget-manifest.json`)).json()) as {
          widget: string;
          integrity: string;
        };
        Object.assign(fill, { WIDGET: manifest.widget, INTEGRITY: manifest.integrity });
      }
      send(
        res,
        200,
        html.replace(/\{\{(API|FAKE|MODE|WIDGET|INTEGRITY)\}\}/g, (_, name: string) => fill[name]!),
        "text/html",
      );
    } catch {
      send(res, 404, "no such page", "text/plain");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // including the `hang` requests
        server.close(() => resolve());
      }),
  };
}
