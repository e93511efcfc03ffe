/**
 * The CLI reads its own writes under D1 read replication: within a run it
 * sends back the newest x-d1-bookmark the Worker answered with. A local
 * server stands in for the Worker so the headers can be seen as sent.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { callApi } from "../../tools/cli/api";

const sent: IncomingHttpHeaders[] = [];
/** What the stand-in answers next, in order. */
const answers = [
  "00000000-00000002-00000000-00000000000000000000000000000000",
  "00000000-00000005-00000000-00000000000000000000000000000000",
  // An answer from an older state (a concurrent call): the newer bookmark is kept.
  "00000000-00000003-00000000-00000000000000000000000000000000",
];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    sent.push(request.headers);
    const bookmark = answers.shift();
    response.writeHead(request.url?.endsWith("/refused") ? 409 : 200, {
      "content-type": "application/json",
      ...(bookmark ? { "x-d1-bookmark": bookmark } : {}),
    });
    response.end(request.url?.endsWith("/refused") ? '{"error":{"code":"conflict","message":"no"}}' : "{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("sends back the newest bookmark it was given, refusals included", async () => {
  const config = { url, token: "a-token-that-is-long-enough" };
  await callApi(config, "/cards/x");
  await expect(callApi(config, "/cards/x/refused", { method: "POST" })).rejects.toThrow("409");
  await callApi(config, "/cards/x");
  await callApi(config, "/cards/x");
  expect(sent.map((headers) => headers["x-d1-bookmark"])).toEqual([
    undefined,
    "00000000-00000002-00000000-00000000000000000000000000000000",
    "00000000-00000005-00000000-00000000000000000000000000000000",
    "00000000-00000005-00000000-00000000000000000000000000000000",
  ]);
});
