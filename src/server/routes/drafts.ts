/** Drafts of planned actions, as text and as .eml files; reading a reply without storing it. */
import { z } from "zod";
import { ACTION_KINDS, VARIANTS } from "../../core/types.js";
import { type Drafted, draftEml, draftStored } from "../../ops/draft.js";
import { gaugeText } from "../../ops/gauge.js";
import type { OpContext } from "../../ops/index.js";
import type { RouteDef } from "../http.js";
import { readingView } from "../views.js";
import type { RouteKit } from "./kit.js";

const draftRequest = z
  .object({
    app: z.string().min(1),
    kind: z.enum(ACTION_KINDS),
    to: z.string().optional(),
    round: z.number().int().positive().optional(),
    variant: z.enum(VARIANTS).optional(),
  })
  .strict();

const emlRequest = draftRequest.extend({
  subject: z.string().trim().min(1, "must not be empty").max(1000),
  body: z.string().max(100_000),
});

const gaugeRequest = z
  .object({
    text: z.string().max(100_000, "at most 100,000 characters"),
    app: z.string().optional(),
    received: z.string().optional(),
  })
  .strict();

export function draftRoutes(kit: RouteKit): RouteDef[] {
  const { context, view } = kit;
  return [
    {
      method: "post",
      path: "/gauge",
      summary: "Read a reply without storing it: signal, evidence, decision and return dates",
      tag: "gauge",
      body: gaugeRequest,
      handler: async (_c, { body }) => {
        const ctx = await context();
        const { text, received } = body as z.infer<typeof gaugeRequest>;
        // Without an offset, on the user's clock (as the CLI reads it), not the server's.
        const reading = await gaugeText(ctx, { text, received, field: "body.received" });
        return readingView(view(ctx), reading);
      },
    },
    {
      method: "post",
      path: "/drafts",
      summary: "The draft of one planned action (as listed by /today or an application's page)",
      tag: "drafts",
      body: draftRequest,
      handler: async (_c, { body }) => {
        const { draft: d, mailto } = await draftFor(
          await context(),
          body as z.infer<typeof draftRequest>,
        );
        return {
          to: d.to ?? undefined,
          subject: d.subject ?? "",
          body: d.body,
          mailto,
          sendable: d.sendable,
          card: d.card,
          phoneScript: d.phoneScript,
          note: d.note,
          placeholders: d.placeholders,
        };
      },
    },
    {
      method: "post",
      path: "/drafts/eml",
      summary: "An edited draft as an .eml file to open in a mail program",
      tag: "drafts",
      body: emlRequest,
      handler: async (_c, { body }) => {
        const ctx = await context();
        const { subject, body: text, ...want } = body as z.infer<typeof emlRequest>;
        // The user's edits replace the drafted subject and text; the rest stays the draft's.
        const { draft: d } = await draftFor(ctx, want);
        const { filename, eml } = await draftEml({
          draft: { ...d, subject, body: text },
          settings: ctx.settings,
          now: ctx.now,
        });
        return { filename, eml: eml.toString("utf8") };
      },
    },
  ];
}

/** The draft of the planned action a request names (it must still be planned). */
async function draftFor(ctx: OpContext, want: z.infer<typeof draftRequest>): Promise<Drafted> {
  const { drafts } = await draftStored(ctx, { ...want, to: want.to ?? null });
  return drafts[0]!;
}
