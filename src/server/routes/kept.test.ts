import { gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { KeptAnswers } from "./kept.js";

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
    expect(await kept.answer("a", "k1", view("a", { who: "a" }))).toBe('{"who":"a"}');
    expect(await kept.answer("b", "k1", view("b", { who: "b" }))).toBe('{"who":"b"}');
    expect(await kept.answer("a", "k1", view("a again", {}))).toBe('{"who":"a"}');
    expect(await kept.answer("b", "k1", view("b again", {}))).toBe('{"who":"b"}');
    expect(made).toEqual(["a", "b"]);
  });

  it("makes an account's answer again when its key changes, and only that account's", async () => {
    const kept = new KeptAnswers();
    const { made, view } = counted();
    await kept.answer("a", "k1", view("a", 1));
    await kept.answer("b", "k1", view("b", 1));
    expect(await kept.answer("a", "k2", view("a after a write", 2))).toBe("2");
    expect(await kept.answer("b", "k1", view("b again", 3))).toBe("1");
    expect(made).toEqual(["a", "b", "a after a write"]);
  });

  it("makes one answer for requests that ask at once", async () => {
    const kept = new KeptAnswers();
    const { made, view } = counted();
    const answers = await Promise.all([1, 2, 3].map(() => kept.answer("a", "k", view("a", 1))));
    expect([answers, made]).toEqual([["1", "1", "1"], ["a"]]);
  });

  it("does not keep a failure", async () => {
    const kept = new KeptAnswers();
    const failing = async () => {
      throw new Error("database gone");
    };
    await expect(kept.answer("a", "k", failing)).rejects.toThrow("database gone");
    expect(await kept.answer("a", "k", async () => "back")).toBe('"back"');
  });

  it("keeps the newer answer when an older one finishes after it", async () => {
    const kept = new KeptAnswers();
    let finishOld: (v: string) => void = () => {};
    const old = kept.answer("a", "k1", () => new Promise((resolve) => (finishOld = resolve)));
    expect(await kept.answer("a", "k2", async () => "new")).toBe('"new"');
    finishOld("old");
    expect(await old).toBe('"old"');
    const { made, view } = counted();
    expect(await kept.answer("a", "k2", view("again", "again"))).toBe('"new"');
    expect(made).toEqual([]);
  });

  it("drops the accounts asked least recently beyond its size", async () => {
    // Each answer is 12 characters, 14 with its account and key: room for two.
    const kept = new KeptAnswers(30);
    const { made, view } = counted();
    const text = (who: string) => who.repeat(10);
    await kept.answer("a", "k", view("a", text("a")));
    await kept.answer("b", "k", view("b", text("b")));
    await kept.answer("a", "k", view("a again", text("a")));
    await kept.answer("c", "k", view("c", text("c")));
    await kept.answer("a", "k", view("a third time", text("a")));
    await kept.answer("b", "k", view("b again", text("b")));
    expect(made).toEqual(["a", "b", "c", "b again"]);
  });

  it("counts what an answer is kept under against its size, however small the answer", async () => {
    // A coach's view is kept per filter: a filter that matches nothing has a short answer,
    // and its name (from the query) may be long.
    const kept = new KeptAnswers(100);
    const { made, view } = counted();
    const filter = (f: string) => JSON.stringify([7, f.repeat(90)]);
    await kept.answer(filter("x"), "k", view("x", []));
    await kept.answer(filter("y"), "k", view("y", []));
    await kept.answer(filter("x"), "k", view("x again", []));
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
