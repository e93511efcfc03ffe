import type { Context, MiddlewareHandler } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import type { AppEnv } from "../app-env";
import { toHex } from "../domain/encoding";
import { type Action, type Actor, mayDo } from "../domain/roles";
import { findTokenByHash } from "../store/tokens";
import { ApiError, errorBody } from "./errors";
import { sha256Bytes, timingSafeEqualBytes } from "./token-hash";

/** Shortest and longest token we look up; anything else cannot be one of ours. */
const TOKEN_LENGTH = { min: 16, max: 200 };

/**
 * Bearer-token authentication for the write API (Hono's bearer auth).
 * Tokens are looked up by their SHA-256 (the token itself is never stored);
 * the bootstrap ADMIN_TOKEN secret is compared in constant time. Who is
 * calling becomes the `actor` for the routes and the audit log.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return bearerAuth<AppEnv>({
    realm: "claimcards",
    verifyToken: async (token, c) => {
      const actor = await actorFor(token, c);
      if (actor) c.set("actor", actor);
      return actor !== null;
    },
    // Every refusal is a 401 in the API's error shape; Hono adds the WWW-Authenticate challenge.
    noAuthenticationHeader: { message: () => unauthorized("Send an API token: Authorization: Bearer <token>") },
    invalidAuthenticationHeader: {
      wwwAuthenticateHeader: 'Bearer realm="claimcards", error="invalid_request"',
      message: () => unauthorized("Send an API token: Authorization: Bearer <token>"),
    },
    invalidToken: {
      wwwAuthenticateHeader: 'Bearer realm="claimcards", error="invalid_token"',
      message: () => unauthorized("This API token is unknown or revoked"),
    },
  });
}

async function actorFor(token: string, c: Context<AppEnv>): Promise<Actor | null> {
  if (token.length < TOKEN_LENGTH.min || token.length > TOKEN_LENGTH.max) return null;
  const hash = await sha256Bytes(token);
  const admin = c.env.ADMIN_TOKEN;
  if (admin && admin.length >= TOKEN_LENGTH.min && timingSafeEqualBytes(hash, await sha256Bytes(admin))) {
    return { personId: null, name: "admin", role: "admin", tokenId: null };
  }
  const stored = await findTokenByHash(c.var.db, toHex(hash));
  return stored ? { personId: stored.personId, name: stored.name, role: stored.role, tokenId: stored.id } : null;
}

function unauthorized(message: string): Response {
  return Response.json(errorBody("unauthorized", message), { status: 401 });
}

/** 403 unless the caller's role allows `action`. */
export function requireRole(action: Action): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get("actor");
    if (!mayDo(actor.role, action)) {
      throw new ApiError(
        403,
        "forbidden",
        `${/^[aeiou]/.test(actor.role) ? "An" : "A"} ${actor.role} token cannot do this (${action})`,
      );
    }
    await next();
  };
}
