/** `hearback show APP`: one application's timeline, contacts, state and next actions. */
import type { Command } from "commander";
import { APP_ARGUMENT, type TrackerOptions, withTrackerOptions } from "../options.js";

interface ShowOptions extends TrackerOptions {}

export function registerShow(program: Command): void {
  const cmd = program
    .command("show")
    .description("one application: its timeline, contacts, state and next actions")
    .argument("<app>", APP_ARGUMENT);
  withTrackerOptions(cmd).action(async (app: string, opts: ShowOptions) => {
    const { withSession, out, actionLines, when } = await import("../tracker.js");
    const { printJson, paint } = await import("../io.js");
    const { whoseTimes } = await import("../../time/index.js");
    await withSession(opts, async (s) => {
      const { showApplication } = await import("../../ops/read.js");
      const r = await showApplication(s.ctx, { app });
      if (opts.json) return printJson(r);
      const lines = [
        `${paint.bold(`${r.application.company}: ${r.application.role}`)}  ${paint.dim(`(${r.app})`)}`,
      ];
      const facts = [
        r.summary ? `stage: ${r.summary.stage}` : null,
        r.zone === s.zone ? null : `their zone: ${r.zone}`,
        whoseTimes(s.reader),
        r.application.url ? `posting: ${r.application.url}` : null,
      ].filter(Boolean);
      lines.push(paint.dim(facts.join(" · ")));
      if (r.contacts.length > 0) {
        lines.push("", "Contacts:");
        for (const c of r.contacts) {
          const extra = [c.title, c.email, c.phone].filter(Boolean).join(", ");
          lines.push(`  ${c.name}${extra ? paint.dim(` (${extra})`) : ""}`);
        }
      }
      lines.push("", "Timeline:");
      for (const { id, event, amended } of r.events) {
        const at =
          typeof event.at === "string"
            ? when(event.at, s.reader, r.zone, event.type === "interview" ? "beside" : undefined)
            : "";
        lines.push(
          `  ${paint.dim(`#${id}`.padEnd(6))} ${at.padEnd(18)} ${describe(event)}${amended ? paint.dim(" (corrected)") : ""}`,
        );
      }
      lines.push("", r.actions.length > 0 ? "Next:" : "Nothing planned.");
      for (const a of r.actions) lines.push(...actionLines(a, s.reader).map((l) => `  ${l}`));
      out(lines);
    });
  });
}

function describe(e: Readonly<Record<string, unknown>>): string {
  const names = (list: unknown) =>
    Array.isArray(list) ? list.map((c) => (c as { name: string }).name).join(", ") : "";
  switch (e.type) {
    case "application":
      return `${e.saved === true ? "saved, not applied to yet" : "applied"}: ${String(e.role)} at ${String(e.company)}`;
    case "interview": {
      const who = names(e.interviewers);
      const bits = [
        e.stage ? String(e.stage) : null,
        who ? `with ${who}` : null,
        e.decisionBy ? `decision by ${String(e.decisionBy)}` : null,
      ].filter(Boolean);
      return `interview${bits.length > 0 ? `: ${bits.join(", ")}` : ""}`;
    }
    case "sent":
      return `sent ${String(e.kind)}${e.to ? ` to ${[e.to].flat().join(", ")}` : ""}${e.channel ? ` by ${String(e.channel)}` : ""}${e.delivery === "unknown" ? " (may have been sent: the server never confirmed it)" : ""}`;
    case "reply": {
      const text = typeof e.text === "string" ? e.text.replace(/\s+/g, " ") : "";
      const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
      return `reply${e.from ? ` from ${String(e.from)}` : ""}${e.signal ? ` (${String(e.signal)})` : ""}${short ? `: "${short}"` : ""}`;
    }
    case "status":
      return `status: ${String(e.status)}${e.note ? ` (${String(e.note)})` : ""}`;
    case "note":
      return `note: ${String(e.text)}`;
    case "dismiss":
      return `set aside: ${String(e.kind)}${e.to ? ` to ${String(e.to)}` : ""}${e.note ? ` (${String(e.note)})` : ""}`;
    default:
      return String(e.type);
  }
}
