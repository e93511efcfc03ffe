import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { rateLimitKey } from "../domain/client-key";
import { MAX_REQUEST_URL_LENGTH } from "../domain/schema/primitives";
import { ApiError } from "./errors";

/** A URL longer than any real request: refused before anything parses it. */
export function boundedUrl(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.url.length > MAX_REQUEST_URL_LENGTH) {
      throw new ApiError(400, "url_too_long", `The request URL is longer than ${MAX_REQUEST_URL_LENGTH} characters`);
    }
    await next();
  };
}

/** Seconds a client is told to wait after a 429 (the limiter's window). */
const RETRY_AFTER_SECONDS = 60;

/**
 * The Workers rate-limit binding, keyed by client (an IPv4 address, an IPv6
 * /64, or the one bucket of requests without an address: domain/client-key.ts).
 * Over the limit is a 429 with Retry-After; a limiter that is missing or
 * fails lets the request through (availability over strictness for public
 * reads).
 */
export function rateLimit(
  binding: (env: AppEnv["Bindings"], method: string) => RateLimit | undefined,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limiter = binding(c.env, c.req.method);
    const key = rateLimitKey(c.req.header("cf-connecting-ip"));
    let allowed = true;
    try {
      if (limiter) allowed = (await limiter.limit({ key })).success;
    } catch (error) {
      console.warn("rate limiter unavailable", error);
    }
    if (!allowed) {
      c.header("retry-after", String(RETRY_AFTER_SECONDS));
      throw new ApiError(429, "rate_limited", `Too many requests; try again in ${RETRY_AFTER_SECONDS} seconds`);
    }
    await next();
  };
}
