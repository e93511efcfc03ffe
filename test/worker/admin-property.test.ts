import { env } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, draftCard, publicGet, ref, sourceBody, tokenFor } from "./admin-client";

/** The people in the newsroom, and what their tokens allow. */
const PEOPLE = [
  { name: "Ed One", role: "editor" },
  { name: "Ed Two", role: "editor" },
  { name: "Rev One", role: "reviewer" },
  { name: "Rev Two", role: "reviewer" },
] as const;
const tokens: Record<string, string> = {};

type Status = "draft" | "review" | "published" | "retracted";
interface ModelCard {
  status: Status;
  version: number;
  author: string;
  /** Who wrote it (created, edited, submitted it or proposed a correction): none of them may publish it or approve a correction. */
  drafters: string[];
}

const weighted = (kind: string, weight: number) => ({ arbitrary: fc.constant(kind), weight });

// Weighted towards the lifecycle's next steps, so runs get past "create" often.
const action = fc.record({
  kind: fc.oneof(
    weighted("create", 2),
    weighted("update", 1),
    weighted("submit", 3),
    weighted("publish", 4),
    weighted("correct", 2),
    weighted("retract", 2),
  ),
  card: fc.nat(1),
  actor: fc.nat(PEOPLE.length - 1),
  /** For a correction: who approves it (the proposer is `actor`). */
  approver: fc.nat(PEOPLE.length - 1),
  author: fc.constantFrom("Ed One", "Rev One"),
  stale: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

let run = 0;
/** Successful steps by kind across all runs: proves the sequences reach publication and beyond. */
const reached: Record<string, number> = {};

beforeAll(async () => {
  for (const person of PEOPLE) tokens[person.name] = await tokenFor(person.name, person.role);
  await admin("/sources", { body: sourceBody("property-source") });
});

async function auditCount(prefix: string): Promise<number> {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE subject LIKE ?1")
    .bind(`${prefix}%`)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** Whether the model says this action must succeed. */
function expected(kind: string, card: ModelCard | undefined, person: (typeof PEOPLE)[number], stale: boolean): boolean {
  const reviewer = person.role === "reviewer";
  if (kind === "create") return !card;
  if (!card || stale) return false;
  switch (kind) {
    case "update":
      return card.status === "draft" || card.status === "review";
    case "submit":
      return card.status === "draft";
    case "publish":
      return (
        reviewer && card.status === "review" && card.author !== person.name && !card.drafters.includes(person.name)
      );
    case "correct":
      // `person` approves; the proposal's success is modelled separately (see `proposes`).
      return (
        reviewer && card.status === "published" && card.author !== person.name && !card.drafters.includes(person.name)
      );
    case "retract":
      return reviewer && card.status === "published";
  }
  return false;
}

/** Whether the proposal of a correction succeeds: any reviewer may propose for a published card. */
function proposes(card: ModelCard | undefined, person: (typeof PEOPLE)[number], stale: boolean): boolean {
  return !!card && !stale && person.role === "reviewer" && card.status === "published";
}

const NEXT_STATUS: Record<string, Status> = {
  update: "draft",
  submit: "review",
  publish: "published",
  correct: "published",
  retract: "retracted",
};

describe("random sequences of newsroom actions by several people", () => {
  it("public endpoints always show exactly the published, unretracted cards; one audit entry per successful change", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 14 }), async (randomActions) => {
        // Every run starts with one card taken through to publication, so the random steps meet every state.
        const actions = [
          { kind: "create", card: 0, actor: 0, approver: 0, author: "Ed One", stale: false },
          { kind: "submit", card: 0, actor: 0, approver: 0, author: "Ed One", stale: false },
          { kind: "publish", card: 0, actor: 3, approver: 0, author: "Ed One", stale: false },
          ...randomActions,
        ];
        const prefix = `prop-${run++}-`;
        const article = `https://news.example/property/${prefix}`;
        const model = new Map<string, ModelCard>();
        let successes = 0;
        for (const step of actions) {
          const id = `${prefix}${step.card}`;
          const person = PEOPLE[step.actor]!;
          const card = model.get(id);
          const body = draftCard(id, "property-source", { authors: [ref(step.author)], articles: [{ url: article }] });
          const ifMatch = card ? (step.stale ? card.version + 5 : card.version) : 1;
          const token = tokens[person.name];
          if (step.kind === "correct") {
            // Two people: `person` proposes, `approver` approves (or the proposer withdraws it again).
            const approver = PEOPLE[step.approver]!;
            const proposed = await admin(`/cards/${id}/corrections`, {
              token,
              ifMatch,
              body: { card: { ...body, authors: [ref(card?.author ?? step.author)] }, note: "Fixed." },
            });
            const shouldPropose = proposes(card, person, step.stale);
            expect(
              proposed.status < 300,
              `propose ${id} by ${person.name}: ${proposed.status} ${JSON.stringify(proposed.body)}`,
            ).toBe(shouldPropose);
            if (shouldPropose) {
              successes++;
              card!.drafters = [...card!.drafters, person.name];
              const approved = await admin(`/cards/${id}/corrections/approve`, {
                token: tokens[approver.name],
                method: "POST",
                ifMatch: card!.version,
              });
              const shouldApprove = expected("correct", card, approver, false) && approver.name !== person.name;
              expect(
                approved.status < 300,
                `approve ${id} by ${approver.name}: ${approved.status} ${JSON.stringify(approved.body)}`,
              ).toBe(shouldApprove);
              successes++;
              if (shouldApprove) {
                reached.correct = (reached.correct ?? 0) + 1;
                model.set(id, { ...card!, version: card!.version + 1 });
              } else {
                expect((await admin(`/cards/${id}/corrections/withdraw`, { token, method: "POST" })).status).toBe(200);
              }
            }
          } else {
            const response =
              step.kind === "create"
                ? await admin("/cards", { token, body })
                : step.kind === "update"
                  ? await admin(`/cards/${id}`, {
                      token,
                      method: "PUT",
                      ifMatch,
                      body: { ...body, authors: [ref(card?.author ?? step.author)] },
                    })
                  : step.kind === "retract"
                    ? await admin(`/cards/${id}/retract`, { token, ifMatch, body: { note: "Withdrawn." } })
                    : await admin(`/cards/${id}/${step.kind}`, { token, method: "POST", ifMatch });

            const shouldSucceed = expected(step.kind, card, person, step.stale);
            expect(
              response.status < 300,
              `${step.kind} ${id} by ${person.name}: ${response.status} ${JSON.stringify(response.body)}`,
            ).toBe(shouldSucceed);
            if (shouldSucceed) {
              successes++;
              reached[step.kind] = (reached[step.kind] ?? 0) + 1;
              const wrote = step.kind === "create" || step.kind === "update" || step.kind === "submit";
              const drafters =
                step.kind === "create" ? [person.name] : wrote ? [...card!.drafters, person.name] : card!.drafters;
              model.set(
                id,
                step.kind === "create"
                  ? { status: "draft", version: 1, author: step.author, drafters }
                  : { ...card!, status: NEXT_STATUS[step.kind]!, version: card!.version + 1, drafters },
              );
            }
          }

          const published = [...model]
            .filter(([, c]) => c.status === "published")
            .map(([cardId]) => cardId)
            .sort();
          const listed = (await (await publicGet(`/v1/cards?url=${encodeURIComponent(article)}`)).json()) as {
            data: { id: string }[];
          };
          expect(listed.data.map((c) => c.id).sort()).toEqual(published);
          const one = await publicGet(`/v1/cards/${id}`);
          expect(one.status).toBe(
            model.get(id)?.status === "published" ? 200 : model.get(id)?.status === "retracted" ? 410 : 404,
          );
          await one.arrayBuffer();
        }
        // One audit entry per successful change: proposals, approvals and withdrawals included.
        expect(await auditCount(prefix)).toBe(successes);
      }),
      { numRuns: 12 },
    );
    expect((reached.correct ?? 0) + (reached.retract ?? 0)).toBeGreaterThan(0);
  }, 120_000);
});
