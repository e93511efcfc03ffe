/**
 * Loads data/ into D1 through the same validation and verification as
 * `data:check`, in one atomic batch: nothing is written unless everything
 * is valid, so a bad file leaves the database exactly as it was.
 *
 *   tsx data/load.ts            # the local D1 that `wrangler dev` uses
 *   tsx data/load.ts --remote   # the deployed D1 (needs Cloudflare credentials)
 *   tsx data/load.ts --data DIR --persist-to DIR
 */
import { parseArgs } from "node:util";
import { getPlatformProxy } from "wrangler";
import { formatProblem, prepareDataset } from "../worker/domain/dataset";
import { writeDataset } from "../worker/store/dataset";
import { readDataset } from "./read-dataset";

const { values } = parseArgs({
  options: {
    remote: { type: "boolean", default: false },
    data: { type: "string", default: "data" },
    "persist-to": { type: "string" },
  },
});

const prepared = await prepareDataset(await readDataset(values.data));
if (!prepared.ok) {
  for (const problem of prepared.problems) console.error(formatProblem(problem));
  console.error(`\nNothing was loaded: fix the ${prepared.problems.length} problem(s) above first.`);
  process.exit(1);
}

const proxy = await getPlatformProxy<{ DB: D1Database }>({
  // The "remote" environment binds the real D1 (wrangler.toml, [env.remote]).
  ...(values.remote ? { environment: "remote", remoteBindings: true } : { remoteBindings: false }),
  persist: values["persist-to"] ? { path: values["persist-to"] } : true,
});
try {
  await writeDataset(proxy.env.DB, prepared);
  console.log(
    `Loaded ${prepared.sources.length} source(s) and ${prepared.cards.length} card(s) into ` +
      `${values.remote ? "the remote" : "the local"} D1.`,
  );
} finally {
  await proxy.dispose();
}
