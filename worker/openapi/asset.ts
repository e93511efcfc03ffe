/**
 * Where `npm run build` (tools/build-openapi.ts) puts the OpenAPI document
 * among the static assets, and what stands in for the server's origin there
 * (the Worker fills in the origin each request arrives at).
 */
export const OPENAPI_ASSET = "openapi/claimcards.json";
export const OPENAPI_SERVER_PLACEHOLDER = "https://origin.invalid";
