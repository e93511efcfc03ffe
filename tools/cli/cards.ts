/**
 * Cards: draft, update, submit, publish, retract, show, history, list
 * (corrections: corrections.ts).
 * Steps that change a card send If-Match with its version: unless
 * --if-match is given, the CLI first GETs the card to learn its current
 * version. The server still answers 412 if someone changes it in between.
 */

import { CARD_STATUSES } from "../../worker/domain/schema/card";
import { type ApiConfig, apiConfig, CliError, callApi, UsageError } from "./api";
import {
  COMMON,
  type Command,
  isObject,
  note,
  parse,
  parseArgs,
  positionalArgs,
  readJson,
  required,
  show,
  versionOption,
} from "./args";
import { reportPurge } from "./purge";

/** Fields the server sets itself; a file may carry them (e.g. a copy of data/cards/x.json or `show --json`). */
const LIFECYCLE_FIELDS = ["version", "status", "publishedAt", "updatedAt", "corrections", "reviewedBy"];

export const IF_MATCH_HELP = [
  "The card's version goes in If-Match: unless --if-match <version> is given, the CLI",
  "first GETs the card to learn its current version. If someone changes the card in",
  "between, the server refuses with 412 and nothing changes: run the command again.",
];

/** A card body for the write API, from a JSON file shaped like it (lifecycle fields dropped, with a note). */
export async function cardBodyFrom(path: string): Promise<Record<string, unknown>> {
  let value = await readJson(path, "card file");
  if (isObject(value) && Object.keys(value).length === 1 && isObject(value.card)) value = value.card; // `show --json` output
  if (!isObject(value)) throw new CliError(`${path} must hold a JSON object (a card)`);
  const dropped = LIFECYCLE_FIELDS.filter((field) => field in value);
  if (dropped.length) note(`Note: ignoring ${dropped.join(", ")} in ${path}: the server sets them.`);
  return Object.fromEntries(Object.entries(value).filter(([key]) => !LIFECYCLE_FIELDS.includes(key)));
}

export const cardPath = (id: string) => `/cards/${encodeURIComponent(id)}`;

/** The version to send in If-Match: the one given, or the card's current one. */
export async function versionFor(config: ApiConfig, id: string, given: string | undefined): Promise<number> {
  const explicit = versionOption(given);
  if (explicit !== undefined) return explicit;
  const { body } = await callApi(config, cardPath(id));
  return body.card.version;
}

/** One line per listed card (the list answers summaries): `id  v3  updated  claim…`. */
function cardLine(card: any): string {
  const claim = String(card.claim ?? "");
  return `${card.id}  v${card.version}  ${card.updatedAt}  ${claim.length > 70 ? `${claim.slice(0, 69)}…` : claim}`;
}

/** `Sara Karimi (sara-karimi), …`: people as the card refers to them. */
const people = (refs: any[] | undefined) => (refs ?? []).map((p) => `${p?.name} (${p?.id})`).join(", ") || "-";

function cardDetails(card: any): string[] {
  const lines = [
    `${card.id}  version ${card.version}  ${card.status}`,
    `  verdict:     ${card.verdict}`,
    `  claim:       ${card.claim?.text} (${card.claim?.claimant?.name}, ${card.claim?.claimant?.kind})`,
    `  summary:     ${card.summary}`,
    `  authors:     ${people(card.authors)}`,
    `  reviewed by: ${people(card.reviewedBy)}`,
  ];
  for (const article of card.articles ?? []) lines.push(`  article:     ${article.url}`);
  for (const a of card.attributions ?? []) lines.push(`  source:      ${a.source} (${a.stance}): "${a.quote}"`);
  if (card.publishedAt) lines.push(`  published:   ${card.publishedAt}`);
  lines.push(`  updated:     ${card.updatedAt}`);
  for (const c of card.corrections ?? []) lines.push(`  correction:  ${c.date}: ${c.note}`);
  return lines;
}

/** A state change with If-Match: submit, publish, retract, correct propose/approve. `done` gets the answer's card (or whole body). */
export function step(
  name: string,
  summary: string,
  action: string,
  options: { note?: boolean; cardFile?: boolean; help?: string[] },
  done: (card: any, config: ApiConfig, body: any) => string[],
): Command {
  return {
    name,
    args: `<id>${options.cardFile ? " <card.json>" : ""}${options.note ? ' --note "…"' : ""} [--if-match <version>]`,
    summary,
    help: [...(options.help ?? []), ...IF_MATCH_HELP],
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: argv,
          options: { ...COMMON, note: { type: "string" }, "if-match": { type: "string" } },
          allowPositionals: true,
          strict: true,
        }),
      );
      const [id, file] = positionalArgs(positionals, options.cardFile ? ["<id>", "<card.json>"] : ["<id>"]) as [
        string,
        string?,
      ];
      if (!options.note && values.note !== undefined) throw new UsageError(`${name} takes no --note`);
      const noteText = options.note ? required(values.note, "note") : undefined;
      const card = file ? await cardBodyFrom(file) : undefined;
      const config = apiConfig();
      const version = await versionFor(config, id, values["if-match"]);
      const body = card ? { card, note: noteText } : options.note ? { note: noteText } : undefined;
      const response = await callApi(config, `${cardPath(id)}/${action}`, { method: "POST", ifMatch: version, body });
      show(values.json, response.body, () => done(response.body.card, config, response.body));
      reportPurge(response.headers, values.json);
    },
  };
}

export const cardCommands: Command[] = [
  {
    name: "draft",
    args: "<card.json>",
    summary: "create a draft from a JSON file shaped like the write API's card body",
    help: [
      "The file is a card without its lifecycle: id, lang, claim, verdict, summary,",
      "attributions, articles, authors, reviewer, tags, translations.",
      `${LIFECYCLE_FIELDS.join(", ")} are ignored if present (the server sets them).`,
    ],
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      const [file] = positionalArgs(positionals, ["<card.json>"]) as [string];
      const card = await cardBodyFrom(file);
      const response = await callApi(apiConfig(), "/cards", { body: card });
      show(values.json, response.body, () => [
        `Created draft ${response.body.card.id} (version ${response.body.card.version}).`,
        `Next: cards submit ${response.body.card.id}`,
      ]);
    },
  },
  {
    name: "update",
    args: "<id> <card.json> [--if-match <version>]",
    summary: "replace a draft's content (a card in review goes back to draft)",
    help: IF_MATCH_HELP,
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: argv,
          options: { ...COMMON, "if-match": { type: "string" } },
          allowPositionals: true,
          strict: true,
        }),
      );
      const [id, file] = positionalArgs(positionals, ["<id>", "<card.json>"]) as [string, string];
      const card = await cardBodyFrom(file);
      const config = apiConfig();
      const version = await versionFor(config, id, values["if-match"]);
      const response = await callApi(config, cardPath(id), { method: "PUT", ifMatch: version, body: card });
      show(values.json, response.body, () => [
        `Updated ${id}: now version ${response.body.card.version}, ${response.body.card.status}.`,
      ]);
    },
  },
  step("submit", "send a draft for review", "submit", {}, (card) => [
    `Submitted ${card.id} for review (version ${card.version}).`,
    `Next: someone who is not an author runs: cards publish ${card.id}`,
  ]),
  step(
    "publish",
    "verify and publish a card in review (a reviewer who is not an author)",
    "publish",
    { help: ["Publishing runs the same verification as data:check: every quote must be in its archived source."] },
    (card, config) => [
      `Published ${card.id} (version ${card.version}), reviewed by ${card.reviewedBy.map((p: any) => p.name).join(", ")}.`,
      `Public: ${config.url}/v1/cards/${card.id}`,
    ],
  ),
  step("retract", "take a published card down, with a note readers see", "retract", { note: true }, (card, config) => [
    `Retracted ${card.id} (version ${card.version}).`,
    `${config.url}/v1/cards/${card.id} now answers 410 with the note.`,
  ]),
  {
    name: "show",
    args: "<id>",
    summary: "one card, any status (--json: the whole card)",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      const [id] = positionalArgs(positionals, ["<id>"]) as [string];
      const response = await callApi(apiConfig(), cardPath(id));
      show(values.json, response.body, () => cardDetails(response.body.card));
    },
  },
  {
    name: "history",
    args: "<id>",
    summary: "a card's audit log, oldest first: who did what, version by version",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      const [id] = positionalArgs(positionals, ["<id>"]) as [string];
      const response = await callApi(apiConfig(), `${cardPath(id)}/history`);
      show(values.json, response.body, () =>
        (response.body.data as any[]).map((entry) => {
          const versions =
            entry.versionBefore === null ? `v${entry.versionAfter}` : `v${entry.versionBefore}→v${entry.versionAfter}`;
          const proposer =
            isObject(entry.detail) && isObject(entry.detail.proposedBy)
              ? `  proposed by ${entry.detail.proposedBy.name}`
              : "";
          const detail =
            isObject(entry.detail) && typeof entry.detail.note === "string" ? `  note: ${entry.detail.note}` : "";
          const who = entry.actorPersonId ? `${entry.actor} (${entry.actorPersonId})` : entry.actor;
          return `${entry.at}  ${versions.padEnd(7)}  ${String(entry.action).padEnd(23)}  by ${who}${proposer}${detail}`;
        }),
      );
    },
  },
  {
    name: "list",
    args: `--status ${CARD_STATUSES.join("|")} [--limit <n>]`,
    summary: "cards in one status",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: argv,
          options: { ...COMMON, status: { type: "string" }, limit: { type: "string" } },
          allowPositionals: true,
          strict: true,
        }),
      );
      positionalArgs(positionals, []);
      const status = required(values.status, "status");
      if (!(CARD_STATUSES as readonly string[]).includes(status))
        throw new UsageError(`--status must be one of ${CARD_STATUSES.join(", ")}`);
      const query = new URLSearchParams({ status, ...(values.limit ? { limit: values.limit } : {}) });
      const response = await callApi(apiConfig(), `/cards?${query}`);
      show(values.json, response.body, () => {
        const cards = response.body.data as any[];
        return cards.length ? cards.map(cardLine) : [`No ${status} cards.`];
      });
    },
  },
];
