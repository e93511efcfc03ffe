/**
 * A small publisher's site on loopback for the archiving tests: the Worker
 * (inside workerd) captures these pages over real HTTP. Pages come from
 * pages/; the paths below misbehave on purpose.
 */
import { readFile } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  pdf: "application/pdf",
  png: "image/png",
};

/** Just over the Worker's 5 MB cap. */
const OVERSIZED = 5 * 1024 * 1024 + 1;

function redirect(res: ServerResponse, to: string, status = 302): void {
  res.writeHead(status, { location: to }).end();
}

/** Streams `total` bytes of HTML in 64 KiB chunks, with or without announcing the length. */
function streamLarge(res: ServerResponse, total: number, announce: boolean): void {
  res.writeHead(200, { "content-type": "text/html", ...(announce ? { "content-length": String(total) } : {}) });
  const chunk = Buffer.alloc(64 * 1024, "<p>filler text</p>\n");
  let sent = 0;
  const pump = () => {
    while (sent < total) {
      const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
      sent += piece.length;
      if (!res.write(piece)) return void res.once("drain", pump);
    }
    res.end();
  };
  res.on("error", () => {});
  pump();
}

export interface ArchiveSite {
  url: string;
  port: number;
  /** Paths requested so far, in order (to prove a refused target was never fetched). */
  requests: string[];
  close(): Promise<void>;
}

export async function startArchiveSite(): Promise<ArchiveSite> {
  const requests: string[] = [];
  let port = 0;
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://site.test").pathname;
    requests.push(path);
    switch (path) {
      case "/moved":
        return redirect(res, "/article.html", 301);
      case "/moved-twice":
        return redirect(res, `http://127.0.0.1:${port}/moved`);
      case "/loop":
        return redirect(res, "/loop");
      case "/to-other-loopback":
        return redirect(res, `http://127.0.0.2:${port}/article.html`);
      case "/to-ipv6-loopback":
        return redirect(res, `http://[::1]:${port}/article.html`);
      case "/to-private":
        return redirect(res, "http://10.0.0.1/article.html");
      case "/to-decimal-private":
        return redirect(res, "http://167772161/article.html");
      case "/to-mapped-private":
        return redirect(res, "http://[::ffff:192.168.0.1]/article.html");
      case "/to-link-local":
        return redirect(res, "http://169.254.169.254/latest/meta-data/");
      case "/to-localhost":
        return redirect(res, `http://localhost:${port}/article.html`);
      case "/to-ftp":
        return redirect(res, "ftp://files.example/report.pdf");
      case "/oversized":
        return streamLarge(res, OVERSIZED, false);
      case "/oversized-announced":
        return streamLarge(res, OVERSIZED, true);
      case "/slow": {
        // Answers long after the test's timeout; the timer is dropped if the client leaves.
        const timer = setTimeout(
          () => res.writeHead(200, { "content-type": "text/html" }).end("<p>too late</p>"),
          3000,
        );
        return void res.on("close", () => clearTimeout(timer));
      }
      case "/broken":
        return void res.writeHead(500, { "content-type": "text/html" }).end("<p>Internal error</p>");
      case "/gone":
        return void res.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
    }
    const name = path.slice(1);
    const ext = name.split(".").pop() ?? "";
    if (!/^[a-z0-9-]+\.[a-z]+$/.test(name) || !TYPES[ext]) return void res.writeHead(404).end();
    try {
      const body = await readFile(new URL(`./pages/${name}`, import.meta.url));
      res.writeHead(200, { "content-type": TYPES[ext] }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
