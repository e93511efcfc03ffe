/** People (admin only): add, list, revoke. Tokens belong to people; cards name them. */
import { apiConfig, callApi, UsageError } from "./api";
import { COMMON, type Command, note, out, parse, parseArgs, positionalArgs, required, show } from "./args";

const ROLES = ["editor", "reviewer", "admin"];

export const peopleCommands: Command[] = [
  {
    name: "people add",
    args: `--name "…" --role ${ROLES.join("|")}`,
    summary: "add a person; prints their id alone on stdout",
    help: [
      "A person is who acts: their tokens (token create --person <id>) act with their name",
      "and role, cards name them as { id, name } in authors, and the two-person rule",
      "compares ids. Names are unique after Unicode NFKC, whitespace and case folding:",
      'a near-duplicate ("Sara Karimi" vs "sara\u00a0karimi") is refused, naming the existing person.',
      "Roles: editor (drafts, sources, submit), reviewer (+ publish, propose and approve",
      "corrections, retract), admin (+ people and tokens).",
      '  ID=$(npm run -s cards -- people add --name "Ana" --role editor)',
    ],
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({
          args: argv,
          options: { ...COMMON, name: { type: "string" }, role: { type: "string" } },
          allowPositionals: true,
          strict: true,
        }),
      );
      positionalArgs(positionals, []);
      const name = required(values.name, "name");
      const role = required(values.role, "role");
      if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
      const { body } = await callApi(apiConfig(), "/people", { body: { name, role } });
      if (values.json) {
        out(JSON.stringify(body, null, 2));
        return;
      }
      note(`Added ${body.name} (${body.role}). Give them a token: cards token create --person ${body.id}`);
      out(body.id);
    },
  },
  {
    name: "people list",
    args: "",
    summary: "every person: id, role, name, created, revoked",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      positionalArgs(positionals, []);
      const { body } = await callApi(apiConfig(), "/people");
      show(values.json, body, () =>
        (body.data as any[]).map(
          (p) =>
            `${p.id}  ${String(p.role).padEnd(8)}  ${p.name}  created ${p.createdAt} by ${p.createdBy}${p.revokedAt ? `  REVOKED ${p.revokedAt}` : ""}`,
        ),
      );
    },
  },
  {
    name: "people revoke",
    args: "<id>",
    summary: "revoke a person and every token of theirs at once (their name stays on their cards)",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      const [id] = positionalArgs(positionals, ["<id>"]) as [string];
      await callApi(apiConfig(), `/people/${encodeURIComponent(id)}`, { method: "DELETE" });
      show(values.json, { revoked: id }, () => [`Revoked person ${id} and their tokens.`]);
    },
  },
];
