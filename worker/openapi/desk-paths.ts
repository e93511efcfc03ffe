import { errorResponse as error } from "./components";

/**
 * The newsroom desk's session (its HTML page, /desk/, is not API and is not
 * described here; a no-script form sign-in answers 303 back to it). The session cookie is a
 * second way into `/v1/admin/*` (the `session` security scheme), for the
 * desk on this origin only.
 */
const whoAmI = {
  description: "Who is signed in, and until when",
  content: {
    "application/json": {
      schema: {
        type: "object",
        required: ["personId", "name", "role", "tokenId", "expiresAt"],
        properties: {
          personId: { type: "string" },
          name: { type: "string" },
          role: { type: "string", enum: ["editor", "reviewer", "admin"] },
          tokenId: { type: "string" },
          expiresAt: { type: "string", format: "date-time" },
        },
      },
    },
  },
};
const tokenBody = {
  type: "object",
  required: ["token"],
  properties: {
    token: {
      type: "string",
      minLength: 16,
      maxLength: 200,
      description: "A personal API token (not the bootstrap admin token)",
    },
  },
};

export const deskPaths = {
  "/desk/session": {
    get: {
      summary: "The desk session of this browser",
      operationId: "deskSession",
      security: [{ session: [] }],
      responses: { "200": whoAmI, "401": error("Not signed in, or the session ended") },
    },
    post: {
      summary: "Sign in with a personal token: answers a signed, HttpOnly, SameSite=Strict session cookie (12 hours)",
      operationId: "deskSignIn",
      security: [],
      requestBody: {
        required: true,
        content: {
          "application/json": { schema: tokenBody },
          "application/x-www-form-urlencoded": { schema: tokenBody },
        },
      },
      responses: {
        "200": whoAmI,
        "400": error("No token in the body"),
        "401": error("Unknown or revoked token"),
        "403": error("Sent from another site"),
        "429": error("Rate limited"),
      },
    },
    delete: {
      summary: "Sign out: clears the session cookie",
      operationId: "deskSignOut",
      security: [{ session: [] }],
      responses: { "204": { description: "Signed out" }, "403": error("Sent from another site") },
    },
  },
};
