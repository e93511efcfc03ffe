/**
 * `npm run data:check`: validates every source and card in data/ and
 * verifies every published card, printing each problem as
 * `data/cards/<file>: <field path>: <what is wrong>`. Exits 1 on any problem.
 */
import { formatProblem, prepareDataset } from "./prepare-dataset";
import { readDataset } from "./read-dataset";

const dataDir = process.argv[2] ?? "data";
const prepared = await prepareDataset(await readDataset(dataDir));
if (!prepared.ok) {
  for (const problem of prepared.problems) console.error(formatProblem(problem));
  console.error(`\n${prepared.problems.length} problem(s) in ${dataDir}/`);
  process.exit(1);
}
const published = prepared.cards.filter((c) => c.view).length;
const quotes = prepared.cards.reduce((n, c) => n + (c.view?.attributions.length ?? 0), 0);
console.log(
  `${dataDir}/: ${prepared.sources.length} source(s), ${prepared.cards.length} card(s), ` +
    `${published} published with ${quotes} quote(s) verified against archived sources`,
);
