import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { createContext, runOp } from "./index.js";

describe("a reply given as HTML (the reply box, hearback reply)", () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "hearback-html-"));
    store = await openStore({ dir });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is stored and read as its text; a reply in plain words is kept as given", async () => {
    const ctx = await createContext({
      store,
      now: Date.parse("2026-11-18T12:00:00-07:00"),
      fallbackZone: "America/Denver",
      source: "test",
    });
    await runOp(ctx, "addApplication", { company: "Acme", role: "Product Manager" });
    const html =
      '<div dir="ltr">Hi Ann,</div><div><br></div><div>Unfortunately, we&#39;ve decided not to move forward with your application.</div><div><br></div><div>Best,<br>Dana</div>';
    const r = await runOp(ctx, "logReply", { app: "acme", text: html, at: "2026-11-18T11:02" });
    expect(r.event.text).toBe(
      "Hi Ann,\n\nUnfortunately, we've decided not to move forward with your application.\n\nBest,\nDana",
    );
    expect(r.reading?.signal).toBe("rejection");
    const plain = "We <3 your portfolio & hope to decide by Friday.";
    const p = await runOp(ctx, "logReply", { app: "acme", text: plain, at: "2026-11-18T11:05" });
    expect(p.event.text).toBe(plain);
  });
});
