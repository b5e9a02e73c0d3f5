/**
 * The `mailto:` link of a draft (RFC 6068), so that one click opens it in the user's mail
 * program with the recipient, subject and body filled in.
 */
import type { Draft } from "./draft.js";

/**
 * The link, or "" when the draft is not an email (ask-timeline, let-go). Without a known
 * address the link has no recipient (`mailto:?subject=...`): the mail program asks for one.
 * Line breaks are sent as CRLF (`%0D%0A`), as RFC 6068 asks.
 *
 * @example
 * mailtoLink({ ...draft, to: { name: "Dana Lee", email: "dana@acme.example" }, subject: "Hi", body: "A & B" })
 * // "mailto:dana@acme.example?subject=Hi&body=A%20%26%20B"
 */
export function mailtoLink(draft: Pick<Draft, "sendable" | "to" | "subject" | "body">): string {
  if (!draft.sendable || draft.subject === null) return "";
  const address = draft.to?.email ? encodeAddress(draft.to.email) : "";
  const body = draft.body.replace(/\r?\n/g, "\r\n");
  return `mailto:${address}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(body)}`;
}

// In the address part, `@` stays literal; everything else that is not unreserved is encoded.
function encodeAddress(email: string): string {
  return encodeURIComponent(email.trim()).replace(/%40/g, "@");
}
