/** Archived sources: the text snapshots quotes are verified against. */
import { apiConfig, callApi, CliError } from "./api";
import { COMMON, isObject, parse, parseArgs, positionalArgs, readJson, readText, required, show, type Command } from "./args";

export const sourceCommands: Command[] = [
  {
    name: "source add",
    args: "<file.txt> --meta <file.json>",
    summary: "archive a source: its snapshot text and its metadata (like data/sources/*.json)",
    help: [
      "The metadata file holds id, title, publisher, archivedAt, and optionally url,",
      "publishedAt, archiveUrl. The server computes the text's SHA-256. An archived",
      "source is never replaced: a second add with the same id is refused (409).",
    ],
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: { ...COMMON, meta: { type: "string" } }, allowPositionals: true, strict: true }),
      );
      const [textFile] = positionalArgs(positionals, ["<file.txt>"]) as [string];
      const metaFile = required(values.meta, "meta");
      const meta = await readJson(metaFile, "metadata file");
      if (!isObject(meta)) throw new CliError(`${metaFile} must hold a JSON object (the source's metadata)`);
      if ("text" in meta) throw new CliError(`${metaFile} has a "text" field: the snapshot text comes from ${textFile}`);
      const text = await readText(textFile, "source text");
      const { body } = await callApi(apiConfig(), "/sources", { body: { ...meta, text } });
      show(values.json, body, () => [
        `Archived source ${body.source.id}: ${body.source.length} characters, sha256 ${body.source.sha256}.`,
      ]);
    },
  },
];
