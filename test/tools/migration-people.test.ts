/**
 * Migration 0005_people on a database from before people existed: tokens,
 * card bylines and the audit log become people, and loading data/ on top of
 * the migrated seed finds nothing to fix. Runs the real SQL files through
 * wrangler's local D1.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPlatformProxy } from "wrangler";
import { run } from "../../tools/dev-server";
import { prepareDataset } from "../../tools/loader/prepare-dataset";
import { readDataset } from "../../tools/loader/read-dataset";
import { runTsx } from "./run";

let state: string;

async function withDb<T>(use: (db: D1Database) => Promise<T>): Promise<T> {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    persist: { path: join(state, "v3") },
    remoteBindings: false,
  });
  try {
    return await use(proxy.env.DB);
  } finally {
    await proxy.dispose();
  }
}

const executeFile = (file: string) =>
  run(
    "node_modules/.bin/wrangler",
    ["d1", "execute", "DB", "--local", "--persist-to", state, "--file", `worker/migrations/${file}`],
    { quiet: true },
  );

describe("migration 0005_people", () => {
  beforeAll(async () => {
    state = await mkdtemp(join(tmpdir(), "claimcards-migrate-"));
    for (const file of ["0001_initial.sql", "0002_search.sql", "0003_newsroom.sql", "0004_source_archive.sql"])
      await executeFile(file);

    // What a database held before: the seed with names as bylines, tokens named freely, an audit log of names.
    const prepared = await prepareDataset(await readDataset("data"));
    if (!prepared.ok) throw new Error("seed does not verify");
    await withDb(async (db) => {
      const names = (refs: { name: string }[]) => refs.map((ref) => ref.name);
      await db.batch([
        ...prepared.cards.map(({ card, view }) => {
          const legacy = { ...card, authors: names(card.authors), reviewedBy: names(card.reviewedBy) };
          const legacyView = view && { ...view, authors: names(view.authors), reviewedBy: names(view.reviewedBy) };
          return db
            .prepare(
              `INSERT INTO cards (id, version, status, lang, verdict, published_at, updated_at, body, view) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
            )
            .bind(
              card.id,
              card.version,
              card.status,
              card.lang,
              card.verdict,
              card.publishedAt ?? null,
              card.updatedAt,
              JSON.stringify(legacy),
              legacyView && JSON.stringify(legacyView),
            );
        }),
        db.prepare(
          `INSERT INTO api_tokens (id, name, role, token_sha256, created_at, created_by) VALUES ('t1', 'Sara Karimi', 'editor', 'h1', '2026-01-01', 'admin')`,
        ),
        db.prepare(
          `INSERT INTO api_tokens (id, name, role, token_sha256, created_at, created_by) VALUES ('t2', 'sara' || char(160) || 'KARIMI ', 'reviewer', 'h2', '2026-01-01', 'admin')`,
        ),
        db.prepare(
          `INSERT INTO api_tokens (id, name, role, token_sha256, created_at, created_by) VALUES ('t3', 'Omid  Rahimi', 'editor', 'h3', '2026-01-01', 'admin')`,
        ),
        db.prepare(
          `INSERT INTO audit_log (at, actor, action, subject, applied) VALUES ('2026-01-02', 'Sara Karimi', 'card.create', 'old-card', 1)`,
        ),
        db.prepare(
          `INSERT INTO audit_log (at, actor, action, subject, applied) VALUES ('2026-01-03', 'sara  karimi', 'card.update', 'old-card', 1)`,
        ),
      ]);
    });
    await executeFile("0005_people.sql");
  }, 120_000);
  afterAll(() => rm(state, { recursive: true, force: true }));

  it("makes one person per normalised name, with the highest role of their tokens, and links the tokens", async () => {
    const people = await withDb(
      async (db) => (await db.prepare(`SELECT id, name, role FROM people ORDER BY id`).all()).results,
    );
    expect(people).toEqual([
      { id: "daniel-okafor", name: "Daniel Okafor", role: "reviewer" },
      { id: "leila-karimi", name: "Leila Karimi", role: "editor" },
      { id: "maryam-ahmadi", name: "Maryam Ahmadi", role: "reviewer" },
      { id: "omid-rahimi", name: "Omid  Rahimi", role: "editor" },
      { id: "reza-tavakoli", name: "Reza Tavakoli", role: "editor" },
      { id: "sara-karimi", name: "Sara Karimi", role: "reviewer" },
      { id: "sofia-lindqvist", name: "Sofia Lindqvist", role: "reviewer" },
    ]);
    const tokens = await withDb(
      async (db) => (await db.prepare(`SELECT id, person_id FROM api_tokens ORDER BY id`).all()).results,
    );
    expect(tokens).toEqual([
      { id: "t1", person_id: "sara-karimi" },
      { id: "t2", person_id: "sara-karimi" },
      { id: "t3", person_id: "omid-rahimi" },
    ]);
  });

  it("names the person behind earlier audit entries, and the log stays append-only", async () => {
    const rows = await withDb(
      async (db) =>
        (
          await db
            .prepare(`SELECT actor_person_id, actor_token_id FROM audit_log WHERE subject = 'old-card' ORDER BY id`)
            .all()
        ).results,
    );
    expect(rows).toEqual([
      { actor_person_id: "sara-karimi", actor_token_id: null },
      { actor_person_id: "sara-karimi", actor_token_id: null },
    ]);
    await withDb(async (db) => {
      await expect(db.prepare("UPDATE audit_log SET actor = 'x'").run()).rejects.toThrow(/append-only/);
    });
  });

  it("turns bylines into person refs in body and view: the seed loads on top with nothing to change", async () => {
    const card = await withDb(async (db) =>
      db
        .prepare(`SELECT body, view FROM cards WHERE id = 'protest-arrests-20000'`)
        .first<{ body: string; view: string }>(),
    );
    expect(JSON.parse(card!.body).authors).toEqual([{ id: "leila-karimi", name: "Leila Karimi" }]);
    expect(JSON.parse(card!.view).reviewedBy).toEqual([{ id: "daniel-okafor", name: "Daniel Okafor" }]);

    const loaded = runTsx(["tools/loader/load.ts", "--data", "data", "--persist-to", join(state, "v3")]);
    expect(loaded.stderr).toBe("");
    // The six migrated cards equal their files byte for byte (the sources were not in this old database).
    expect(loaded.stdout).toContain("Loaded 2 source(s) and 0 card(s) into the local D1 (6 already up to date).");
    expect(loaded.status).toBe(0);
  });
});
