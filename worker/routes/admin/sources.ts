import { Hono } from "hono";
import { ArchiveSourceSchema } from "../../domain/schema/source";
import { sha256Hex } from "../../domain/sha256";
import type { AppEnv } from "../../app-env";
import { requireRole } from "../../http/auth";
import { jsonBody } from "../../http/json-body";
import { insertSource } from "../../store/sources";
import { refusingClearly } from "./errors";

/**
 * `/v1/admin/sources`: archive a source. The SHA-256 is computed here, never
 * taken from the client. An archived source is never replaced: published
 * quotes were verified against exactly this text.
 */
export const adminSourceRoutes = new Hono<AppEnv>().post("/", requireRole("archiveSource"), async (c) => {
  const input = await jsonBody(c, ArchiveSourceSchema);
  const source = { ...input, sha256: await sha256Hex(input.text) };
  await refusingClearly(() => insertSource(c.env.DB, source, c.get("actor").name, new Date().toISOString()));
  const { text: _text, ...meta } = source;
  return c.json({ source: { ...meta, length: source.text.length } }, 201);
});
