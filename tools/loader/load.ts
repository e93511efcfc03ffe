/**
 * `npm run data:load`: loads data/ into D1 through the same validation and
 * verification as `data:check`, in one atomic batch (see loader.ts; the
 * newsroom CLI's `push` runs the same function).
 *
 *   tsx tools/loader/load.ts            # the local D1 that `wrangler dev` uses
 *   tsx tools/loader/load.ts --remote   # the deployed D1 (needs Cloudflare credentials)
 *   tsx tools/loader/load.ts --data DIR --persist-to DIR/v3
 *
 * `--persist-to` here is Miniflare's state folder itself (the `v3` folder
 * inside what `wrangler dev --persist-to` is given).
 */
import { parseArgs } from "node:util";
import { loadDataset, reportLoad } from "./loader";

const { values } = parseArgs({
  options: {
    remote: { type: "boolean", default: false },
    data: { type: "string", default: "data" },
    "persist-to": { type: "string" },
  },
});

const result = await loadDataset({ dataDir: values.data, remote: values.remote, statePath: values["persist-to"] });
const { out, err } = reportLoad(result);
for (const line of err) console.error(line);
for (const line of out) console.log(line);
process.exitCode = result.ok ? 0 : 1;
