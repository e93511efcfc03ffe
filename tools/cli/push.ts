/** `push`: data/ into D1, through the same loader as `npm run data:load`. */
import { join } from "node:path";
import { CliError } from "./api";
import { COMMON, type Command, parse, parseArgs, positionalArgs, show } from "./args";

export const pushCommands: Command[] = [
  {
    name: "push",
    args: "[--remote] [--data <dir>] [--persist-to <dir>]",
    summary: "validate, verify and load data/ into the local (or --remote) D1, all or nothing",
    help: [
      "The same loader as `npm run data:load`: nothing is written unless every card and",
      "source is valid and every quote is found in its archived source. Run it from the",
      "project folder (it reads wrangler.toml); apply the migrations first.",
      "  --data <dir>        the data folder (default: data)",
      "  --persist-to <dir>  the local state folder, as given to `wrangler dev --persist-to`",
      "                      (default: wrangler's .wrangler/state)",
      "  --remote            the deployed D1 (wrangler.toml [env.remote]; needs `wrangler login`",
      "                      or CLOUDFLARE_API_TOKEN). Needs no CLAIMCARDS_* variables.",
    ],
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: argv,
          options: {
            ...COMMON,
            remote: { type: "boolean", default: false },
            data: { type: "string", default: "data" },
            "persist-to": { type: "string" },
          },
          allowPositionals: true,
          strict: true,
        }),
      );
      positionalArgs(positionals, []);
      if (values.remote && values["persist-to"])
        throw new CliError("--persist-to is for the local D1; drop it with --remote", 2);
      // Keep wrangler quiet and offline unless told otherwise (as the npm scripts do).
      process.env.WRANGLER_SEND_METRICS ??= "false";
      process.env.WRANGLER_HIDE_BANNER ??= "true";
      if (!values.remote) process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= "false";
      // Loaded only here: wrangler is large, and no other command needs it.
      const { loadDataset, reportLoad } = await import("../loader/loader");
      const result = await loadDataset({
        dataDir: values.data,
        remote: values.remote,
        statePath: values["persist-to"] ? join(values["persist-to"], "v3") : undefined,
      });
      if (!result.ok) {
        const { err } = reportLoad(result);
        throw new CliError(err.at(-1)!.trim(), 1, err.slice(0, -1));
      }
      show(values.json, result, () => reportLoad(result).out);
    },
  },
];
