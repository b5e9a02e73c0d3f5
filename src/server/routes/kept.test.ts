import { gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { coachViewOf } from "../team.js";
import { KeptAnswers, minuteOf } from "./kept.js";

/** Any moment: these answers' keys hold throughout. */
const NOW = Date.UTC(2026, 10, 2, 18, 0, 30);

/** A view that counts how often it is made, and answers what it is given. */
function counted() {
  const made: string[] = [];
  const view = (name: string, value: unknown) => async () => {
    made.push(name);
    return value;
  };
  return { made, view };
}

describe("KeptAnswers", () => {
  it("keeps each account's answer while its key holds, whoever asked in between", async () => {
    const kept = new KeptAnswers();
    const { made, view } = counted();
    expect(await kept.answer("a", "k1", NOW, view("a", { who: "a" }))).toBe('{"who":"a"}');
    expect(await kept.answer("b", "k1", NOW, view("b", { who: "b" }))).toBe('{"who":"b"}');
    expect(await kept.answer("a", "k1", NOW, view("a again", {}))).toBe('{"who":"a"}');
    expect(await kept.answer("b", "k1", NOW, view("b again", {}))).toBe('{"who":"b"}');
    expect(made).toEqual(["a", "b"]);
  });

  it("makes an account's answer again when its key changes, and only that account's", async () => {
    const kept = new KeptAnswers();
    const { made, view } = counted();
    await kept.answer("a", "k1", NOW, view("a", 1));
    await kept.answer("b", "k1", NOW, view("b", 1));
    expect(await kept.answer("a", "k2", NOW, view("a after a write", 2))).toBe("2");
    expect(await kept.answer("b", "k1", NOW, view("b again", 3))).toBe("1");
    expect(made).toEqual(["a", "b", "a after a write"]);
  });

  it("makes one answer for requests that ask at once", async () => {
    const kept = new KeptAnswers();
    const { made, view } = counted();
    const answers = await Promise.all(
      [1, 2, 3].map(() => kept.answer("a", "k", NOW, view("a", 1))),
    );
    expect([answers, made]).toEqual([["1", "1", "1"], ["a"]]);
  });

  it("does not keep a failure", async () => {
    const kept = new KeptAnswers();
    const failing = async () => {
      throw new Error("database gone");
    };
    await expect(kept.answer("a", "k", NOW, failing)).rejects.toThrow("database gone");
    expect(await kept.answer("a", "k", NOW, async () => "back")).toBe('"back"');
  });

  it("keeps the newer answer when an older one finishes after it", async () => {
    const kept = new KeptAnswers();
    let finishOld: (v: string) => void = () => {};
    const old = kept.answer("a", "k1", NOW, () => new Promise((resolve) => (finishOld = resolve)));
    expect(await kept.answer("a", "k2", NOW, async () => "new")).toBe('"new"');
    finishOld("old");
    expect(await old).toBe('"old"');
    const { made, view } = counted();
    expect(await kept.answer("a", "k2", NOW, view("again", "again"))).toBe('"new"');
    expect(made).toEqual([]);
  });

  it("drops the accounts asked least recently beyond its size", async () => {
    // Each answer is 12 characters, 14 with its account and key: room for two.
    const kept = new KeptAnswers(30);
    const { made, view } = counted();
    const text = (who: string) => who.repeat(10);
    await kept.answer("a", "k", NOW, view("a", text("a")));
    await kept.answer("b", "k", NOW, view("b", text("b")));
    await kept.answer("a", "k", NOW, view("a again", text("a")));
    await kept.answer("c", "k", NOW, view("c", text("c")));
    await kept.answer("a", "k", NOW, view("a third time", text("a")));
    await kept.answer("b", "k", NOW, view("b again", text("b")));
    expect(made).toEqual(["a", "b", "c", "b again"]);
  });

  it("counts what an answer is kept under against its size, however small the answer", async () => {
    // A coach's view is kept per filter: a filter that matches nothing has a short answer,
    // and its name (from the query) may be long.
    const kept = new KeptAnswers(100);
    const { made, view } = counted();
    const filter = (f: string) => JSON.stringify([7, f.repeat(90)]);
    await kept.answer(filter("x"), "k", NOW, view("x", []));
    await kept.answer(filter("y"), "k", NOW, view("y", []));
    await kept.answer(filter("x"), "k", NOW, view("x again", []));
    expect(made).toEqual(["x", "y", "x again"]);
  });

  describe("an answer as the response", () => {
    /** A server answering account "a" with whatever JSON `json` holds at the time. */
    function serving(kept: KeptAnswers, json: { text: string }) {
      const app = new Hono();
      app.get("/", (c) => kept.response(c, "a", json.text));
      return (acceptEncoding?: string) =>
        app.request("/", acceptEncoding ? { headers: { "Accept-Encoding": acceptEncoding } } : {});
    }
    // A coach's view is hundreds of kB of JSON; this is 20 kB.
    const long = (word: string) =>
      JSON.stringify(Array.from({ length: 2000 }, (_, i) => `${word} ${i}`));

    it("goes gzipped to a client that takes it, when it is long; plain otherwise", async () => {
      const json = { text: long("item") };
      const ask = serving(new KeptAnswers(), json);
      const zipped = await ask("gzip, deflate, br");
      expect(zipped.headers.get("Content-Encoding")).toBe("gzip");
      expect(zipped.headers.get("Vary")).toBe("Accept-Encoding");
      const body = Buffer.from(await zipped.arrayBuffer());
      expect(body.length).toBeLessThan(json.text.length / 4);
      expect(gunzipSync(body).toString()).toBe(json.text);
      for (const accept of [undefined, "identity", "br", "gzip;q=0"]) {
        const plain = await ask(accept);
        expect([accept, plain.headers.get("Content-Encoding"), await plain.text()]).toEqual([
          accept,
          null,
          json.text,
        ]);
      }
      json.text = JSON.stringify({ short: true });
      const short = await ask("gzip");
      expect([short.headers.get("Content-Encoding"), await short.text()]).toEqual([
        null,
        json.text,
      ]);
    });

    it("never sends an earlier answer gzipped in place of a newer one", async () => {
      const json = { text: long("before") };
      const ask = serving(new KeptAnswers(), json);
      await ask("gzip");
      json.text = long("after");
      const body = Buffer.from(await (await ask("gzip")).arrayBuffer());
      expect(gunzipSync(body).toString()).toBe(json.text);
    });
  });
});

describe("minuteOf", () => {
  const at = Date.UTC(2026, 10, 2, 18, 0);

  it("is the clock's minute for a person's own pages", () => {
    expect(minuteOf(at)).toBe(minuteOf(at + 59_999));
    expect(minuteOf(at + 60_000)).toBe(minuteOf(at) + 1);
    expect(minuteOf(at - 1)).toBe(minuteOf(at) - 1);
  });

  it.each([
    ["coach's view", (id: number) => coachViewOf(id)],
    ["person's Today", (id: number) => String(id)],
  ])("turns once a minute for each %s, at a moment of its own", (_, whoseOf) => {
    // When in the clock's minute each of 1,000 people's minutes turns, to the second.
    const turns = Array.from({ length: 1000 }, (_, id) => {
      const whose = whoseOf(id + 1);
      const seconds = Array.from({ length: 120 }, (_, s) => at + s * 1000);
      const turned = seconds.filter((t) => minuteOf(t, whose) !== minuteOf(t - 1000, whose));
      expect(turned.length).toBe(2);
      expect(turned[1]! - turned[0]!).toBe(60_000);
      return (turned[0]! - at) / 1000;
    });
    // Spread across the minute: each of its twelve 5-second spans has about 1/12 of them
    // (83; twelve fair draws put one outside 45-125 once in 14,000 tries).
    const spans = Array.from({ length: 12 }, (_, i) =>
      turns.filter((s) => Math.floor((s % 60) / 5) === i),
    );
    for (const span of spans) expect(span.length).toBeGreaterThan(45);
    for (const span of spans) expect(span.length).toBeLessThan(125);
  });
});
