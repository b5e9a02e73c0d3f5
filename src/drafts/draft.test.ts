import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AppState, foldApplication } from "../core/fold.js";
import { parseTimeline } from "../core/timeline.js";
import type { Action, ActionKind, TimelineEvent } from "../core/types.js";
import { parseDateTime } from "../time/index.js";
import { type Draft, draft } from "./draft.js";
import { builtInTemplates, TEMPLATE_NAMES, TEMPLATE_SPECS } from "./templates.js";
import { wordCount } from "./words.js";

const ZONE = "America/Denver";

function stateOf(lines: readonly object[]): AppState {
  const text = lines.map((l) => JSON.stringify(l)).join("\n");
  const { events, problems } = parseTimeline(text, { file: "test.jsonl", defaultZone: ZONE });
  expect(problems).toEqual([]);
  return foldApplication(events as TimelineEvent[], { defaultZone: ZONE });
}

const at = (local: string) => parseDateTime(local, ZONE)!;

function action(kind: ActionKind, extra: Partial<Action> = {}): Action {
  return {
    app: "acme-pm",
    company: "Acme",
    kind,
    channels: kind === "thank-you" ? ["email", "card"] : ["email", "phone"],
    dueFrom: "2026-11-02T11:00:00-07:00",
    dueBy: "2026-11-03T11:00:00-07:00",
    zone: ZONE,
    overdue: false,
    rule: "thank-you-24h",
    reason: "Dana said you'd hear by Fri 13 Nov; it is now 3 business days later.",
    ...extra,
  };
}

const APPLICATION = {
  type: "application",
  app: "acme-pm",
  company: "Acme",
  role: "Product Manager",
  timezone: ZONE,
  contacts: [{ name: "Riley Park", email: "riley@acme.example", role: "recruiter" }],
};
const ROUND_1 = {
  type: "interview",
  app: "acme-pm",
  at: "2026-11-02T10:00" /* Mon */,
  interviewers: [
    { name: "Dana Lee", email: "dana@acme.example", role: "hiring-manager" },
    { name: "Sam Ortiz", email: "sam@acme.example" },
  ],
  topics: ["the pricing roadmap", "onboarding metrics"],
  decisionBy: "2026-11-13" /* Fri */,
};
const ROUND_2 = {
  type: "interview",
  app: "acme-pm",
  at: "2026-11-10T14:00" /* Tue */,
  interviewers: [{ name: "Dana Lee" }, { name: "Priya Shah" }],
  topics: ["team rituals"],
};

const SETTINGS = { name: "Ann Smith", email: "ann@example.org" };

const base = stateOf([APPLICATION, ROUND_1]);
const twoRounds = stateOf([APPLICATION, ROUND_1, ROUND_2]);
const afterRound1 = at("2026-11-02T15:00" /* Mon */);

describe("draft", () => {
  describe("thank-you", () => {
    const dana = draft({
      action: action("thank-you", { to: "Dana Lee", round: 1 }),
      state: base,
      settings: SETTINGS,
      now: afterRound1,
    });
    const sam = draft({
      action: action("thank-you", { to: "Sam Ortiz", round: 1 }),
      state: base,
      settings: SETTINGS,
      now: afterRound1,
    });

    it("is an email to the interviewer's address, with a subject and a card", () => {
      expect(dana.sendable).toBe(true);
      expect(dana.channel).toBe("email");
      expect(dana.to).toEqual({ name: "Dana Lee", email: "dana@acme.example" });
      // Every built-in thank-you subject thanks them or says it was good to meet.
      expect(dana.subject).toMatch(/^(Thank|Great to meet)/);
      expect(dana.card).toContain("Dana");
      expect(wordCount(dana.card!)).toBeLessThanOrEqual(60);
    });

    it.each([
      ["Dana", () => dana],
      ["Sam", () => sam],
    ])("to %s names them, the role, the company and a topic of that interview", (first, d) => {
      const text = d().body;
      expect(text).toMatch(new RegExp(`^(Dear|Hi) ${first},`));
      expect(text).toContain("Product Manager");
      expect(text).toContain("Acme");
      expect(text).toMatch(/the pricing roadmap|onboarding metrics/);
    });

    it("gives interviewers of one round different topics, phrasings and cards", () => {
      expect(dana.phrasings[0]).not.toBe(sam.phrasings[0]);
      expect(dana.phrasings[1]).not.toBe(sam.phrasings[1]);
      expect(dana.body.includes("the pricing roadmap")).not.toBe(
        sam.body.includes("the pricing roadmap"),
      );
      expect(dana.card).not.toBe(sam.card);
    });

    it("signs with the user's name and needs nothing more when everything is known", () => {
      expect(dana.body.split("\n").at(-1)).toBe("Ann Smith");
      expect(dana.card!.split("\n").at(-1)).toBe("Ann Smith");
      expect(dana.placeholders).toEqual([]);
    });

    it.each([
      ["2026-11-02T15:00" /* Mon */, "today"],
      ["2026-11-03T08:30" /* Tue */, "yesterday"],
      ["2026-11-05T09:00" /* Thu */, "on Monday"],
    ])("at %s says the interview was %s", (now, words) => {
      const d = draft({
        action: action("thank-you", { to: "Dana Lee", round: 1 }),
        state: base,
        settings: SETTINGS,
        now: at(now),
      });
      expect(d.body).toContain(` ${words}`);
    });

    it("leaves the topic out, without a placeholder, when the interview had none", () => {
      const { topics: _topics, ...noTopics } = ROUND_1;
      const state = stateOf([APPLICATION, noTopics]);
      for (const to of ["Dana Lee", "Sam Ortiz"]) {
        const d = draft({
          action: action("thank-you", { to, round: 1 }),
          state,
          settings: SETTINGS,
          now: afterRound1,
        });
        expect(d.body).not.toMatch(/\[|about\s*[,.]/);
        expect(d.placeholders).toEqual([]);
      }
    });

    it("speaks of the round it is for, and gives a repeat interviewer new words", () => {
      const now = at("2026-11-10T17:00" /* Tue */);
      const round2 = draft({
        action: action("thank-you", { to: "Dana Lee", round: 2 }),
        state: twoRounds,
        settings: SETTINGS,
        now,
      });
      const round1 = draft({
        action: action("thank-you", { to: "Dana Lee", round: 1 }),
        state: twoRounds,
        settings: SETTINGS,
        now,
      });
      expect(round2.body).toContain("team rituals");
      expect(round2.body).toContain("today");
      expect(round2.phrasings[0]).not.toBe(round1.phrasings[0]);
      expect(round2.phrasings[1]).not.toBe(round1.phrasings[1]);
    });

    it("greets someone whose name starts with a title by title and surname", () => {
      const state = stateOf([
        APPLICATION,
        { ...ROUND_1, interviewers: [{ name: "Dr. Maria Gonzalez" }] },
      ]);
      const d = draft({
        action: action("thank-you", { to: "Dr. Maria Gonzalez", round: 1 }),
        state,
        settings: SETTINGS,
        now: afterRound1,
      });
      expect(d.body).toMatch(/^(Dear|Hi) Dr\. Gonzalez,/);
    });

    it("greets someone recorded as 'Last, First' by their first name", () => {
      const state = stateOf([
        APPLICATION,
        { ...ROUND_1, interviewers: [{ name: "Lee, Dana", email: "dana@acme.example" }] },
      ]);
      for (const kind of ["thank-you", "check-in"] as const) {
        const d = draft({
          action: action(kind, { to: "Lee, Dana", round: 1 }),
          state,
          settings: SETTINGS,
          now: afterRound1,
        });
        expect(d.body).toMatch(/^(Dear|Hi) Dana,\n/);
      }
    });
  });

  describe("sign-off and missing facts", () => {
    it("signs [your name] and lists it when the settings have no name", () => {
      const d = draft({
        action: action("thank-you", { to: "Dana Lee", round: 1 }),
        state: base,
        settings: {},
        now: afterRound1,
      });
      expect(d.body.split("\n").at(-1)).toBe("[your name]");
      expect(d.placeholders).toContain("[your name]");
    });

    it("greets [their name] when nobody at the company is known", () => {
      const state = stateOf([{ ...APPLICATION, contacts: [] }]);
      const d = draft({
        action: action("check-in", { rule: "check-in-default-wait" }),
        state,
        settings: SETTINGS,
        now: afterRound1,
      });
      expect(d.to).toBeNull();
      expect(d.body).toContain("[their name]");
      expect(d.placeholders).toEqual(["[their name]"]);
    });
  });

  describe("check-in after an application met silence", () => {
    it("is one short email that names the day you applied and no interview", () => {
      const state = stateOf([{ ...APPLICATION, at: "2026-11-02T10:00" }]);
      const d = draft({
        action: action("check-in", { rule: "follow-up-after-application", to: "Riley Park" }),
        state,
        settings: SETTINGS,
        now: at("2026-11-17T10:00"),
      });
      expect(d.to?.name).toBe("Riley Park");
      expect(d.subject).toContain("Product Manager");
      expect(d.body).toContain("Monday 2 November");
      expect(d.body).not.toMatch(/interview/i);
      expect(d.phoneScript).toBeUndefined();
      expect(d.phrasings[0]).toMatch(/^check-in\.application/);
    });
  });

  describe("check-in", () => {
    const now = at("2026-11-18T10:00" /* Wed */);

    it("is an email and a phone script, naming the date they gave", () => {
      const d = draft({
        action: action("check-in", { rule: "check-in-after-decision-date" }),
        state: base,
        settings: SETTINGS,
        now,
      });
      // Every built-in check-in subject says it checks in, or names the role at the company.
      expect(d.subject).toMatch(/checking in|role at/i);
      expect(d.body).toContain("Friday 13 November");
      expect(d.phoneScript).toContain("Friday 13 November");
      expect(d.phoneScript).toContain("Ann Smith");
      expect(wordCount(d.body)).toBeLessThanOrEqual(90);
    });

    it("goes to the person who gave the decision date when the action names nobody", () => {
      const d = draft({ action: action("check-in"), state: base, settings: SETTINGS, now });
      expect(d.to?.name).toBe("Dana Lee");
    });

    it("goes to whoever wrote back last", () => {
      const state = stateOf([
        APPLICATION,
        ROUND_1,
        {
          type: "reply",
          app: "acme-pm",
          at: "2026-11-16T11:00",
          from: "Riley Park",
          signal: "still-deciding",
          decisionBy: "2026-11-20",
        },
      ]);
      const d = draft({
        action: action("check-in"),
        state,
        settings: SETTINGS,
        now: at("2026-11-20T09:00"),
      });
      expect(d.to).toEqual({ name: "Riley Park", email: "riley@acme.example" });
      expect(d.body).toContain("Friday 20 November");
    });

    it("mentions no date when none was given", () => {
      const { decisionBy: _d, ...undated } = ROUND_1;
      const d = draft({
        action: action("check-in", { rule: "check-in-default-wait", assumption: true }),
        state: stateOf([APPLICATION, undated]),
        settings: SETTINGS,
        now,
      });
      expect(d.body).not.toMatch(/November|decide by|\[/);
      expect(d.placeholders).toEqual([]);
    });

    it("never repeats a phrasing to the same person", () => {
      const sent = (i: number) => ({
        type: "sent",
        app: "acme-pm",
        at: `2026-11-${String(16 + i * 2).padStart(2, "0")}T10:00`,
        kind: "check-in",
        to: "Dana Lee",
      });
      const seen: string[] = [];
      for (let n = 0; n < 4; n++) {
        const state = stateOf([
          APPLICATION,
          ROUND_1,
          ...Array.from({ length: n }, (_, i) => sent(i)),
        ]);
        const d = draft({
          action: action("check-in", { to: "Dana Lee" }),
          state,
          settings: SETTINGS,
          now: at("2026-11-30T10:00"),
        });
        seen.push(d.phrasings[0]!);
      }
      expect(new Set(seen).size).toBe(4);
    });
  });

  describe("value-add", () => {
    const now = at("2026-12-01T10:00" /* Tue */);

    it("shares an article with a marked link and a line on why, both listed", () => {
      const d = draft({
        action: action("value-add", { variant: "article", rule: "value-add-still-open" }),
        state: base,
        settings: SETTINGS,
        now,
      });
      expect(d.variant).toBe("article");
      expect(d.body).toContain("[link to the article]");
      expect(d.placeholders).toEqual(
        expect.arrayContaining(["[link to the article]", "[one line on why it's relevant]"]),
      );
      expect(d.body).not.toMatch(/https?:/);
    });

    it("mentions one recent success, as a placeholder, once", () => {
      const d = draft({
        action: action("value-add", { variant: "achievement", rule: "value-add-still-open" }),
        state: base,
        settings: SETTINGS,
        now,
      });
      expect(d.body.split("[your recent success]").length - 1).toBe(1);
      expect(d.placeholders).toEqual(["[your recent success]"]);
    });
  });

  describe("final-thanks and keep-in-touch", () => {
    it.each(["final-thanks", "keep-in-touch"] as const)(
      "%s is a signed email to a contact",
      (kind) => {
        const d = draft({
          action: action(kind, {
            to: "Dana Lee",
            rule: kind === "keep-in-touch" ? "keep-in-touch" : "final-thanks-after-rejection",
          }),
          state: base,
          settings: SETTINGS,
          now: at("2026-11-20T10:00"),
        });
        expect(d.sendable).toBe(true);
        expect(d.subject).toMatch(kind === "final-thanks" ? /thank/i : /hello|touch|months on/i);
        expect(d.body).toMatch(/^(Dear|Hi) Dana,/);
        expect(d.body).toContain("Acme");
        expect(d.body.split("\n").at(-1)).toBe("Ann Smith");
      },
    );
  });

  describe("ask-timeline", () => {
    it("is the question for the next interview, when and with whom, and what to record", () => {
      const d = draft({
        action: action("ask-timeline", { rule: "ask-timeline" }),
        state: twoRounds,
        settings: SETTINGS,
        now: at("2026-11-05T10:00" /* Thu */),
      });
      expect(d.sendable).toBe(false);
      expect(d.channel).toBe("in-person");
      expect(d.subject).toBeNull();
      expect(d.body).toContain("Tue 10 Nov, 14:00");
      expect(d.body).toContain("Dana Lee and Priya Shah");
      expect(d.body).toMatch(/\?"$/);
      expect(d.note).toMatch(/date/);
    });
  });

  describe("let-go", () => {
    it("is no message, only a kind note to the user saying why", () => {
      const reason = "You sent 2 check-ins after Fri 13 Nov and neither got a reply.";
      const d = draft({
        action: action("let-go", { rule: "let-go-unanswered", reason }),
        state: base,
        settings: SETTINGS,
        now: at("2026-12-10T10:00"),
      });
      expect(d).toMatchObject({ sendable: false, channel: "none", to: null, subject: null });
      expect(d.body).toContain(reason);
      expect(d.body).toContain("Acme");
    });
  });

  describe("determinism and variety", () => {
    const names = fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{1,8} [A-Z][a-z]{1,10}$/), {
      minLength: 2,
      maxLength: 3,
      selector: (n) => n.split(" ")[0]!.toLowerCase(),
    });
    const appId = fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/);

    function roundState(app: string, people: readonly string[]): AppState {
      return stateOf([
        { ...APPLICATION, app, contacts: [] },
        { ...ROUND_1, app, interviewers: people.map((name) => ({ name })) },
      ]);
    }
    const thankYou = (app: string, to: string, state: AppState): Draft =>
      draft({
        action: { ...action("thank-you", { to, round: 1 }), app },
        state,
        settings: SETTINGS,
        now: afterRound1,
      });

    it("gives the same draft for the same input", () => {
      fc.assert(
        fc.property(appId, names, (app, people) => {
          const state = roundState(app, people);
          expect(thankYou(app, people[0]!, state)).toEqual(thankYou(app, people[0]!, state));
        }),
        { numRuns: 50 },
      );
    });

    it("lists exactly the placeholders its texts contain, and none for a fact it has", () => {
      const kinds: ActionKind[] = [
        "thank-you",
        "ask-timeline",
        "check-in",
        "value-add",
        "final-thanks",
        "keep-in-touch",
        "let-go",
      ];
      const seen = { placeholders: 0, none: 0 };
      fc.assert(
        fc.property(
          fc.constantFrom(...kinds),
          fc.option(fc.constantFrom("Ann Smith", "Zoë Ng"), { nil: undefined }),
          fc.boolean(),
          fc.boolean(),
          fc.constantFrom("article", "achievement") as fc.Arbitrary<"article" | "achievement">,
          (kind, name, withPeople, withTopics, variant) => {
            const interview = {
              ...ROUND_1,
              interviewers: withPeople ? ROUND_1.interviewers : [],
              topics: withTopics ? ROUND_1.topics : [],
            };
            const state = stateOf([{ ...APPLICATION, contacts: [] }, interview]);
            const d = draft({
              action: action(kind, {
                ...(withPeople && kind === "thank-you" ? { to: "Dana Lee", round: 1 } : {}),
                ...(kind === "value-add" ? { variant } : {}),
              }),
              state,
              settings: name ? { name } : {},
              now: at("2026-11-20T10:00"),
            });
            const texts = [d.subject, d.body, d.card, d.phoneScript, d.note].join("\n");
            const bracketed = new Set(texts.match(/\[[^[\]\n]+\]/g) ?? []);
            expect(new Set(d.placeholders)).toEqual(bracketed);
            seen[d.placeholders.length > 0 ? "placeholders" : "none"]++;
            if (name && d.sendable) expect(texts).toContain(name);
            if (name) expect(d.placeholders).not.toContain("[your name]");
            if (withPeople) expect(d.placeholders).not.toContain("[their name]");
          },
        ),
        { numRuns: 200 },
      );
      // Drafts with something left to fill in, and drafts with nothing.
      expect(seen.placeholders).toBeGreaterThanOrEqual(200 / 10);
      expect(seen.none).toBeGreaterThanOrEqual(200 / 10);
    });

    it("never gives two interviewers of one round the same email or card", () => {
      fc.assert(
        fc.property(appId, names, (app, people) => {
          const state = roundState(app, people);
          const drafts = people.map((p) => thankYou(app, p, state));
          expect(new Set(drafts.map((d) => d.body)).size).toBe(people.length);
          expect(new Set(drafts.map((d) => d.phrasings[0])).size).toBe(people.length);
          expect(new Set(drafts.map((d) => d.phrasings[1])).size).toBe(people.length);
        }),
        { numRuns: 100 },
      );
    });
  });
});

describe("topics in every template", () => {
  /** Odd topics as people type them, and the words a sentence needs. */
  const ODD: readonly (readonly [string, string])[] = [
    ["accessibility audit", "the accessibility audit"],
    ["SQL case study", "the SQL case study"],
    ["the roadmap", "the roadmap"],
    ["APIs", "APIs"],
    ["system design.", "the system design"],
  ];
  const builtIn = builtInTemplates();
  const withTopic = TEMPLATE_NAMES.filter((n) =>
    builtIn[n].some((p) => /\{\{\s*topics?\s*\}\}/.test(p.text)),
  );

  it("covers the templates that speak of a topic", () => {
    expect(withTopic).toEqual(
      expect.arrayContaining(["thank-you", "thank-you.card", "value-add.article"]),
    );
  });

  describe.each(withTopic)("%s", (name) => {
    it.each(ODD)("phrases %j grammatically in every phrasing", (raw, phrase) => {
      const state = stateOf([APPLICATION, { ...ROUND_1, topics: [raw] }]);
      const kind = TEMPLATE_SPECS[name].kind;
      const variant = name.endsWith(".achievement") ? "achievement" : "article";
      for (const phrasing of builtIn[name]) {
        const d = draft({
          action: action(kind, {
            to: "Dana Lee",
            ...(kind === "thank-you" ? { round: 1 } : {}),
            ...(kind === "value-add" ? { variant } : {}),
          }),
          state,
          settings: SETTINGS,
          now: afterRound1,
          templates: { ...builtIn, [name]: [phrasing] },
        });
        const text = [d.subject, d.body, d.card].filter(Boolean).join("\n");
        if (!phrasing.text.includes("topic")) continue;
        expect(text, phrasing.id).toContain(phrase);
        // The bare words never stand without the article they need.
        const bare = raw.replace(/\.$/, "");
        if (phrase !== bare) expect(text.split(phrase).join(""), phrasing.id).not.toContain(bare);
        expect(text, phrasing.id).not.toMatch(/\.\.|\bthe the\b|\s[.,]/i);
      }
    });
  });
});

describe("drafts that follow the conversation", () => {
  const thanked = { type: "sent", app: "acme-pm", at: "2026-11-02T16:00", kind: "thank-you" };

  it("welcome someone back on their first day after an out-of-office reply", () => {
    const state = stateOf([
      APPLICATION,
      ROUND_1,
      thanked,
      {
        type: "reply",
        app: "acme-pm",
        at: "2026-11-16T09:00",
        from: "Dana Lee",
        signal: "out-of-office",
        returnOn: "2026-11-20",
      },
    ]);
    const checkIn = (now: string) =>
      draft({
        action: action("check-in", { to: "Dana Lee", rule: "wait-out-of-office" }),
        state,
        settings: SETTINGS,
        now: at(now),
      }).body;
    expect(checkIn("2026-11-23T09:00" /* Mon, back */)).toMatch(
      /^(Dear|Hi) Dana,\n\nWelcome back\. /,
    );
    expect(checkIn("2026-11-18T09:00" /* still away */)).not.toContain("Welcome back");
  });

  it("mention the next steps they promised", () => {
    const state = stateOf([
      APPLICATION,
      ROUND_1,
      thanked,
      {
        type: "reply",
        app: "acme-pm",
        at: "2026-11-06T09:00",
        from: "Dana Lee",
        signal: "encouraging",
        text: "Thanks for your note, Ann! I'll be in touch about next steps.",
      },
    ]);
    const d = draft({
      action: action("check-in", { to: "Dana Lee", rule: "check-in-after-decision-date" }),
      state,
      settings: SETTINGS,
      now: at("2026-11-18T09:00"),
    });
    expect(d.body).toContain("You mentioned you'd be in touch about next steps.");
    expect(d.body).toContain("Friday 13 November");
  });

  describe("mention the day their latest reply named, once, as theirs", () => {
    const replied = (text: string) =>
      stateOf([
        APPLICATION,
        ROUND_1,
        thanked,
        {
          type: "reply",
          app: "acme-pm",
          at: "2026-11-12T09:00",
          from: "Dana Lee",
          signal: "still-deciding",
          decisionBy: "2026-12-11",
          text,
        },
      ]);
    const checkIns = (state: AppState) =>
      (["check-in", "check-in.phone"] as const).flatMap((name) =>
        builtInTemplates()[name].map((phrasing) => {
          const d = draft({
            action: action("check-in", { to: "Dana Lee", rule: "check-in-after-decision-date" }),
            state,
            settings: SETTINGS,
            now: at("2026-12-16T09:00"),
            templates: { ...builtInTemplates(), [name]: [phrasing] },
          });
          return { id: phrasing.id, text: `${d.subject ?? ""}\n${d.body}` };
        }),
      );

    it("in every check-in phrasing, instead of the interview's older date", () => {
      for (const { id, text } of checkIns(replied("Thanks, Ann. We hope to decide by 11 Dec."))) {
        expect(text.split("Friday 11 December").length - 1, id).toBe(1);
        expect(text, id).not.toContain("13 November");
        expect(text, id).not.toMatch(/\.\.|\s[.,]|,,|\bby by\b/);
      }
      const email = checkIns(replied("Thanks, Ann. We hope to decide by 11 Dec."))[0]!;
      expect(email.text).toContain("You mentioned you'd decide by Friday 11 December.");
    });

    it("with what they promised to do by then", () => {
      const [email] = checkIns(replied("Thanks, Ann! I'll get back to you by Friday 11 Dec."));
      expect(email!.text).toContain("You mentioned you'd get back to me by Friday 11 December.");
    });
  });

  it("answer what their reply asked for, in the writer's words", () => {
    const state = stateOf([
      APPLICATION,
      ROUND_1,
      thanked,
      {
        type: "reply",
        app: "acme-pm",
        at: "2026-11-05T10:00",
        from: "Dana Lee",
        signal: "next-step",
        text: "We'd like you to come in for a final round; what's your availability?",
      },
    ]);
    const d = draft({
      action: action("reply", { to: "Dana Lee", rule: "answer-their-question" }),
      state,
      settings: SETTINGS,
      now: at("2026-11-05T12:00"),
    });
    expect(d.sendable).toBe(true);
    expect(d.body).toContain("my availability");
    expect(d.placeholders).toContain("[your answer]");
  });
});
