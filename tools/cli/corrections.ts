/**
 * Corrections through review: one reviewer proposes the corrected card and
 * its note, someone else approves it (or the proposer withdraws it). The
 * public card changes only on approval.
 */
import { apiConfig, callApi } from "./api";
import { COMMON, type Command, isObject, parse, parseArgs, positionalArgs, show } from "./args";
import { cardPath, step } from "./cards";

export const correctionCommands: Command[] = [
  step(
    "correct propose",
    "propose a correction of a published card: the corrected card and the note readers will see",
    "corrections",
    {
      note: true,
      cardFile: true,
      help: [
        "<card.json> is the full corrected card, shaped like the draft body. Nothing public",
        "changes until someone else — not you, not an author, not anyone who wrote the card —",
        "runs `cards correct approve <id>`. One correction is pending per card at a time.",
      ],
    },
    (_card, _config, body) => [
      `Proposed a correction of ${body.proposal.cardId} (proposal ${body.proposal.id}); the public card is unchanged.`,
      `Next: someone else reviews it (cards correct show ${body.proposal.cardId}) and runs: cards correct approve ${body.proposal.cardId}`,
    ],
  ),
  step(
    "correct approve",
    "approve the pending correction of a card (a second person): readers see it at once",
    "corrections/approve",
    { help: ["Approving runs the same verification as publishing, and records you as a reviewer."] },
    (card) => [`Corrected ${card.id}: now version ${card.version}, with ${card.corrections.length} correction(s).`],
  ),
  {
    name: "correct withdraw",
    args: "<id>",
    summary: "withdraw the pending correction of a card (its proposer, or an admin)",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      const [id] = positionalArgs(positionals, ["<id>"]) as [string];
      const response = await callApi(apiConfig(), `${cardPath(id)}/corrections/withdraw`, { method: "POST" });
      show(values.json, response.body, () => [`Withdrew the pending correction of ${id}.`]);
    },
  },
  {
    name: "correct show",
    args: "<id>",
    summary: "the pending correction of a card, if any: who proposed it, the note, the new verdict",
    async run(argv) {
      const { values, positionals } = parse(() =>
        parseArgs({ args: argv, options: COMMON, allowPositionals: true, strict: true }),
      );
      const [id] = positionalArgs(positionals, ["<id>"]) as [string];
      const response = await callApi(apiConfig(), `${cardPath(id)}/corrections`);
      show(values.json, response.body, () => {
        const [proposal] = response.body.data as any[];
        if (!isObject(proposal)) return [`No correction of ${id} is pending.`];
        const card = proposal.card as any;
        return [
          `${proposal.cardId}: correction ${proposal.id} of version ${proposal.baseVersion}, proposed ${proposal.proposedAt} by ${(proposal.proposedBy as any).name}`,
          `  verdict: ${card?.verdict}`,
          `  summary: ${card?.summary}`,
          `  note:    ${proposal.note}`,
        ];
      });
    },
  },
];
