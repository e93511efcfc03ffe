/**
 * The newsroom desk's sessions: a personal token typed once becomes a
 * signed, HttpOnly, SameSite=Strict cookie that the write API accepts like
 * the token itself, until it expires, is signed out, or its token or person
 * is revoked; another site can neither sign in nor act with it; the desk
 * page runs under a strict CSP.
 */
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { admin, personFor, tokenFor } from "./admin-client";

const ORIGIN = "https://cards.test";
let client = 0;

async function desk(path: string, init: RequestInit & { origin?: string | null; cookie?: string; base?: string } = {}) {
  const headers = new Headers(init.headers);
  headers.set("cf-connecting-ip", `198.51.100.${client++ % 250}`);
  const base = init.base ?? ORIGIN;
  if (init.origin !== null) headers.set("origin", init.origin ?? base);
  if (init.cookie) headers.set("cookie", init.cookie);
  return exports.default.fetch(`${base}${path}`, { ...init, headers, redirect: "manual" });
}

async function signIn(token: string, base = ORIGIN) {
  const response = await desk("/desk/session", {
    method: "POST",
    base,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token }),
  });
  const setCookie = response.headers.get("set-cookie") ?? "";
  return { response, setCookie, cookie: setCookie.split(";")[0]! };
}

describe("desk sessions", () => {
  it("sign-in answers a signed, HttpOnly, Secure, SameSite=Strict cookie that expires, without the token in it", async () => {
    const token = await tokenFor("Desk Editor", "editor");
    const { response, setCookie, cookie } = await signIn(token);
    expect(response.status).toBe(200);
    const who = (await response.json()) as { name: string; role: string };
    expect(who).toMatchObject({ name: "Desk Editor", role: "editor" });
    expect(setCookie).toMatch(/^claimcards_desk=/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Max-Age=43200/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(decodeURIComponent(cookie)).not.toContain(token);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("is not Secure on local http (wrangler dev), and a form sign-in goes back to the desk", async () => {
    const token = await tokenFor("Desk Editor", "editor");
    const local = await signIn(token, "http://127.0.0.1:8787");
    expect(local.response.status).toBe(200);
    expect(local.setCookie).not.toMatch(/Secure/);
    const form = await desk("/desk/session", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token }).toString(),
    });
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe("/desk/");
    expect(form.headers.get("set-cookie")).toMatch(/HttpOnly/);
  });

  it("the write API takes the session cookie as the token's person, and answers no-store", async () => {
    const token = await tokenFor("Desk Editor", "editor");
    const { cookie } = await signIn(token);
    const me = await desk("/desk/session", { cookie });
    expect(await me.json()).toMatchObject({
      name: "Desk Editor",
      role: "editor",
      personId: await personFor("Desk Editor", "editor"),
    });
    const list = await desk("/v1/admin/cards?status=draft", { cookie });
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control")).toBe("no-store");
    // An editor's session is still an editor: people are for admins.
    expect((await desk("/v1/admin/people", { cookie })).status).toBe(403);
    // Bearer answers are no-store too.
    expect((await admin("/people")).headers.get("cache-control")).toBe("no-store");
  });

  it("revoking the token, or its person, ends the session at the next request", async () => {
    const token = await tokenFor("Desk Revoked", "editor");
    const { cookie } = await signIn(token);
    expect((await desk("/v1/admin/cards?status=draft", { cookie })).status).toBe(200);
    const tokens = await admin("/tokens");
    const tokenId = tokens.body.data
      .filter((t: { name: string; revokedAt: string | null }) => t.name === "Desk Revoked" && !t.revokedAt)
      .at(-1).id;
    expect((await admin(`/tokens/${tokenId}`, { method: "DELETE" })).status).toBe(204);
    const after = await desk("/v1/admin/cards?status=draft", { cookie });
    expect(after.status).toBe(401);
    expect(((await after.json()) as any).error.code).toBe("session_ended");
    expect(after.headers.get("set-cookie")).toMatch(/claimcards_desk=;.*Max-Age=0/);

    const second = await signIn(await tokenFor("Desk Revoked", "editor"));
    expect((await desk("/desk/session", { cookie: second.cookie })).status).toBe(200);
    expect((await admin(`/people/${await personFor("Desk Revoked", "editor")}`, { method: "DELETE" })).status).toBe(
      204,
    );
    expect((await desk("/desk/session", { cookie: second.cookie })).status).toBe(401);
    expect((await desk("/v1/admin/cards?status=draft", { cookie: second.cookie })).status).toBe(401);
  });

  it("a forged or altered cookie is no session", async () => {
    const token = await tokenFor("Desk Editor", "editor");
    const { cookie } = await signIn(token);
    const [name, value] = cookie.split("=") as [string, string];
    const decoded = decodeURIComponent(value);
    const [payload, signature] = [
      decoded.slice(0, decoded.lastIndexOf(".")),
      decoded.slice(decoded.lastIndexOf(".") + 1),
    ];
    const [tokenId] = payload.split(".");
    const later = `${tokenId}.${Math.floor(Date.now() / 1000) + 10 * 86400}`;
    const altered = `${name}=${encodeURIComponent(`${later}.${signature}`)}`;
    expect((await desk("/v1/admin/cards?status=draft", { cookie: altered })).status).toBe(401);
  });

  it("refuses cross-site requests: sign-in by form, writes with the cookie, sign-out", async () => {
    const token = await tokenFor("Desk Editor", "editor");
    const crossSignIn = await desk("/desk/session", {
      method: "POST",
      origin: "https://evil.example",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token }).toString(),
    });
    expect(crossSignIn.status).toBe(403);
    expect(crossSignIn.headers.get("set-cookie")).toBeNull();

    const { cookie } = await signIn(token);
    const card = { id: "desk-cross-site", lang: "en" };
    for (const origin of ["https://evil.example", null]) {
      const write = await desk("/v1/admin/cards", {
        method: "POST",
        origin,
        cookie,
        headers: { "content-type": "application/json" },
        body: JSON.stringify(card),
      });
      expect(write.status).toBe(403);
      expect(((await write.json()) as any).error.code).toBe("cross_site");
    }
    // With Sec-Fetch-Site: same-origin the same write reaches validation (400: the card is incomplete).
    const same = await desk("/v1/admin/cards", {
      method: "POST",
      origin: null,
      cookie,
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
      body: JSON.stringify(card),
    });
    expect(same.status).toBe(400);
    expect((await desk("/desk/session", { method: "DELETE", origin: "https://evil.example", cookie })).status).toBe(
      403,
    );
  });

  it("sign-out clears the cookie; the bootstrap admin token cannot sign in", async () => {
    const { cookie } = await signIn(await tokenFor("Desk Editor", "editor"));
    const out = await desk("/desk/session", { method: "DELETE", cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/^claimcards_desk=;.*Max-Age=0/);
    const bootstrap = await signIn(env.ADMIN_TOKEN!);
    expect(bootstrap.response.status).toBe(401);
    expect(bootstrap.setCookie).toBe("");
  });
});

describe("the desk page", () => {
  it("is at /desk/: /desk redirects there", async () => {
    const response = await desk("/desk");
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get("location")!, "https://cards.test").pathname).toBe("/desk/");
    expect((await desk("/desk/")).status).toBe(200);
  });

  it("is HTML under a strict CSP, not framable, without CORS", async () => {
    const response = await desk("/desk/", { origin: "https://news.example" });
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/); // no inline script
    expect(html).not.toMatch(/<style|style=/); // no inline style
  });
});

describe("what the desk's queue reads", () => {
  it("card summaries carry the verdict and authors; pending corrections are listed across cards", async () => {
    const listed = await admin("/cards?status=published&limit=50");
    expect(listed.status).toBe(200);
    expect(listed.body.data[0]).toMatchObject({ verdict: expect.any(String), authors: expect.any(Array) });
    const pending = await admin("/corrections");
    expect(pending.status).toBe(200);
    expect(Array.isArray(pending.body.data)).toBe(true);
  });
});
