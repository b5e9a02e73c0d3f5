/**
 * Reply text as the front ends hand it in: HTML (pasted from a mail's source) read as its
 * text, for `hearback gauge`; the reply box's preview (gaugeText) and `logReply` do the same.
 */
export { replyText } from "../integrations/html-text.js";
