/**
 * `npm run deploy` runs this first: it refuses while wrangler.toml still
 * holds the placeholder ids this repository ships with, naming each one and
 * where its real value comes from. Without it, `wrangler deploy` would bind
 * the Worker to a D1 database that does not exist and to rate-limit
 * namespaces another Worker in the account may already use.
 *
 *   tsx tools/deploy-guard.ts [path/to/wrangler.toml]
 *
 * Only the keys it checks are read, line by line (table headers and
 * `key = value` lines), so it needs no TOML library: wrangler.toml keeps
 * those keys on one line each, as wrangler's own docs write them.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The id this repository ships in every [[d1_databases]] entry. */
export const PLACEHOLDER_D1_ID = "00000000-0000-0000-0000-000000000000";
/** The namespace ids this repository ships (the example values of the rate-limit docs). */
export const PLACEHOLDER_NAMESPACE_IDS = ["1001", "1002"];

export interface Placeholder {
  line: number;
  /** The table, as written: "[[d1_databases]]", "[[env.remote.d1_databases]]", "[[ratelimits]]". */
  table: string;
  key: string;
  value: string;
  /** Which binding it belongs to (its `binding` or `name`). */
  binding: string;
  /** What to put there instead, and how to get it. */
  fix: string;
}

interface Entry {
  table: string;
  line: number;
  keys: Map<string, { value: string; line: number }>;
}

/** The tables of a wrangler.toml with their single-line `key = value` pairs. */
function readTables(toml: string): Entry[] {
  const entries: Entry[] = [{ table: "", line: 1, keys: new Map() }];
  toml.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === "" || text.startsWith("#")) return;
    const header = /^(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?\s*(#.*)?$/.exec(text);
    if (header) {
      entries.push({ table: header[1] === "[[" ? `[[${header[2]}]]` : `[${header[2]}]`, line, keys: new Map() });
      return;
    }
    const pair = /^([A-Za-z0-9_-]+)\s*=\s*(.*)$/.exec(text);
    if (!pair) return;
    entries.at(-1)!.keys.set(pair[1]!, { value: scalar(pair[2]!), line });
  });
  return entries;
}

/** A quoted string's contents, or a bare value without its trailing comment. */
function scalar(value: string): string {
  const quoted = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(value);
  if (quoted) return quoted[1] ?? quoted[2] ?? "";
  return value.replace(/\s*#.*$/, "").trim();
}

/** `[[d1_databases]]` and `[[env.<name>.d1_databases]]`, likewise for ratelimits. */
const isTable = (entry: Entry, name: string) =>
  new RegExp(`^\\[\\[(env\\.[A-Za-z0-9_-]+\\.)?${name}\\]\\]$`).test(entry.table);

/** Every placeholder still in a wrangler.toml, in file order. */
export function findPlaceholders(toml: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const entry of readTables(toml)) {
    if (isTable(entry, "d1_databases")) {
      const id = entry.keys.get("database_id");
      const name = entry.keys.get("database_name")?.value ?? "claimcards";
      if (!id || id.value === PLACEHOLDER_D1_ID) {
        found.push({
          line: id?.line ?? entry.line,
          table: entry.table,
          key: "database_id",
          value: id?.value ?? "(missing)",
          binding: entry.keys.get("binding")?.value ?? "?",
          fix: `the id printed by \`wrangler d1 create ${name}\` (or listed by \`wrangler d1 list\` if the database exists)`,
        });
      }
    }
    if (isTable(entry, "ratelimits")) {
      const id = entry.keys.get("namespace_id");
      if (!id || PLACEHOLDER_NAMESPACE_IDS.includes(id.value)) {
        found.push({
          line: id?.line ?? entry.line,
          table: entry.table,
          key: "namespace_id",
          value: id?.value ?? "(missing)",
          binding: entry.keys.get("name")?.value ?? "?",
          fix: "a positive integer you choose, used by no other rate limiter in your Cloudflare account (no command creates it)",
        });
      }
    }
  }
  return found;
}

/** The refusal, one placeholder per paragraph. */
export function describePlaceholders(file: string, placeholders: Placeholder[]): string {
  return [
    `Refusing to deploy: ${file} still holds ${placeholders.length} placeholder value${placeholders.length === 1 ? "" : "s"}. Fill in each, then run npm run deploy again:`,
    "",
    ...placeholders.map((p) => `  ${file}:${p.line}  ${p.table} ${p.binding}: ${p.key} = "${p.value}"\n    → ${p.fix}`),
    "",
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = process.argv[2] ?? "wrangler.toml";
  const placeholders = findPlaceholders(readFileSync(file, "utf8"));
  if (placeholders.length > 0) {
    process.stderr.write(describePlaceholders(file, placeholders));
    process.exit(1);
  }
  console.log(`${file}: no placeholder ids left.`);
}
