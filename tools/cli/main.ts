/**
 * `npm run cards -- <command>`: the newsroom's terminal and CI client for a
 * deployed Worker's write API, plus `push` (data/ into D1). No HTTP library:
 * Node's own fetch and parseArgs; names (roles, statuses) come from the Worker's domain.
 *
 * Exit codes: 0 done; 1 the API or a file refused (the reason is printed);
 * 2 a usage or configuration mistake (unknown command, missing option or
 * environment variable).
 */
import { ROLES } from "../../worker/domain/roles";
import { CliError, UsageError } from "./api";
import type { Command } from "./args";
import { cardCommands } from "./cards";
import { correctionCommands } from "./corrections";
import { matchingCommands } from "./matching";
import { peopleCommands } from "./people";
import { pushCommands } from "./push";
import { sourceCommands } from "./sources";
import { tokenCommands } from "./tokens";

const COMMANDS: Command[] = [
  ...pushCommands,
  ...cardCommands,
  ...correctionCommands,
  ...matchingCommands,
  ...sourceCommands,
  ...peopleCommands,
  ...tokenCommands,
];

const synopsis = (c: Command) => `${c.name}${c.args ? ` ${c.args}` : ""}`;

function commandList(commands: Command[]): string[] {
  return commands.flatMap((c) => [`  ${synopsis(c)}`, `      ${c.summary}`]);
}

function usage(): string {
  return [
    "Usage: npm run cards -- <command> [options]",
    "",
    "Commands:",
    ...commandList(COMMANDS),
    "",
    "Every command but push calls the write API of a running Worker:",
    "  CLAIMCARDS_URL    its address, e.g. http://127.0.0.1:8787 (npm start) or https://cards.example.org",
    `  CLAIMCARDS_TOKEN  your API token (roles: ${ROLES.join(", ")})`,
    "",
    "Steps that change a card (update, submit, publish, correct propose/approve, retract) send its",
    "version in If-Match: the CLI first GETs the card to learn its current version",
    "(or takes --if-match <version>); if someone changes it in between, the server",
    "answers 412 and nothing changes.",
    "",
    "Options for every command: --json (print the API's JSON answer), --help.",
    "Exit codes: 0 done, 1 refused (the API's error and each field issue are printed),",
    "2 usage or configuration mistake.",
  ].join("\n");
}

function commandUsage(command: Command): string {
  return [
    `Usage: npm run cards -- ${synopsis(command)} [--json]`,
    "",
    command.summary,
    ...(command.help?.length ? ["", ...command.help] : []),
  ].join("\n");
}

/** The command named by the first one or two words, and the rest of the arguments. */
function findCommand(argv: string[]): { command: Command; rest: string[] } | null {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(" ");
    const command = COMMANDS.find((c) => c.name === name);
    if (command) return { command, rest: argv.slice(words) };
  }
  return null;
}

/** `--help`/`-h` before any `--`. */
const wantsHelp = (argv: string[]) => {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
};

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === "help" || ((argv[0] === "--help" || argv[0] === "-h") && argv.length === 1)) {
    if (argv.length === 0) {
      console.error(usage());
      return 2;
    }
    console.log(usage());
    return 0;
  }
  const found = findCommand(argv);
  if (!found) {
    const group = COMMANDS.filter((c) => c.name.startsWith(`${argv[0]} `));
    if (group.length && wantsHelp(argv.slice(1))) {
      console.log(["Usage: npm run cards -- <command> [options]", "", ...commandList(group)].join("\n"));
      return 0;
    }
    if (group.length) {
      const wrong = argv[1] && !argv[1].startsWith("-") ? ` (not "${argv[1]}")` : "";
      console.error(`cards: "${argv[0]}" needs one of: ${group.map((c) => c.name.split(" ")[1]).join(", ")}${wrong}\n`);
      console.error(["Usage: npm run cards -- <command> [options]", "", ...commandList(group)].join("\n"));
    } else {
      console.error(`cards: unknown command "${argv[0]}"\n`);
      console.error(usage());
    }
    return 2;
  }
  const { command, rest } = found;
  if (wantsHelp(rest)) {
    console.log(commandUsage(command));
    return 0;
  }
  try {
    await command.run(rest);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    console.error(`cards ${command.name}: ${error.message}`);
    for (const line of error.details) console.error(line);
    if (error instanceof UsageError) console.error(`\n${commandUsage(command)}`);
    return error.exitCode;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A bug, not a refusal: say so plainly, with the stack for the report.
  console.error("cards: unexpected error:", error);
  process.exitCode = 1;
}
