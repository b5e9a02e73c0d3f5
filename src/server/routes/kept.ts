/**
 * Answers of derived views (Today, Insights, the list) kept between changes, one per
 * account. Planning 1,000 applications takes tens of milliseconds, and the UI asks for the
 * same view again and again between changes; on a team server many people ask in turn, so
 * keeping only the last answer would plan afresh nearly every time.
 *
 * Nothing kept is the truth: every request checks its key (what the view depends on, read
 * from the database) and gets a kept answer only when the key is the one it was made for.
 */
import { gzipSync } from "node:zlib";
import type { Context } from "hono";
import { accepts } from "hono/accepts";
import { LRUCache } from "lru-cache";
import type { SettingsRecord } from "../../ops/data-folder.js";

/**
 * Characters of kept answers (and of their keys) per view at most (JSON is ASCII but for
 * the user's own text: about as many bytes); the accounts asked least recently are dropped
 * first.
 */
const KEPT_CHARS = 32_000_000;

/**
 * Answers at least this long go gzipped to a client that takes it (a browser does): a
 * coach's view (337 kB of JSON) cost the server more in sending than in all else a kept
 * answer needs (on loopback the sender's CPU pays for the receiving too); a Today (about
 * 6 kB) gains little.
 */
const GZIP_FROM = 16_384;
/**
 * zlib's level 4 rather than its default 6: a coach's view (335 kB) in 2.6 ms rather than
 * 5.5 ms, 39 kB rather than 34 kB. Each coach's answer is compressed again every minute,
 * on the thread every request waits for.
 */
const GZIP_LEVEL = 4;

/** An answer as JSON text (or being made), with the key and the minute it was made for. */
interface Answer<J> {
  readonly key: string;
  readonly minute: number;
  readonly json: J;
}

/** A kept answer, and once sent gzipped, that too (made once per answer). */
interface Kept extends Answer<string> {
  readonly gzipped?: Uint8Array<ArrayBuffer>;
}

export class KeptAnswers {
  private readonly kept: LRUCache<string, Kept>;
  /** Answers being made, by account: requests asking meanwhile wait for the same one. */
  private readonly making = new Map<string, Answer<Promise<string>>>();

  /** One person's answers (their own server): kept whatever their size, on the clock's minute. */
  static ofOnePerson(): KeptAnswers {
    return new KeptAnswers(Number.MAX_SAFE_INTEGER, false);
  }

  /** `ownMinutes`: each person's answers hold within their own minute (see minuteOf). */
  constructor(
    maxChars = KEPT_CHARS,
    private readonly ownMinutes = true,
  ) {
    // What an answer is kept under counts too: a coach's view is kept per filter, whose
    // text comes from the query, and a filter that matches nothing has a short answer.
    this.kept = new LRUCache({
      maxSize: maxChars,
      sizeCalculation: (a, whose) =>
        a.json.length + (a.gzipped?.length ?? 0) + a.key.length + whose.length,
    });
  }

  /**
   * The account's answer for `key` at `now` as JSON text: kept while the key holds and
   * within the minute (see minuteOf), or made by `compute` (then kept).
   */
  async answer(
    whose: string,
    key: string,
    now: number,
    compute: () => Promise<unknown>,
  ): Promise<string> {
    const minute = minuteOf(now, this.ownMinutes ? whose : undefined);
    const kept = this.kept.get(whose);
    return kept?.key === key && kept.minute === minute
      ? kept.json
      : this.make(whose, { key, minute }, compute);
  }

  /** An account's answer as the response, gzipped when it is long and the client takes it. */
  response(c: Context, whose: string, json: string): Response {
    const headers = { "Content-Type": "application/json; charset=UTF-8", Vary: "Accept-Encoding" };
    if (json.length < GZIP_FROM || !takesGzip(c)) {
      return c.body(json, 200, headers);
    }
    const kept = this.kept.get(whose);
    let gzipped = kept?.json === json ? kept.gzipped : undefined;
    if (!gzipped) {
      const zipped = gzipSync(json, { level: GZIP_LEVEL });
      gzipped = new Uint8Array(zipped.buffer as ArrayBuffer, zipped.byteOffset, zipped.length);
      // Kept with its answer only: a newer answer is never sent as an older one's gzip.
      if (kept?.json === json) this.kept.set(whose, { ...kept, gzipped });
    }
    return c.body(gzipped, 200, { ...headers, "Content-Encoding": "gzip" });
  }

  private make(
    whose: string,
    made: Omit<Answer<unknown>, "json">,
    compute: () => Promise<unknown>,
  ): Promise<string> {
    const pending = this.making.get(whose);
    if (pending?.key === made.key && pending.minute === made.minute) return pending.json;
    const json = compute().then((value) => {
      const text = JSON.stringify(value);
      // Unless a newer one was asked for meanwhile (a write since).
      if (this.making.get(whose) === entry) this.kept.set(whose, { ...made, json: text });
      return text;
    });
    const entry = { ...made, json };
    this.making.set(whose, entry);
    // A failure is not kept: the next request computes again.
    const done = () => {
      if (this.making.get(whose) === entry) this.making.delete(whose);
    };
    json.then(done, done);
    return json;
  }
}

/**
 * The minute a moment is in, counted from `whose`'s own second of the minute when given:
 * a kept answer holds within one (times show the minute).
 *
 * A team server keeping many people's answers would otherwise make them all again at once
 * when the clock's minute turns, and every request waits behind that burst (50 coaches'
 * views: 0.6 s and more); each person's answers turning at their own moment spread the
 * work across the minute, as jittered expiry does in any cache. An answer is still never
 * more than a minute old, and says when it was made ("As of Mon 2 Nov, 19:01").
 */
export function minuteOf(now: number, whose?: string): number {
  return Math.floor((now - (whose === undefined ? 0 : startInMinute(whose))) / 60_000);
}

/** Where in the minute `whose`'s minutes start (ms), spread evenly by a hash (FNV-1a). */
function startInMinute(whose: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < whose.length; i++) {
    hash = Math.imul(hash ^ whose.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0) % 60_000;
}

/**
 * The key of an answer made from one person's log: every write changes the log's last
 * entry (undo and corrections too), then the settings.
 */
export function headKey(head: {
  readonly lastEntry: number;
  readonly settings: SettingsRecord;
}): string {
  return `${head.lastEntry}|${JSON.stringify(head.settings)}`;
}

/** Whether the request's Accept-Encoding takes gzip (not with q=0). */
function takesGzip(c: Context): boolean {
  return (
    accepts(c, { header: "Accept-Encoding", supports: ["gzip"], default: "identity" }) === "gzip"
  );
}
