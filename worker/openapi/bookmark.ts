/**
 * The D1 bookmark (http/d1-session.ts) in the OpenAPI document: every
 * newsroom operation takes it as an optional request header and every
 * answer returns it, so a generated client can read its own writes.
 */
export const bookmarkComponents = {
  parameters: {
    D1Bookmark: {
      name: "x-d1-bookmark",
      in: "header",
      required: false,
      description:
        "The x-d1-bookmark of the last answer this client got: the request then sees at least that state of the database (its own writes). Without it, the request starts at the primary. A malformed value is a 400.",
      schema: { type: "string", pattern: "^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$" },
    },
  },
  headers: {
    D1Bookmark: {
      description: "The state of the database this answer saw; send it back as x-d1-bookmark on the next request",
      schema: { type: "string" },
    },
  },
};

type Operation = { parameters?: unknown[]; responses: Record<string, Record<string, unknown>> };

/** The paths with the bookmark header added to each operation's request and responses. */
export function withBookmark<Paths extends Record<string, Record<string, unknown>>>(paths: Paths): Paths {
  const parameter = { $ref: "#/components/parameters/D1Bookmark" };
  const header = { "x-d1-bookmark": { $ref: "#/components/headers/D1Bookmark" } };
  return Object.fromEntries(
    Object.entries(paths).map(([path, operations]) => [
      path,
      Object.fromEntries(
        Object.entries(operations).map(([method, value]) => {
          const operation = value as Operation;
          const responses = Object.fromEntries(
            Object.entries(operation.responses).map(([status, response]) => [
              status,
              { ...response, headers: { ...(response.headers as object | undefined), ...header } },
            ]),
          );
          return [method, { ...operation, parameters: [...(operation.parameters ?? []), parameter], responses }];
        }),
      ),
    ]),
  ) as Paths;
}
