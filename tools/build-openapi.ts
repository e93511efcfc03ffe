/**
 * Writes the OpenAPI document (worker/openapi/spec.ts, generated from the
 * valibot schemas) into public/ as JSON, once per build. The Worker serves
 * it at /v1/openapi.json with its own origin as the server; generating it
 * here keeps the JSON Schema converter and the document's ~1,000 lines of
 * description out of the Worker bundle (they were about a seventh of it).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { OPENAPI_ASSET, OPENAPI_SERVER_PLACEHOLDER } from "../worker/assets";
import { openApiDocument } from "../worker/openapi/spec";

export async function buildOpenApi(outdir = "public"): Promise<string> {
  const path = join(outdir, OPENAPI_ASSET);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(openApiDocument(OPENAPI_SERVER_PLACEHOLDER)));
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`openapi: ${await buildOpenApi(process.argv[2])}`);
}
