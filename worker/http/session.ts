import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { AppEnv } from "../app-env";
import { toHex } from "../domain/encoding";
import type { Actor } from "../domain/roles";
import { findLiveTokenById, type TokenRecord } from "../store/tokens";
import { ApiError } from "./errors";

/**
 * Desk sessions: a personal token is typed once into the newsroom desk and
 * exchanged for a signed, expiring cookie naming the token's id (never the
 * token). Every request re-reads that token from D1, so revoking the token
 * or its person ends the session at once. The cookie resolves the same
 * `Actor` as a bearer token: everything after authentication is unchanged.
 */

export const SESSION_COOKIE = "claimcards_desk";
/** How long a session lasts after sign-in. */
export const SESSION_SECONDS = 12 * 60 * 60;

let fallbackSecret: string | undefined;

/**
 * The HMAC key. SESSION_SECRET when set; otherwise (local development and
 * tests) a random secret made once per isolate: sessions then end when the
 * isolate does, which is harmless locally and why production sets the secret.
 */
function sessionSecret(c: Context<AppEnv>): string {
  const configured = c.env.SESSION_SECRET;
  if (configured) return configured;
  if (!fallbackSecret) {
    console.warn(
      "SESSION_SECRET is unset: desk sessions are signed with a per-isolate random secret (local development only)",
    );
    fallbackSecret = toHex(crypto.getRandomValues(new Uint8Array(32)));
  }
  return fallbackSecret;
}

/** Plain http only on this machine (wrangler dev); everywhere else the cookie is Secure. */
function isLocalHttp(c: Context<AppEnv>): boolean {
  const url = new URL(c.req.url);
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

/** Sets the session cookie for this token: `<token id>.<expiry, unix seconds>`, signed. */
export async function startSession(c: Context<AppEnv>, tokenId: string): Promise<number> {
  const expires = Math.floor(Date.now() / 1000) + SESSION_SECONDS;
  await setSignedCookie(c, SESSION_COOKIE, `${tokenId}.${expires}`, sessionSecret(c), {
    path: "/",
    httpOnly: true,
    secure: !isLocalHttp(c),
    sameSite: "Strict",
    maxAge: SESSION_SECONDS,
  });
  return expires;
}

export function endSession(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", httpOnly: true, secure: !isLocalHttp(c), sameSite: "Strict" });
}

export interface Session {
  token: TokenRecord;
  expires: number;
}

/**
 * The live session of this request: null when there is no cookie, or it is
 * forged, expired, or its token or person has been revoked.
 */
export async function currentSession(c: Context<AppEnv>): Promise<Session | null | "none"> {
  const value = await getSignedCookie(c, sessionSecret(c), SESSION_COOKIE);
  if (value === undefined) return "none";
  const match = value === false ? null : /^([^.\s]{1,200})\.(\d{1,12})$/.exec(value);
  if (!match) return null;
  const expires = Number(match[2]);
  if (expires * 1000 <= Date.now()) return null;
  const token = await findLiveTokenById(c.var.db, match[1]!);
  return token ? { token, expires } : null;
}

export function actorOf(token: TokenRecord): Actor {
  return { personId: token.personId, name: token.name, role: token.role, tokenId: token.id };
}

/**
 * Whether this request comes from our own pages. Browsers send `Origin` on
 * every cross-origin request and on same-origin POST/PUT/DELETE, and
 * `Sec-Fetch-Site`; one of them must say "same origin". Unlike hono/csrf
 * (which checks only form-like content types), this holds for every unsafe
 * method with any body: a session cookie is ambient authority.
 */
export function isSameOriginRequest(c: Context<AppEnv>): boolean {
  if (c.req.header("sec-fetch-site") === "same-origin") return true;
  return c.req.header("origin") === new URL(c.req.url).origin;
}

const SAFE = /^(GET|HEAD|OPTIONS)$/;

/**
 * The write API's authentication: the bearer token as before (`bearer`,
 * whatever it is), or, for a request without an Authorization header, a
 * desk session cookie. A session's unsafe requests must come from our own
 * origin (SameSite=Strict is the first line, this the second).
 */
export function sessionOrBearer(bearer: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.header("authorization") !== undefined) return bearer(c, next);
    const session = await currentSession(c);
    if (session === "none") return bearer(c, next);
    if (!session) {
      endSession(c);
      throw new ApiError(
        401,
        "session_ended",
        "Your desk session has ended (expired, or its token was revoked): sign in again",
      );
    }
    if (!SAFE.test(c.req.method) && !isSameOriginRequest(c)) {
      throw new ApiError(403, "cross_site", "A desk session cannot be used from another site");
    }
    c.set("actor", actorOf(session.token));
    await next();
  };
}

/** Answers nobody may store: the write API and the desk's session say who is signed in and hold drafts. */
export function noStore(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.res.headers.set("cache-control", "no-store");
  };
}
