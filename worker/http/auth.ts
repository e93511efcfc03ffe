import type { MiddlewareHandler } from "hono";
import { mayDo, type Action, type Actor } from "../domain/roles";
import type { AppEnv } from "../app-env";
import { findTokenByHash } from "../store/tokens";
import { ApiError } from "./errors";
import { sha256Bytes, timingSafeEqualBytes } from "./token-hash";

/**
 * Bearer-token authentication for the write API. Tokens are looked up by
 * their SHA-256 (the token itself is never stored); the bootstrap
 * ADMIN_TOKEN secret is compared in constant time.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S{16,200})\s*$/i.exec(header);
    if (!match) {
      c.header("www-authenticate", 'Bearer realm="claimcards"');
      throw new ApiError(401, "unauthorized", "Send an API token: Authorization: Bearer <token>");
    }
    const hash = await sha256Bytes(match[1]!);
    let actor: Actor | null = null;
    const admin = c.env.ADMIN_TOKEN;
    if (admin && admin.length >= 16 && timingSafeEqualBytes(hash, await sha256Bytes(admin))) {
      actor = { name: "admin", role: "admin", tokenId: null };
    } else {
      const hex = [...hash].map((b) => b.toString(16).padStart(2, "0")).join("");
      const token = await findTokenByHash(c.env.DB, hex);
      if (token) actor = { name: token.name, role: token.role, tokenId: token.id };
    }
    if (!actor) {
      c.header("www-authenticate", 'Bearer realm="claimcards", error="invalid_token"');
      throw new ApiError(401, "unauthorized", "This API token is unknown or revoked");
    }
    c.set("actor", actor);
    await next();
  };
}

/** 403 unless the caller's role allows `action`. */
export function requireRole(action: Action): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get("actor");
    if (!mayDo(actor.role, action)) {
      throw new ApiError(403, "forbidden", `${/^[aeiou]/.test(actor.role) ? "An" : "A"} ${actor.role} token cannot do this (${action})`);
    }
    await next();
  };
}
