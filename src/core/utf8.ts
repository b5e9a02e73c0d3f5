/**
 * Files and request bodies are read as UTF-8, strictly: a byte that is not UTF-8 is
 * reported, naming the file and the line, instead of silently becoming "�" in what is
 * stored. Pure (TextDecoder is in Node and in browsers), so the CLI, the server and the web
 * app say the same.
 *
 * A file that is not UTF-8 is not guessed at. Windows-1252 (what Excel's "CSV (Comma
 * delimited)" writes on Windows) cannot be told apart reliably from Latin-1, Latin-2 or Mac
 * Roman by its bytes, and a wrong guess would store wrong names; so the message says what the
 * file looks like and how to save it as UTF-8.
 */
import { HearbackError } from "./errors.js";

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");
/** Lines named one by one before "and N more". */
const MAX_LINES_NAMED = 5;

/**
 * The text of `bytes`, a byte-order mark dropped; throws HearbackError("bad-input") naming
 * each line (up to five) that is not UTF-8, and how to fix the file.
 *
 * @example
 * decodeUtf8(readFileSync("jobs.csv"), "jobs.csv")
 * // throws: jobs.csv is not UTF-8 text
 * //   jobs.csv:3: not UTF-8 from column 12: "Caf� Ren�, Lead" ...
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    throw new HearbackError("bad-input", `${name} is not UTF-8 text`, notUtf8Problems(bytes, name));
  }
}

function notUtf8Problems(bytes: Uint8Array, name: string): string[] {
  if (isUtf16(bytes)) {
    return [
      `${name} is UTF-16 text (Excel's "Unicode Text" writes it): save it as "CSV UTF-8 (Comma delimited)", or as UTF-8 in your editor, and import it again`,
    ];
  }
  const bad: string[] = [];
  let count = 0;
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    // A CRLF line's CR is not part of what is shown.
    const end = i > start && bytes[i - 1] === 0x0d ? i - 1 : i;
    const text = lineText(bytes.subarray(start, end));
    if (text !== null) {
      count++;
      if (bad.length < MAX_LINES_NAMED) bad.push(`${name}:${line}: ${text}`);
    }
    line++;
    start = i + 1;
  }
  if (count > bad.length) bad.push(`and ${count - bad.length} more lines`);
  bad.push(
    isSingleByte(bytes)
      ? `${name} looks like it was saved as Windows-1252 or Latin-1 (Excel's "CSV (Comma delimited)" does this): save it again as "CSV UTF-8 (Comma delimited)", or convert it, e.g. iconv -f windows-1252 -t utf-8 ${name} > utf8-${baseName(name)}`
      : `save ${name} as UTF-8 (in most editors: Save As, Encoding: UTF-8) and import it again`,
  );
  return bad;
}

/** What is wrong with one line, or null when it is UTF-8. */
function lineText(bytes: Uint8Array): string | null {
  try {
    strict.decode(bytes);
    return null;
  } catch {
    const text = lenient.decode(bytes);
    const at = text.indexOf("\uFFFD");
    const from = Math.max(0, at - 20);
    const shown = `${from > 0 ? "..." : ""}${text.slice(from, at + 40)}${at + 40 < text.length ? "..." : ""}`;
    return `not UTF-8 from column ${at + 1}: ${JSON.stringify(shown)}`;
  }
}

const isUtf16 = (b: Uint8Array) =>
  b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));

/** No multi-byte UTF-8 sequence at all: every byte above 0x7f stands alone, as in Windows-1252. */
function isSingleByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const next = bytes[i + 1] ?? 0;
    // A lead byte followed by a continuation byte is UTF-8 written partly right.
    if (b >= 0xc2 && b <= 0xf4 && next >= 0x80 && next <= 0xbf) return false;
  }
  return true;
}

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
