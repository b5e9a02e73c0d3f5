/**
 * Text from HTML, for mail that carries only HTML (many ATS and Outlook replies) and for
 * HTML pasted into the reply box. The gauge reads the text, so what it needs survives:
 * paragraphs stay apart, quoted history stays recognisable as quoted (by the quote stripper
 * in src/gauge/clean.ts), and what a reader never sees is left out: styles, scripts,
 * hidden preheaders, image alt texts, link addresses.
 *
 * The conversion is html-to-text's (the library mailparser itself uses), with options
 * for reading rather than for display. It is bounded: at most MAX_HTML_CHARS characters
 * of HTML are read, and reading stops before the first element nested deeper than
 * MAX_HTML_DEPTH (htmlparser2 takes time quadratic in the nesting, and html-to-text's
 * walk is recursive). docs/security.md gives the figures.
 */
import type { FormatCallback } from "html-to-text";
import type { Parser } from "htmlparser2";

/** The most HTML read for text: real replies are a few dozen KB, long threads a few hundred. */
export const MAX_HTML_CHARS = 200_000;
/** The deepest nesting read (Chrome flattens anything deeper than 512 levels). */
export const MAX_HTML_DEPTH = 256;

export interface HtmlAsText {
  readonly text: string;
  /** Why only the start of the HTML was read, or null when all of it was. */
  readonly cut: "length" | "nesting" | null;
}

/**
 * The text of an HTML message or fragment.
 *
 * @example
 * (await htmlAsText('<p>Hi Ann,</p><p>We will <a href="https://x.example">not</a> move forward.</p>')).text
 * // "Hi Ann,\n\nWe will not move forward."
 */
export async function htmlAsText(html: string): Promise<HtmlAsText> {
  // Loaded on first use: the two libraries are 60 ms of a command's start.
  converter ??= loadConverter();
  const { convert, Parser } = await converter;
  let source = html;
  let cut: HtmlAsText["cut"] = null;
  if (source.length > MAX_HTML_CHARS) {
    // Not between the two halves of a surrogate pair.
    const end = MAX_HTML_CHARS - (isHighSurrogate(source.charCodeAt(MAX_HTML_CHARS - 1)) ? 1 : 0);
    source = source.slice(0, end);
    cut = "length";
  }
  const deep = tooDeepAt(source, Parser);
  if (deep !== -1) {
    source = source.slice(0, deep);
    cut = "nesting";
  }
  return { text: tidy(convert(source)), cut };
}

/** Reply text as given, or its text when it was given as HTML (pasted from a mail's source). */
export async function replyText(text: string): Promise<string> {
  return looksLikeHtml(text) ? (await htmlAsText(text)).text : text;
}

/**
 * Whether text given as a reply is HTML rather than prose: it holds a closing tag of a
 * common element or a line break tag, which prose does not ("I <3 it", "a < b" stay text).
 */
export function looksLikeHtml(text: string): boolean {
  return HTML_MARK.test(text);
}

const HTML_MARK =
  /<\/(?:p|div|span|a|b|i|u|em|strong|font|td|tr|table|li|ul|ol|blockquote|body|html|h[1-6])\s*>|<br\s*\/?>/i;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where the first element nested deeper than MAX_HTML_DEPTH starts, or -1. */
function tooDeepAt(html: string, P: typeof Parser): number {
  // The same parser html-to-text uses, so the depth is the one its tree will have
  // (implied end tags included); it stops at the first element too deep.
  let depth = 0;
  let at = -1;
  const parser: Parser = new P({
    onopentag() {
      depth++;
      if (depth > MAX_HTML_DEPTH && at === -1) {
        at = parser.startIndex;
        parser.pause();
      }
    },
    onclosetag() {
      depth--;
    },
  });
  parser.end(html);
  return at;
}

/** Nested quotes are marked once: "> " per level would multiply a deep thread's size. */
const quoteOnce: FormatCallback = (elem, walk, builder) => {
  if (quoteDepth > 0) {
    builder.openBlock({ leadingLineBreaks: 2 });
    walk(elem.children, builder);
    builder.closeBlock({ trailingLineBreaks: 2 });
    return;
  }
  quoteDepth++;
  try {
    builder.openBlock({ leadingLineBreaks: 2, reservedLineLength: 2 });
    walk(elem.children, builder);
    builder.closeBlock({
      trailingLineBreaks: 2,
      blockTransform: (s) =>
        s
          .split("\n")
          .map((line) => `> ${line}`)
          .join("\n"),
    });
  } finally {
    quoteDepth--;
  }
};
let quoteDepth = 0;

/**
 * Outlook's quoted history is not a blockquote: a header block (From:, Sent:, To:) follows
 * the reply, in the user's language. A line of underscores before it, as Outlook writes in
 * its own plain text, marks it in any language.
 */
const outlookHeader: FormatCallback = (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addLiteral("________________________________");
  builder.closeBlock({ trailingLineBreaks: 1 });
  builder.openBlock({ leadingLineBreaks: 1 });
  walk(elem.children, builder);
  builder.closeBlock({ trailingLineBreaks: 1 });
};

/** What a reader of the mail never sees. */
const HIDDEN = [
  "head",
  "style",
  "script",
  "noscript",
  "template",
  "title",
  "svg",
  "img",
  "[hidden]",
  '[style*="display:none" i]',
  '[style*="display: none" i]',
  '[style*="visibility:hidden" i]',
  '[style*="visibility: hidden" i]',
  '[style*="mso-hide:all" i]',
  '[style*="mso-hide: all" i]',
  ".preheader",
  // Email builders' copy for small screens, hidden on others.
  ".desktop_hide",
  ".gmail_signature",
];

const BLOCKS = ["table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "ol", "li", "hr"];

let converter: ReturnType<typeof loadConverter> | undefined;

async function loadConverter() {
  const [{ compile }, { Parser }] = await Promise.all([
    import("html-to-text"),
    import("htmlparser2"),
  ]);
  return { convert: compile(OPTIONS), Parser };
}

const OPTIONS: import("html-to-text").HtmlToTextOptions = {
  wordwrap: false,
  formatters: { quoteOnce, outlookHeader },
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({
      selector,
      options: { uppercase: false },
    })),
    // Layout tables and lists read as blocks of lines: no column padding, no indentation
    // that grows with each level.
    ...BLOCKS.map((selector) => ({
      selector,
      format: "block",
      options: { leadingLineBreaks: 1, trailingLineBreaks: 1 },
    })),
    { selector: "blockquote", format: "quoteOnce" },
    { selector: "div.gmail_quote", format: "quoteOnce" },
    { selector: "div.yahoo_quoted", format: "quoteOnce" },
    { selector: "#divRplyFwdMsg", format: "outlookHeader" },
    // Outlook on the desktop: the header block sits in a div with a thin top border.
    { selector: '[style*="border-top:solid #E1E1E1" i]', format: "outlookHeader" },
    { selector: '[style*="border-top:solid #B5C4DF" i]', format: "outlookHeader" },
    ...HIDDEN.map((selector) => ({ selector, format: "skip" })),
  ],
  // The length is bounded before (see htmlAsText); html-to-text's own cut warns on the console.
  limits: { maxInputLength: Number.MAX_SAFE_INTEGER },
};

/** No-break spaces as spaces, invisible characters out, no trailing spaces, no runs of blank lines. */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .replace(/\u00ad|\u034f|\u200b|\u200c|\u200d|\u2060|\ufeff/g, "")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
