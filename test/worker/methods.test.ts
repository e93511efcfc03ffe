import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE } from "./seed";

let client = 0;
const send = (method: string, path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(`https://cards.test${path}`, {
    method,
    headers: { "cf-connecting-ip": `198.51.100.${client++ % 250}`, ...headers },
    body: method === "GET" || method === "HEAD" ? undefined : "{}",
  });

type ErrorBody = { error: { code: string; message: string } };

/** 405 in the one error shape, with an Allow header naming exactly `allow` (and HEAD, answered wherever GET is). */
async function expectMethodNotAllowed(response: Response, method: string, allow: string[]): Promise<void> {
  expect(response.status).toBe(405);
  const expected = allow.includes("GET") ? [...allow, "HEAD"] : allow;
  expect(response.headers.get("allow")?.split(/,\s*/).sort()).toEqual(expected.sort());
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as ErrorBody;
  expect(body.error.code).toBe("method_not_allowed");
  expect(body.error.message).toContain(method);
}

const article = `url=${encodeURIComponent(DEMO_ARTICLE)}`;

describe("405 on the iframe routes", () => {
  it.each([
    ["POST", `/embed?${article}`],
    ["PUT", `/embed?${article}`],
    ["DELETE", `/embed?${article}`],
    ["POST", `/oembed?${article}&format=json`],
    ["PATCH", `/oembed?${article}&format=json`],
    ["DELETE", "/oembed"],
  ])("%s %s → 405 Allow: GET, HEAD", async (method, path) => {
    await expectMethodNotAllowed(await send(method, path), method, ["GET"]);
  });
});

describe("405 on the write routes", () => {
  const admin = { authorization: `Bearer ${env.ADMIN_TOKEN}` };
  it.each([
    ["PUT", "/v1/admin/sources", ["GET", "POST"]],
    ["DELETE", "/v1/admin/sources", ["GET", "POST"]],
    ["GET", "/v1/admin/cards/some-card/publish", ["POST"]],
    ["PUT", "/v1/admin/cards/some-card/retract", ["POST"]],
    ["DELETE", "/v1/admin/cards/some-card/submit", ["POST"]],
    ["POST", "/v1/admin/cards/some-card/history", ["GET"]],
    ["DELETE", "/v1/admin/cards/some-card", ["GET", "PUT"]],
    ["PUT", "/v1/admin/tokens", ["GET", "POST"]],
    ["GET", "/v1/admin/tokens/some-id", ["DELETE"]],
  ])("%s %s → 405 (with a valid token)", async (method, path, allow) => {
    await expectMethodNotAllowed(await send(method, path, admin), method, allow);
  });

  it("changes nothing: a wrong method on a write route writes no audit entry or card", async () => {
    const history = async () => {
      const response = await send("GET", "/v1/admin/cards/protest-arrests-20000/history", admin);
      expect(response.status).toBe(200);
      return response.json();
    };
    const before = await history();
    expect((await send("PUT", "/v1/admin/cards/protest-arrests-20000/publish", admin)).status).toBe(405);
    expect(await history()).toEqual(before);
  });
});
