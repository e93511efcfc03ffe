/**
 * The benchmark's baseline: a module Worker that answers every request with
 * one constant JSON body, as big as a typical `/v1/cards?url=` response and
 * with the same content-type. Run by `npm run bench` through `wrangler dev`
 * like the real Worker, so the ratio of the two measures the Worker's own
 * cost (routing, D1, JSON, caching) and not the local stack's.
 */

interface BaselineEnv {
  /** Size of the body in bytes (UTF-8), from the run's typical response. */
  BODY_BYTES?: string;
  CONTENT_TYPE?: string;
}

let body: string | undefined;

/** `{"data":[{"pad":"xxxx…"}],"next":null}`, padded to exactly `bytes`. */
function constantBody(bytes: number): string {
  const empty = JSON.stringify({ data: [{ pad: "" }], next: null });
  return JSON.stringify({ data: [{ pad: "x".repeat(Math.max(0, bytes - empty.length)) }], next: null });
}

export default {
  fetch(_request: Request, env: BaselineEnv): Response {
    body ??= constantBody(Number(env.BODY_BYTES ?? 4096));
    return new Response(body, { headers: { "content-type": env.CONTENT_TYPE ?? "application/json" } });
  },
};
