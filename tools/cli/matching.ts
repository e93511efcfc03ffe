/**
 * Claim matching and attachments: find the sentences of an article that
 * repeat a published card's claim (`match`), then attach a card to the
 * article through review — one person proposes, a second approves.
 */
import { apiConfig, callApi, UsageError } from "./api";
import { COMMON, type Command, parse, parseArgs, positionalArgs, readText, required, show } from "./args";
import { reportPurge } from "./purge";

const shorten = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The lines `match` prints: one block per match, in reading order. */
function matchLines(body: any): string[] {
  const lines: string[] = [];
  if (body.url) {
    lines.push(`${body.url}`);
    lines.push(
      `  archived as source ${body.source.id}${body.source.created ? "" : " (already archived from these bytes)"}`,
    );
  }
  lines.push(`${body.matches.length} match(es) in ${body.sentences} sentence(s)${body.lang ? ` (${body.lang})` : ""}`);
  for (const m of body.matches) {
    lines.push("");
    lines.push(`${m.card.id}  ${m.card.verdict}  score ${Number(m.score).toFixed(2)}  [${m.start}–${m.end}]`);
    lines.push(`  sentence: ${m.sentence}`);
    lines.push(`  claim:    ${shorten(m.card.claim)}`);
    lines.push(`  words:    ${m.matched.join(", ")}`);
  }
  if (body.url && body.matches.length) {
    lines.push(
      "",
      `Attach one (a second person approves): cards attach propose <card-id> --url ${body.url} --anchor "<sentence>"`,
    );
  }
  return lines;
}

function attachmentLines(a: any): string[] {
  return [
    `${a.id}  ${a.status}  ${a.cardId} (version ${a.baseVersion}) → ${a.url}`,
    `  sentence: ${a.anchor.exact}`,
    ...(a.card ? [`  claim:    ${shorten(a.card.claim)} (${a.card.verdict})`] : []),
    `  archived: ${a.articleSource ?? "(the article is not archived: the anchor could not be checked)"}`,
    `  proposed: ${a.proposedAt} by ${a.proposedBy.name} (${a.proposedBy.id})`,
  ];
}

export const matchingCommands: Command[] = [
  {
    name: "match",
    args: "--url <address> | --text-file <file> [--lang <tag>]",
    summary: "the sentences of an article that repeat a published card's claim, with the card and a score",
    help: [
      "--url: the Worker captures the article the way a source is archived (it is kept as",
      "an archived source, so anchors can be checked against it) and matches its text.",
      "--text-file: matches the text in the file; nothing is stored.",
      "At most 100,000 characters and 1,000 sentences per article.",
    ],
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: argv,
          options: { ...COMMON, url: { type: "string" }, "text-file": { type: "string" }, lang: { type: "string" } },
          allowPositionals: true,
          strict: true,
        }),
      );
      positionalArgs(positionals, []);
      if (!!values.url === !!values["text-file"]) throw new UsageError("Give exactly one of --url and --text-file");
      const body: Record<string, unknown> = values.url
        ? { url: values.url }
        : { text: await readText(values["text-file"]!, "text file") };
      if (values.lang) body.lang = values.lang;
      const response = await callApi(apiConfig(), "/match", { body });
      show(values.json, response.body, () => matchLines(response.body));
    },
  },
  {
    name: "attach propose",
    args: '<card-id> --url <article> --anchor "<sentence>" [--prefix …] [--suffix …]',
    summary: "propose showing a published card beside another article, anchored to one of its sentences",
    help: [
      "Nothing public changes until someone else — not you, not an author, not anyone who",
      "wrote the card — runs `cards attach approve <attachment-id>`. When the article is",
      "archived (as `cards match --url` does), the sentence must be in its archived text.",
    ],
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: argv,
          options: {
            ...COMMON,
            url: { type: "string" },
            anchor: { type: "string" },
            prefix: { type: "string" },
            suffix: { type: "string" },
          },
          allowPositionals: true,
          strict: true,
        }),
      );
      const [id] = positionalArgs(positionals, ["<card-id>"]) as [string];
      const anchor = {
        exact: required(values.anchor, "anchor"),
        ...(values.prefix ? { prefix: values.prefix } : {}),
        ...(values.suffix ? { suffix: values.suffix } : {}),
      };
      const response = await callApi(apiConfig(), `/cards/${encodeURIComponent(id)}/attachments`, {
        body: { url: required(values.url, "url"), anchor },
      });
      const a = response.body.attachment;
      show(values.json, response.body, () => [
        `Proposed attaching ${a.cardId} to ${a.url} (attachment ${a.id}); nothing public changed.`,
        `Next: someone else reviews it (cards attach list) and runs: cards attach approve ${a.id}`,
      ]);
    },
  },
  {
    name: "attach list",
    args: "[--status pending|approved|withdrawn]",
    summary: "proposed attachments, oldest first (the reviewers' queue)",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: argv,
          options: { ...COMMON, status: { type: "string", default: "pending" } },
          allowPositionals: true,
          strict: true,
        }),
      );
      positionalArgs(positionals, []);
      const response = await callApi(apiConfig(), `/attachments?status=${encodeURIComponent(values.status)}`);
      show(values.json, response.body, () => {
        const data = response.body.data as any[];
        return data.length ? data.flatMap(attachmentLines) : [`No ${values.status} attachments.`];
      });
    },
  },
  {
    name: "attach approve",
    args: "<attachment-id>",
    summary: "approve a proposed attachment (a second person): readers of the article see the card at once",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      const [id] = positionalArgs(positionals, ["<attachment-id>"]) as [string];
      const response = await callApi(apiConfig(), `/attachments/${encodeURIComponent(id)}/approve`, { method: "POST" });
      const { attachment, card } = response.body;
      show(values.json, response.body, () => [
        `Attached ${card.id} to ${attachment.url}: now version ${card.version}, on ${card.articles.length} article(s).`,
      ]);
      reportPurge(response.headers, values.json);
    },
  },
  {
    name: "attach withdraw",
    args: "<attachment-id>",
    summary: "withdraw a proposed attachment (its proposer), or turn it down (a reviewer)",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      const [id] = positionalArgs(positionals, ["<attachment-id>"]) as [string];
      const response = await callApi(apiConfig(), `/attachments/${encodeURIComponent(id)}/withdraw`, {
        method: "POST",
      });
      show(values.json, response.body, () => [`Withdrew attachment ${id}.`]);
    },
  },
];
