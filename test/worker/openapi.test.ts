import { exports } from "cloudflare:workers";
import { hc } from "hono/client";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { CardPageSchema, PublicCardSchema } from "../../worker/domain/schema/public-card";
import { type AppType, app } from "../../worker/index";
import { namedSchemas, type SchemaName } from "../../worker/openapi/components";
import { openApiDocument } from "../../worker/openapi/spec";
import { admin, draftCard, ref, sourceBody, tokenFor } from "./admin-client";
import { DEMO_ARTICLE } from "./seed";

const get = (path: string) => exports.default.fetch(`https://cards.test${path}`);

describe("GET /v1/openapi.json", () => {
  it("documents every route the app serves", async () => {
    const spec = (await (await get("/v1/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(spec.openapi).toBe("3.1.0");
    const routes = app.routes
      .filter((route) => route.method !== "ALL")
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
    expect(routes.length).toBeGreaterThan(5);
    // Gone on purpose (410 pointing to its replacement): a client generated today must not call it.
    // The desk's HTML pages are not API.
    const gone = new Set(["post /v1/admin/cards/{id}/correct", "get /desk", "get /desk/"]);
    for (const route of new Set(routes)) {
      if (gone.has(route)) continue;
      const [method, path] = route.split(" ") as [string, string];
      expect(spec.paths[path]?.[method], `${route} is missing from the OpenAPI document`).toBeDefined();
    }
  });

  it("is the document the valibot schemas describe today, with this origin as its server", async () => {
    // Built into the static assets by `npm run build`; a stale build would describe an older API.
    const served = await (await get("/v1/openapi.json")).json();
    expect(served).toEqual(openApiDocument("https://cards.test"));
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

type Documented = {
  content?: Record<string, { schema?: { $ref?: string } }>;
  headers?: Record<string, { schema?: { enum?: string[] } }>;
};
const documentedPaths = openApiDocument("https://cards.test").paths as Record<
  string,
  Record<string, { responses: Record<string, Documented> }>
>;

/**
 * The response has the status expected, the document lists that status for
 * the operation, the JSON body is valid against the schema it names, and a
 * `cc-purge` header is documented there with the value it has.
 */
function expectDocumented(
  operation: string,
  status: number,
  response: { status: number; body: unknown; headers?: Headers },
) {
  expect(response.status, `${operation}: ${JSON.stringify(response.body)}`).toBe(status);
  const [method, path] = operation.split(" ") as [string, string];
  const documented = documentedPaths[path]?.[method]?.responses[String(status)];
  expect(documented, `${operation} answered ${status}, which is not documented`).toBeDefined();
  const purge = response.headers?.get("cc-purge");
  if (purge) expect(documented?.headers?.["cc-purge"]?.schema?.enum, `${operation}: cc-purge`).toContain(purge);
  const ref = documented?.content?.["application/json"]?.schema?.$ref;
  if (!ref) return;
  const schema = namedSchemas[ref.replace("#/components/schemas/", "") as SchemaName];
  const result = v.safeParse(schema, response.body);
  expect(result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? [], `${operation} ${status}`).toEqual([]);
}

describe("admin responses match the documented schemas", () => {
  it("through a card's whole life, its source and a token's", async () => {
    const editor = await tokenFor("Oona Editor", "editor");
    const reviewer = await tokenFor("Per Reviewer", "reviewer");
    const approver = await tokenFor("Quinn Approver", "reviewer");
    const card = (step = "") => `/cards/openapi-bridge${step}`;
    const draft = (overrides: Record<string, unknown> = {}) =>
      draftCard("openapi-bridge", "openapi-source", { authors: [ref("Oona Editor")], ...overrides });

    expectDocumented(
      "post /v1/admin/sources",
      201,
      await admin("/sources", { token: editor, body: sourceBody("openapi-source") }),
    );
    const copyOf = (url: string) => admin(`/sources?url=${encodeURIComponent(url)}`, { token: editor });
    expectDocumented("get /v1/admin/sources", 200, await copyOf("https://news.example/2023/02/iran-amnesty"));
    expectDocumented("get /v1/admin/sources", 404, await copyOf("https://news.example/never-archived"));
    expectDocumented("post /v1/admin/cards", 201, await admin("/cards", { token: editor, body: draft() }));
    expectDocumented("get /v1/admin/cards/{id}", 200, await admin(card(), { token: editor }));
    expectDocumented(
      "put /v1/admin/cards/{id}",
      200,
      await admin(card(), { token: editor, method: "PUT", ifMatch: 1, body: draft() }),
    );
    expectDocumented("get /v1/admin/cards", 200, await admin("/cards?status=draft", { token: editor }));
    expectDocumented(
      "post /v1/admin/cards/{id}/submit",
      200,
      await admin(card("/submit"), { token: editor, method: "POST", ifMatch: 2 }),
    );
    expectDocumented(
      "post /v1/admin/cards/{id}/publish",
      200,
      await admin(card("/publish"), { token: reviewer, method: "POST", ifMatch: 3 }),
    );
    const correction = {
      card: draft({ summary: "Officials gave March; engineers said it could take longer." }),
      note: "Clearer summary.",
    };
    expectDocumented(
      "post /v1/admin/cards/{id}/corrections",
      201,
      await admin(card("/corrections"), { token: reviewer, ifMatch: 4, body: correction }),
    );
    expectDocumented("get /v1/admin/cards/{id}/corrections", 200, await admin(card("/corrections"), { token: editor }));
    expectDocumented(
      "post /v1/admin/cards/{id}/corrections/approve",
      200,
      await admin(card("/corrections/approve"), { token: approver, method: "POST", ifMatch: 4 }),
    );
    const retraction = { note: "Withdrawn." };
    expectDocumented(
      "post /v1/admin/cards/{id}/retract",
      200,
      await admin(card("/retract"), { token: reviewer, ifMatch: 5, body: retraction }),
    );
    const history = await admin(card("/history"), { token: editor });
    expectDocumented("get /v1/admin/cards/{id}/history", 200, history);
    expect(history.body.data.map((entry: { action: string }) => entry.action)).toEqual([
      "card.create",
      "card.update",
      "card.submit",
      "card.publish",
      "card.correction.propose",
      "card.correct",
      "card.retract",
    ]);

    const person = await admin("/people", { body: { name: "Short Lived", role: "editor" } });
    expectDocumented("post /v1/admin/people", 201, person);
    expectDocumented("get /v1/admin/people/{id}", 200, await admin(`/people/${person.body.id}`));
    expectDocumented("get /v1/admin/people", 200, await admin("/people"));
    const created = await admin("/tokens", { body: { person: person.body.id } });
    expectDocumented("post /v1/admin/tokens", 201, created);
    expectDocumented(
      "delete /v1/admin/tokens/{id}",
      204,
      await admin(`/tokens/${created.body.id}`, { method: "DELETE" }),
    );
    expectDocumented("get /v1/admin/tokens", 200, await admin("/tokens"));
    expectDocumented(
      "delete /v1/admin/people/{id}",
      204,
      await admin(`/people/${person.body.id}`, { method: "DELETE" }),
    );
  });

  it("errors too: the one error shape, under a documented status", async () => {
    expectDocumented("get /v1/admin/cards/{id}", 404, await admin("/cards/no-such-card"));
    expectDocumented("get /v1/admin/cards", 401, await admin("/cards?status=draft", { token: null }));
    const editor = await tokenFor("Oona Editor", "editor");
    expectDocumented("post /v1/admin/cards", 400, await admin("/cards", { token: editor, body: { id: "Not A Slug" } }));
    expectDocumented("post /v1/admin/cards", 403, await admin("/cards", { body: { id: "not-a-person" } }));
    expectDocumented(
      "post /v1/admin/cards/{id}/submit",
      404,
      await admin("/cards/no-such-card/submit", { token: editor, method: "POST", ifMatch: 1 }),
    );
    expectDocumented("delete /v1/admin/tokens/{id}", 404, await admin("/tokens/no-such-token", { method: "DELETE" }));
  });

  it("and the public JSON it names: oEmbed, health, a missing card", async () => {
    const json = async (path: string) => {
      const response = await get(path);
      return { status: response.status, body: await response.json() };
    };
    expectDocumented("get /oembed", 200, await json(`/oembed?url=${encodeURIComponent(DEMO_ARTICLE)}`));
    expectDocumented("get /healthz", 200, await json("/healthz"));
    expectDocumented("get /v1/cards/{id}", 404, await json("/v1/cards/no-such-card"));
  });
});

describe("the typed client (hono/client)", () => {
  const client = hc<AppType>("https://cards.test", {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(input, init),
  });

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
