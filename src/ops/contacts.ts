/**
 * Everyone the log names (`hearback contacts`), merged across applications, as cards, and
 * as vCards any address book imports (src/integrations/vcard.ts).
 */
import type { PersonCard } from "../integrations/vcard.js";
import { type OpContext, userZone } from "./context.js";

export type { PersonCard } from "../integrations/vcard.js";

export async function contactCards(ctx: OpContext): Promise<readonly PersonCard[]> {
  const { people } = await import("../integrations/vcard.js");
  return people(await ctx.store.timeline(), userZone(ctx));
}

/** The cards as one vCard 4.0 file. */
export async function contactsVcf(cards: readonly PersonCard[]): Promise<string> {
  const { renderVcards } = await import("../integrations/vcard.js");
  return renderVcards(cards);
}
