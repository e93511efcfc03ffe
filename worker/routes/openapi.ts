import type { Context } from "hono";
import { Hono } from "hono/tiny";
import type { AppEnv } from "../app-env";
import { OPENAPI_ASSET } from "../assets";
import { ApiError } from "../http/errors";

/** The built document (read once per isolate from the assets; it changes only with a deploy). */
let document: Record<string, unknown> | null = null;

async function builtDocument(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  if (document) return document;
  const response = await c.env.ASSETS.fetch(new URL(`/${OPENAPI_ASSET}`, c.req.url));
  if (!response.ok) throw new ApiError(503, "not_built", "The API description is not built: run npm run build");
  document = (await response.json()) as Record<string, unknown>;
  return document;
}

/**
 * `GET /v1/openapi.json`: the API described in OpenAPI 3.1, generated at
 * build time from the valibot schemas (worker/openapi/spec.ts), with this
 * request's origin as the server.
 */
export const openApiRoutes = new Hono<AppEnv>().get("/", async (c) =>
  c.json({ ...(await builtDocument(c)), servers: [{ url: new URL(c.req.url).origin }] }),
);
