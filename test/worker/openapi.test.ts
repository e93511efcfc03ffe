import { exports } from "cloudflare:workers";
import { hc } from "hono/client";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { app, type AppType } from "../../worker/index";
import { CardPageSchema, PublicCardSchema } from "../../worker/domain/schema/public-card";
import { DEMO_ARTICLE } from "./seed";

const get = (path: string) => exports.default.fetch(`https://cards.test${path}`);

describe("GET /v1/openapi.json", () => {
  it("documents every route the app serves", async () => {
    const spec = (await (await get("/v1/openapi.json")).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(spec.openapi).toBe("3.1.0");
    const routes = app.routes
      .filter((route) => route.method !== "ALL")
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
    expect(routes.length).toBeGreaterThan(5);
    for (const route of new Set(routes)) {
      const [method, path] = route.split(" ") as [string, string];
      expect(spec.paths[path]?.[method], `${route} is missing from the OpenAPI document`).toBeDefined();
    }
  });

  it("is served cross-origin", async () => {
    expect((await get("/v1/openapi.json")).headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("responses match the documented schemas", () => {
  it("every card of the demo article, in en and fa, is a valid PublicCard page", async () => {
    for (const lang of ["en", "fa"]) {
      const page = await (await get(`/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}&lang=${lang}`)).json();
      const result = v.safeParse(CardPageSchema, page);
      expect(result.issues ?? []).toEqual([]);
    }
    const card = await (await get("/v1/cards/amnesty-tens-of-thousands")).json();
    expect(v.safeParse(PublicCardSchema, card).success).toBe(true);
  });
});

describe("the typed client (hono/client)", () => {
  const client = hc<AppType>("https://cards.test", { fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(input, init) });

  it("lists cards for an article with typed query and response", async () => {
    const response = await client.v1.cards.$get({ query: { url: DEMO_ARTICLE, lang: "fa" } });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.length).toBeGreaterThanOrEqual(6);
    expect(body.data[0]?.verdict.label).toEqual(expect.any(String));
  });

  it("gets one card and searches", async () => {
    const card = await client.v1.cards[":id"].$get({ param: { id: "protest-arrests-20000" }, query: {} });
    expect(card.status).toBe(200);
    const search = await client.v1.search.$get({ query: { q: "amnesty" } });
    expect((await search.json()).data.length).toBeGreaterThan(0);
  });
});
