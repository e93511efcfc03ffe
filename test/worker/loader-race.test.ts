/**
 * The loader reads what is stored, plans, then writes: in between, someone
 * may change a card or archive a source through the write API. The write
 * must then change nothing at all and say what changed, never overwrite it.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadPlan, planLoad, type StoredState } from "../../tools/loader/load-plan";
import { type DatasetFile, prepareDataset, type SourceFiles } from "../../tools/loader/prepare-dataset";
import { loadPreparedDataset, readStoredState, writeLoadPlan } from "../../tools/loader/store";
import { admin, draftCard, NEW_SOURCE_TEXT, ref, tokenFor } from "./admin-client";

const fileOf = (kind: "card" | "source", id: string) => (kind === "card" ? `cards/${id}.json` : `sources/${id}.txt`);

let editor: string;
beforeAll(async () => {
  editor = await tokenFor("Ana Editor", "editor");
});

/** data/people.json naming the card's author, the person the API already knows. */
function peopleFile(): DatasetFile {
  return { file: "people.json", text: JSON.stringify([{ ...ref("Ana Editor"), role: "editor" }]) };
}

/** A draft card file as data/cards/ holds it. */
function cardFile(
  id: string,
  version: number,
  summary = "Officials gave March; engineers were less sure.",
): DatasetFile {
  const { attributions: _none, ...draft } = draftCard(id, "unused");
  const card = {
    ...draft,
    attributions: [],
    summary,
    version,
    status: "draft",
    reviewedBy: [],
    updatedAt: "2026-11-27",
  };
  return { file: `cards/${id}.json`, text: JSON.stringify(card) };
}

function sourceFiles(id: string, text: string): SourceFiles {
  const meta = { id, title: "Bridge to reopen", publisher: "News Example", archivedAt: "2026-11-27T10:00:00Z" };
  return {
    meta: { file: `sources/${id}.json`, text: JSON.stringify(meta) },
    text: { file: `sources/${id}.txt`, text },
  };
}

/** Reads the stored state and plans the load, as the loader does before it writes. */
async function readAndPlan(files: {
  cards: DatasetFile[];
  sources: SourceFiles[];
}): Promise<{ plan: LoadPlan; stored: StoredState }> {
  const dataset = await prepareDataset({ ...files, people: peopleFile() });
  if (!dataset.ok) throw new Error(JSON.stringify(dataset.problems));
  const stored = await readStoredState(
    env.DB,
    dataset.cards.map(({ card }) => card.id),
    dataset.sources.map((source) => source.id),
  );
  const planned = planLoad(dataset, stored, fileOf);
  if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
  return { plan: planned.plan, stored };
}

const storedBody = async (id: string) =>
  (await env.DB.prepare(`SELECT body FROM cards WHERE id = ?1`).bind(id).first<{ body: string }>())?.body ?? null;
const loadAudits = async () =>
  (await env.DB.prepare(
    `SELECT count(*) AS n FROM audit_log WHERE actor = 'data/ loader' AND subject LIKE '%race-%'`,
  ).first<{ n: number }>())!.n;

describe("a load that loses a race with the write API", () => {
  it("rolls back entirely when a card it would add was created through the API since it read", async () => {
    const { plan, stored } = await readAndPlan({
      cards: [cardFile("race-new", 1), cardFile("race-bystander", 1)],
      sources: [sourceFiles("race-bystander-source", "Some archived words.")],
    });
    expect(plan.cards.map(({ card }) => card.id)).toEqual(["race-new", "race-bystander"]);

    const created = await admin("/cards", {
      token: editor,
      body: draftCard("race-new", "bridge-report", { summary: "Written through the API." }),
    });
    expect(created.status).toBe(201);

    const result = await writeLoadPlan(env.DB, plan, stored, "2026-11-28T00:00:00Z", fileOf);
    expect(JSON.parse((await storedBody("race-new"))!).summary).toBe("Written through the API.");
    expect(await storedBody("race-bystander")).toBeNull();
    expect(await env.DB.prepare(`SELECT id FROM sources WHERE id = 'race-bystander-source'`).first()).toBeNull();
    expect(await loadAudits()).toBe(0);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: "cards/race-new.json",
          path: "version",
          message: expect.stringMatching(
            /changed in the database while this load ran \(not stored when read, version 1 now\); nothing was loaded/,
          ),
        },
      ],
    });
  });

  it("never overwrites an edit made through the API to the version the load would write", async () => {
    const first = await loadPreparedDataset(
      env.DB,
      await prepared({ cards: [cardFile("race-edit", 1)], sources: [] }),
      fileOf,
    );
    expect(first.ok).toBe(true);
    const { plan, stored } = await readAndPlan({
      cards: [cardFile("race-edit", 2, "Version 2 from data/.")],
      sources: [],
    });
    expect(plan.cards).toHaveLength(1);

    const edited = await admin("/cards/race-edit", {
      token: editor,
      method: "PUT",
      ifMatch: 1,
      body: draftCard("race-edit", "bridge-report", { summary: "Version 2 from the API." }),
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);

    const result = await writeLoadPlan(env.DB, plan, stored, "2026-11-28T00:00:00Z", fileOf);
    const body = JSON.parse((await storedBody("race-edit"))!);
    expect(body).toMatchObject({ version: 2, summary: "Version 2 from the API." });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          file: "cards/race-edit.json",
          path: "version",
          message: expect.stringContaining("(version 1 when read, version 2 now)"),
        },
      ],
    });
  });

  it("never replaces the text of a source archived through the API since it read", async () => {
    const { plan, stored } = await readAndPlan({
      cards: [cardFile("race-after-source", 1)],
      sources: [sourceFiles("race-source", "Text from data/.")],
    });
    const archived = await admin("/sources", {
      body: {
        id: "race-source",
        title: "Bridge",
        publisher: "News Example",
        archivedAt: "2026-11-27T10:00:00Z",
        text: NEW_SOURCE_TEXT,
      },
    });
    expect(archived.status).toBe(201);

    const result = await writeLoadPlan(env.DB, plan, stored, "2026-11-28T00:00:00Z", fileOf);
    const row = await env.DB.prepare(`SELECT text, sha256 FROM sources WHERE id = 'race-source'`).first<{
      text: string;
      sha256: string;
    }>();
    expect(row).toEqual({ text: NEW_SOURCE_TEXT, sha256: archived.body.source.sha256 });
    expect(await storedBody("race-after-source")).toBeNull();
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          file: "sources/race-source.txt",
          path: "(text)",
          message: expect.stringContaining("was archived in the database while this load ran"),
        },
      ],
    });
  });

  it("writes as planned when nothing changed in between", async () => {
    const { plan, stored } = await readAndPlan({
      cards: [cardFile("race-calm", 1)],
      sources: [sourceFiles("race-calm-source", "Calm words.")],
    });
    expect(await writeLoadPlan(env.DB, plan, stored, "2026-11-28T00:00:00Z", fileOf)).toEqual({ ok: true });
    expect(await storedBody("race-calm")).not.toBeNull();
  });
});

async function prepared(files: { cards: DatasetFile[]; sources: SourceFiles[] }) {
  const dataset = await prepareDataset({ ...files, people: peopleFile() });
  if (!dataset.ok) throw new Error(JSON.stringify(dataset.problems));
  return dataset;
}
