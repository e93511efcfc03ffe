/** API tokens (admin only): create (shown once), list, revoke. */
import { apiConfig, callApi, UsageError } from "./api";
import { ROLES } from "../../worker/domain/roles";
import { COMMON, note, out, parse, parseArgs, positionalArgs, required, show, type Command } from "./args";

export const tokenCommands: Command[] = [
  {
    name: "token create",
    args: `--name "…" --role ${ROLES.join("|")}`,
    summary: "create a token for one person; it is printed once, never again",
    help: [
      "The name is the person (or system) using the token: the audit log records it and",
      "the two-person rule compares it with a card's authors. Give each person their own.",
      "Roles: editor (drafts, sources, submit), reviewer (+ publish, correct, retract),",
      "admin (+ tokens). Only the token goes to stdout, so",
      '  TOKEN=$(npm run -s cards -- token create --name "Ana" --role editor)',
      "captures it; the explanation goes to stderr.",
    ],
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: { ...COMMON, name: { type: "string" }, role: { type: "string" } }, allowPositionals: true, strict: true }),
      );
      positionalArgs(positionals, []);
      const name = required(values.name, "name");
      const role = required(values.role, "role");
      if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
      const { body } = await callApi(apiConfig(), "/tokens", { body: { name, role } });
      if (values.json) {
        out(JSON.stringify(body, null, 2));
        return;
      }
      note(`Created ${/^[aeiou]/.test(body.role) ? "an" : "a"} ${body.role} token for "${body.name}" (id ${body.id}).`);
      note("This is the only time it is shown: give it to them now (it is stored only as a hash).");
      out(body.token);
    },
  },
  {
    name: "token list",
    args: "",
    summary: "every token: id, name, role, created, revoked (never the token itself)",
    async run(argv) {
      const { values, positionals } = parse(() => parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }));
      positionalArgs(positionals, []);
      const { body } = await callApi(apiConfig(), "/tokens");
      show(values.json, body, () =>
        (body.data as any[]).map(
          (t) => `${t.id}  ${String(t.role).padEnd(8)}  ${t.name}  created ${t.createdAt} by ${t.createdBy}${t.revokedAt ? `  REVOKED ${t.revokedAt}` : ""}`,
        ),
      );
    },
  },
  {
    name: "token revoke",
    args: "<id>",
    summary: "revoke a token at once (its id from token list)",
    async run(argv) {
      const { values, positionals } = parse(() => parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }));
      const [id] = positionalArgs(positionals, ["<id>"]) as [string];
      await callApi(apiConfig(), `/tokens/${encodeURIComponent(id)}`, { method: "DELETE" });
      show(values.json, { revoked: id }, () => [`Revoked token ${id}.`]);
    },
  },
];
