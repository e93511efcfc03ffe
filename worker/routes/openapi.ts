import { Hono } from "hono";
import type { AppEnv } from "../app-env";
import { openApiDocument } from "../openapi/spec";

/** `GET /v1/openapi.json`: the API described in OpenAPI 3.1. */
export const openApiRoutes = new Hono<AppEnv>().get("/", (c) => c.json(openApiDocument(new URL(c.req.url).origin)));
