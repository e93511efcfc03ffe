/**
 * `npm start`: build the widget and pages, prepare the local D1 from data/,
 * and serve everything with `wrangler dev`. A bad data file stops here with
 * its name and field, before anything is written.
 */
import { existsSync, readFileSync } from "node:fs";
import { prepareLocal, startDevServer } from "./dev-server";

const port = Number(process.env.PORT ?? 8787);

/**
 * What the write API will have: wrangler dev reads local secrets from
 * `.dev.vars` by itself; this only reports on it. Without the file (or with
 * ADMIN_TOKEN empty) everything else works and the write API has no
 * bootstrap admin.
 */
function writeApiStatus(): string {
  const howTo = "cp .dev.vars.example .dev.vars, set ADMIN_TOKEN=$(openssl rand -base64 32), restart";
  if (!existsSync(".dev.vars")) return `no ADMIN_TOKEN (no .dev.vars; to create tokens: ${howTo})`;
  const line = /^\s*ADMIN_TOKEN\s*=\s*(.*?)\s*$/m.exec(readFileSync(".dev.vars", "utf8"));
  const value = line?.[1]?.replace(/^(["'])(.*)\1$/, "$2") ?? "";
  if (!value) return `no ADMIN_TOKEN in .dev.vars (to create tokens: ${howTo})`;
  if (value.length < 16)
    return "ADMIN_TOKEN in .dev.vars is shorter than 16 characters and will be refused: make a longer one";
  return "bootstrap admin token from .dev.vars (ADMIN_TOKEN)";
}

try {
  await prepareLocal();
} catch (error) {
  console.error(`\nnpm start stopped: ${(error as Error).message.split("\n")[0]}`);
  process.exit(1);
}

const server = await startDevServer({ port });
console.log(`
claimcards is running.
  Demo article with the widget:  ${server.url}/demo/iran-amnesty
  The same, in Persian:          ${server.url}/demo/iran-amnesty-fa
  The API:                       ${server.url}/v1/cards?url=${encodeURIComponent("https://news.example/2023/02/iran-amnesty")}
  The write API (/v1/admin):     ${writeApiStatus()}
Press Ctrl+C to stop.
`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
server.process.on("exit", (code) => process.exit(code ?? 0));
