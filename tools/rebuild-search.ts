/**
 * `npm run search:rebuild [-- --remote]`: rebuilds the full-text search index and the claims index from
 * the published cards. The index is derived data; this is the way back
 * after an index change or any doubt about it.
 */
import { parseArgs } from "node:util";
import { getPlatformProxy } from "wrangler";
import { rebuildSearchIndex } from "../worker/store/search";

const { values } = parseArgs({
  options: { remote: { type: "boolean", default: false }, "persist-to": { type: "string" } },
});
const proxy = await getPlatformProxy<{ DB: D1Database }>({
  ...(values.remote ? { environment: "remote", remoteBindings: true } : { remoteBindings: false }),
  persist: values["persist-to"] ? { path: values["persist-to"] } : true,
});
try {
  const count = await rebuildSearchIndex(proxy.env.DB);
  console.log(`Search and claims indexes rebuilt: ${count} published card(s).`);
} finally {
  await proxy.dispose();
}
