/** What every command shares: its shape, argument parsing, files, and output. */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { jsonErrorPlace, parseJson } from "../parse-json";
import { CliError, UsageError } from "./api";

export interface Command {
  /** One or two words: `publish`, `token create`. */
  name: string;
  /** Its arguments, as shown in usage: `<id> --note "…"`. */
  args: string;
  /** One line for the command list. */
  summary: string;
  /** More lines for `cards <command> --help`. */
  help?: string[];
  run(argv: string[]): Promise<void>;
}

/** Options every command takes. */
export const COMMON = {
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** `parseArgs`, with its complaints (unknown option, missing value) turned into usage errors. */
export function parse<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) throw new UsageError((error as Error).message);
    throw error;
  }
}

export { parseArgs };

/** Exactly these positional arguments, or a usage error naming the missing one. */
export function positionalArgs(positionals: string[], names: string[]): string[] {
  if (positionals.length < names.length) throw new UsageError(`Missing ${names[positionals.length]}`);
  if (positionals.length > names.length) throw new UsageError(`Unexpected argument: ${positionals[names.length]}`);
  return positionals;
}

/** A required option, or a usage error naming it. */
export function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === "") throw new UsageError(`Missing --${option}`);
  return value;
}

/** `--if-match`: a version number, when given. */
export function versionOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1)
    throw new UsageError(`--if-match must be a version number, not "${value}"`);
  return Number(value);
}

export async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new CliError(
      `Cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/** A JSON file, with a parse error located by line and column. */
export async function readJson(path: string, what: string): Promise<unknown> {
  const json = parseJson(await readText(path, what));
  if (json.ok) return json.value;
  const where = jsonErrorPlace(json);
  throw new CliError(`${path} is not valid JSON${where ? ` at ${where}` : ""}: ${json.message}`);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const out = (line = "") => console.log(line);
export const note = (line: string) => console.error(line);

/** With --json, the API's answer as it came (for scripts and CI); otherwise the human lines. */
export function show(json: boolean, body: unknown, lines: () => string[]): void {
  if (json) out(JSON.stringify(body, null, 2));
  else for (const line of lines()) out(line);
}
