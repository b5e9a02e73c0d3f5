import { describe, expect, it } from "vitest";
import { stripReply } from "../gauge/index.js";
import { htmlAsText, looksLikeHtml, MAX_HTML_CHARS, MAX_HTML_DEPTH } from "./html-text.js";

const text = async (html: string) => (await htmlAsText(html)).text;

describe("htmlAsText", () => {
  it("keeps paragraphs and line breaks apart, and decodes entities", async () => {
    expect(
      await text(
        "<p>Hi Ann,</p><p>Caf&eacute; &amp; co&nbsp;&#8212; we&rsquo;d like<br>to talk.</p><div>Best,<br>Dana</div>",
      ),
    ).toBe("Hi Ann,\n\nCafé & co — we’d like\nto talk.\n\nBest,\nDana");
  });

  it("leaves out what a reader never sees: styles, scripts, hidden preheaders, images, link addresses", async () => {
    const html = `<html><head><title>Update</title><style>p { color: red }</style></head><body>
      <div style="DISPLAY: none; max-height: 0">Preview words nobody sees</div>
      <span style="visibility:hidden;mso-hide:all">more hidden words</span>
      <img src="https://t.example/pixel.gif" alt="tracking pixel"><img src="cid:logo" alt="Acme logo">
      <script>document.write("script words")</script>
      <p>Please <a href="https://acme.example/schedule?utm_source=mail">pick a time</a> for the next interview.</p>
      <style>.inline { }</style></body></html>`;
    expect(await text(html)).toBe("Please pick a time for the next interview.");
  });

  it("reads tables and lists as lines, headings as written", async () => {
    expect(
      await text(
        "<h2>Next steps</h2><table><tr><td>Interview</td><td>Thu 3 Dec, 10:00</td></tr></table><ul><li>Bring ID</li><li>Ask for Dana</li></ul>",
      ),
    ).toBe("Next steps\n\nInterview\nThu 3 Dec, 10:00\nBring ID\nAsk for Dana");
  });

  describe("quoted history stays recognisable, so the quote stripper drops it", () => {
    it("Gmail's quote, its 'On ... wrote:' line included", async () => {
      const html = `<div dir="ltr">We'd love to see you again on Friday.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 16, 2026 at 9:00 AM Ann &lt;<a href="mailto:ann@example.net">ann@example.net</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">Any news?</blockquote></div>`;
      const t = await text(html);
      const [reply, quote] = t.split("\n\n");
      expect(reply).toBe("We'd love to see you again on Friday.");
      expect(quote?.split("\n")[0]).toBe(
        "> On Mon, Nov 16, 2026 at 9:00 AM Ann <ann@example.net> wrote:",
      );
      expect(
        t
          .split("\n")
          .slice(2)
          .filter((line) => !line.startsWith(">")),
      ).toEqual([]);
      expect(t).toMatch(/> Any news\?$/);
      expect(stripReply(t)).toBe("We'd love to see you again on Friday.");
    });

    it("nested quotes are marked once, so a long thread does not multiply", async () => {
      const html = `<p>Yes, Friday works.</p>${"<blockquote>earlier".repeat(3)}${"</blockquote>".repeat(3)}`;
      expect(await text(html)).toBe("Yes, Friday works.\n\n> earlier\n>\n> earlier\n>\n> earlier");
    });

    it("Outlook's header block in another language, after a line of underscores", async () => {
      const html = `<div>Thanks, Thursday is fine.</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>De :</b> Ann &lt;ann@example.net&gt;<br><b>Envoyé :</b> lundi 16 novembre 2026 09:00<br><b>Objet :</b> Entretien</font><div>&nbsp;</div></div><div>Would Thursday suit you?</div>`;
      const t = await text(html);
      expect(t).toContain(
        "Thanks, Thursday is fine.\n\n________________________________\nDe : Ann",
      );
      expect(stripReply(t)).toBe("Thanks, Thursday is fine.");
    });
  });

  describe("bounded, however the HTML is made", () => {
    it(`reads at most ${MAX_HTML_CHARS.toLocaleString("en-US")} characters and says so`, async () => {
      const html = `<p>We will be in touch by Friday.</p>${"<p>filler".repeat(MAX_HTML_CHARS / 5)}`;
      const r = await htmlAsText(html);
      expect(r.cut).toBe("length");
      expect(r.text.startsWith("We will be in touch by Friday.\n\nfiller")).toBe(true);
      expect(r.text.split("filler").length - 1).toBeLessThan(MAX_HTML_CHARS / 9);
      expect((await htmlAsText("<p>short</p>")).cut).toBeNull();
    });

    it(`stops before an element nested deeper than ${MAX_HTML_DEPTH} levels and says so`, async () => {
      const r = await htmlAsText(`<p>Still deciding.</p>${"<div>".repeat(100_000)}deep words`);
      expect(r).toEqual({ text: "Still deciding.", cut: "nesting" });
      // A real thread nests far less, and is read whole.
      const thread = `<p>Top</p>${"<blockquote><div>older".repeat(60)}${"</div></blockquote>".repeat(60)}`;
      expect((await htmlAsText(thread)).cut).toBeNull();
    });

    /** The fastest of three conversions, in CPU milliseconds. */
    async function cpuMs(html: string): Promise<number> {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const start = process.cpuUsage();
        await htmlAsText(html);
        const used = process.cpuUsage(start);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    }

    const size = 10_000_000;
    const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length));
    // The shapes that cost html-to-text and htmlparser2 the most per character (measured).
    const hostile: Record<string, string> = {
      "deep nesting": fill("<div>"),
      "nesting just under the limit, then tags": "<b>".repeat(MAX_HTML_DEPTH - 1) + fill("<i></i>"),
      "thousands of unclosed paragraphs": fill("<p>x"),
      "unclosed table cells": fill("<td>x"),
      "line breaks": fill("<br>"),
      "a huge attribute value": `<p title="${fill("a")}">x</p>`,
      "an unclosed tag": `<p title="${fill("a")}`,
      "a run of entities": fill("&amp;"),
      "a run of broken entities": fill("&am"),
      "hidden elements": fill('<span style="display:none">x</span>'),
      "a quote around many lines": `<blockquote>${fill("line<br>")}`,
    };
    it.each(Object.entries(hostile))("10 MB of %s within a second of CPU", async (_name, html) => {
      await htmlAsText("<p>warm up</p>");
      expect(await cpuMs(html)).toBeLessThan(1000);
    });
  });
});

describe("looksLikeHtml", () => {
  it.each([
    "<p>Hi Ann,</p><p>Not this time.</p>",
    "Hi Ann,<br>not this time.",
    '<div dir="ltr">Thanks!</div>',
    "<HTML><BODY>Thanks</BODY></HTML>",
  ])("takes %j as HTML", (s) => {
    expect(looksLikeHtml(s)).toBe(true);
  });
  it.each([
    "We <3 your portfolio",
    "if a < b and c > d",
    "Dana Lee <dana@acme.example> wrote:",
    "Use <b to mark bold",
  ])("takes %j as text", (s) => {
    expect(looksLikeHtml(s)).toBe(false);
  });
});
