/**
 * `npm start`: build the widget and pages, prepare the local D1 from data/,
 * and serve everything with `wrangler dev`. A bad data file stops here with
 * its name and field, before anything is written.
 */
import { prepareLocal, startDevServer } from "./dev-server";

const port = Number(process.env.PORT ?? 8787);

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
Press Ctrl+C to stop.
`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
server.process.on("exit", (code) => process.exit(code ?? 0));
