import type { Context } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { Hono } from "hono/tiny";
import * as v from "valibot";
import type { AppEnv } from "../app-env";
import { ApiError } from "../http/errors";
import { actorOf, currentSession, endSession, noStore, startSession } from "../http/session";
import { sha256HexOf } from "../http/token-hash";
import { findTokenByHash } from "../store/tokens";

/**
 * The newsroom desk at `/desk/`: the page (a shell loading the desk bundle
 * built into public/desk/) and its session — sign in once with a personal
 * token, get a signed cookie, sign out. All card work goes through the
 * write API (`/v1/admin/*`), which accepts the session cookie.
 */

/** The desk page may load only our own script and stylesheet, talk only to us, and never be framed. */
export const DESK_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

interface DeskManifest {
  js: string;
  css: string;
}

let manifest: DeskManifest | null = null;

/** The hashed bundle names tools/build-desk.ts wrote (read once per isolate from the assets). */
async function deskManifest(c: Context<AppEnv>): Promise<DeskManifest | null> {
  if (manifest) return manifest;
  try {
    const response = await c.env.ASSETS.fetch(new URL("/desk/desk-manifest.json", c.req.url));
    if (!response.ok) return null;
    const parsed = (await response.json()) as DeskManifest;
    if (typeof parsed.js === "string" && typeof parsed.css === "string") manifest = parsed;
  } catch {
    return null;
  }
  return manifest;
}

const escapeAttr = (s: string) => s.replace(/[&"<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);

function shell(built: DeskManifest | null): string {
  const head = built
    ? `<link rel="stylesheet" href="/desk/${escapeAttr(built.css)}"><script type="module" src="/desk/${escapeAttr(built.js)}"></script>`
    : "";
  const body = built ? "" : "<p>The desk is not built: run <code>npm run build</code>.</p>";
  return `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin"><title>claimcards desk</title>${head}</head>
<body><div id="desk">${body}<noscript>The newsroom desk needs JavaScript.</noscript></div></body></html>`;
}

const SignInSchema = v.object({
  token: v.pipe(v.string(), v.trim(), v.minLength(16, "is too short to be a token"), v.maxLength(200)),
});

/** The token from a form post or a JSON body. */
async function submittedToken(c: Context<AppEnv>): Promise<{ token: string; form: boolean }> {
  const type = c.req.header("content-type") ?? "";
  const form = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type);
  let body: unknown;
  try {
    body = form ? await c.req.parseBody() : await c.req.json();
  } catch {
    throw new ApiError(400, "invalid_body", 'Send the token as JSON { "token" } or a form field named token');
  }
  const parsed = v.safeParse(SignInSchema, body);
  if (!parsed.success)
    throw new ApiError(400, "invalid_body", "Invalid field: token", [
      { path: "token", message: parsed.issues[0]!.message },
    ]);
  return { token: parsed.output.token, form };
}

/** hono/csrf (Origin or Sec-Fetch-Site must be ours), refusing in the API's error shape. */
function sameOriginOnly() {
  const check = csrf();
  return async (c: Context<AppEnv>, next: () => Promise<void>) => {
    let passed = false;
    try {
      await check(c, async () => {
        passed = true;
      });
    } catch (error) {
      if (!(error instanceof HTTPException)) throw error;
    }
    if (!passed) throw new ApiError(403, "cross_site", "Signing in or out of the desk works only from the desk itself");
    await next();
  };
}

/**
 * `/desk/`, the page; `/desk` redirects there. One handler for both paths,
 * deciding by the path itself: Hono's small router (hono/tiny) matches a
 * route with or without its trailing slash, so whichever route it picks,
 * the answer is the same.
 */
async function deskPage(c: Context<AppEnv>): Promise<Response> {
  if (!c.req.path.endsWith("/")) return c.redirect("/desk/", 301);
  c.header("content-security-policy", DESK_CSP);
  c.header("cache-control", "no-store");
  c.header("cross-origin-opener-policy", "same-origin");
  const built = await deskManifest(c);
  return c.html(shell(built), built ? 200 : 503);
}

/** Mounted at the root: the page, and the session the desk signs in with. */
export const deskRoutes = new Hono<AppEnv>()
  // Sign-in by form is a simple request another site could send: only our own pages may.
  .use("/desk/session", sameOriginOnly(), noStore())
  .get("/desk", deskPage)
  .get("/desk/", deskPage)
  .get("/desk/session", async (c) => {
    const session = await currentSession(c);
    if (session === "none" || !session) {
      if (session) endSession(c);
      throw new ApiError(401, "unauthorized", "Not signed in");
    }
    return c.json({ ...actorOf(session.token), expiresAt: new Date(session.expires * 1000).toISOString() });
  })
  .post("/desk/session", async (c) => {
    const { token, form } = await submittedToken(c);
    const record = await findTokenByHash(c.var.db, await sha256HexOf(token));
    if (!record) {
      // The bootstrap ADMIN_TOKEN is nobody: it creates people and their tokens, from a terminal.
      throw new ApiError(
        401,
        "unauthorized",
        "This token is unknown or revoked (the desk takes a personal token, not the bootstrap admin token)",
      );
    }
    const expires = await startSession(c, record.id);
    if (form) return c.redirect("/desk/", 303);
    return c.json({ ...actorOf(record), expiresAt: new Date(expires * 1000).toISOString() });
  })
  .delete("/desk/session", (c) => {
    endSession(c);
    return c.body(null, 204);
  });
