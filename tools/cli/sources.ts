/** Archived sources: captured by the Worker from their address, or pasted text snapshots. */
import { apiConfig, CliError, callApi, UsageError } from "./api";
import {
  COMMON,
  type Command,
  isObject,
  parse,
  parseArgs,
  positionalArgs,
  readJson,
  readText,
  required,
  show,
} from "./args";

/** The lines `source add` and `source show` print about a source. */
function describeSource(source: Record<string, any>): string[] {
  const archive = source.archive ?? { method: "paste" };
  const lines = [
    `${source.id}: ${source.title} (${source.publisher})`,
    `  address      ${source.url ?? "(none)"}`,
    ...(source.publishedAt ? [`  published    ${source.publishedAt}`] : []),
    `  archived     ${source.archivedAt} by ${archive.method === "capture" ? "capture" : "pasted text"}`,
    `  text         ${source.length} characters, sha256 ${source.sha256}`,
    ...(source.lang ? [`  language     ${source.lang} (${source.dir ?? "ltr"})`] : []),
  ];
  if (archive.bytesSha256) {
    lines.push(
      `  captured     ${archive.fetchedAt}: ${archive.status} ${archive.contentType}`,
      `  final URL    ${archive.finalUrl}`,
      `  bytes        sha256 ${archive.bytesSha256} (R2 ${archive.r2Key})`,
    );
  }
  return lines;
}

export const sourceCommands: Command[] = [
  {
    name: "source add",
    args: "--url <address> [--id <id>] [--title …] [--publisher …] [--published-at <date>] | <file.txt> --meta <file.json>",
    summary: "archive a source: the Worker captures it from its address, or you paste its text",
    help: [
      "--url: the Worker fetches the page, keeps the exact bytes (R2) and extracts the",
      "text quotes are checked against; title, publisher and date come from the page",
      "unless given. Capturing the same bytes again prints the existing source.",
      "A PDF is kept but its text must be pasted: the refusal names the capture's",
      'sha256; add `"capture": "<sha256>"` to the metadata file and paste the text.',
      "",
      "<file.txt> --meta <file.json>: a pasted snapshot. The metadata file holds id,",
      "title, publisher, archivedAt, and optionally url, publishedAt, archiveUrl, capture.",
      "The server computes the hashes. An archived source is never replaced: a second",
      "add with the same id is refused (409).",
    ],
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: argv,
          options: {
            ...COMMON,
            meta: { type: "string" },
            url: { type: "string" },
            id: { type: "string" },
            title: { type: "string" },
            publisher: { type: "string" },
            "published-at": { type: "string" },
          },
          allowPositionals: true,
          strict: true,
        }),
      );
      let body: Record<string, unknown>;
      if (values.url !== undefined) {
        if (positionals.length || values.meta)
          throw new UsageError("--url captures the page itself: give no text file or --meta with it");
        body = {
          url: values.url,
          ...(values.id ? { id: values.id } : {}),
          ...(values.title ? { title: values.title } : {}),
          ...(values.publisher ? { publisher: values.publisher } : {}),
          ...(values["published-at"] ? { publishedAt: values["published-at"] } : {}),
        };
      } else {
        const [textFile] = positionalArgs(positionals, ["<file.txt>"]) as [string];
        const metaFile = required(values.meta, "meta");
        const meta = await readJson(metaFile, "metadata file");
        if (!isObject(meta)) throw new CliError(`${metaFile} must hold a JSON object (the source's metadata)`);
        if ("text" in meta)
          throw new CliError(`${metaFile} has a "text" field: the snapshot text comes from ${textFile}`);
        body = { ...meta, text: await readText(textFile, "source text") };
      }
      const { status, body: answer } = await callApi(apiConfig(), "/sources", { body });
      show(values.json, answer, () => [
        status === 200
          ? `Already archived from these exact bytes: ${answer.source.id}.`
          : `Archived source ${answer.source.id}: ${answer.source.length} characters, sha256 ${answer.source.sha256}.`,
        ...describeSource(answer.source).slice(1),
      ]);
    },
  },
  {
    name: "source show",
    args: "<id>",
    summary: "an archived source's details: address, hashes, and how and when it was captured",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      const [id] = positionalArgs(positionals, ["<id>"]) as [string];
      const { body } = await callApi(apiConfig(), `/sources/${encodeURIComponent(id)}`);
      show(values.json, body, () => describeSource(body.source));
    },
  },
];
