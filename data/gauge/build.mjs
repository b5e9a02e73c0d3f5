// Builds data/gauge/corpus.jsonl: the hand-written replies in ./source/hand-*.mjs, replies
// composed from hand-written pieces below (greetings, openers, one core message per signal,
// closers, signatures, quoted history, typos), and the replies in ./source/real-*.mjs, written
// after the catalogue of real replies in ../README.md ("What real replies say"), each naming
// the catalogue pattern it stands for. Run: `node data/gauge/build.mjs`.
//
// The split is fixed by position (every 10 replies: 3 test, 7 train) and written into the
// file, so it never changes when the file is rebuilt. The composer is seeded: the same
// source gives the same corpus, byte for byte. The real-* replies come last, so adding a
// file appends lines and never moves an existing one.
import { readdirSync, writeFileSync } from "node:fs";
import hand1 from "./source/hand-1.mjs";
import hand2 from "./source/hand-2.mjs";
import hand3 from "./source/hand-3.mjs";
import hand4 from "./source/hand-4.mjs";
import hand5 from "./source/hand-5.mjs";

/** When each reply arrived, and in which zone. */
const RECEIVED = {
  W: ["2026-11-18T11:02", "America/Denver"], // Wed
  M: ["2026-11-23T09:15", "Europe/London"], // Mon
  F: ["2026-12-04T16:40", "America/New_York"], // Fri
  T: ["2026-10-13T14:20", "America/Chicago"], // Tue
  S: ["2026-11-19T08:30", "Australia/Sydney"], // Thu
  I: ["2026-11-24T10:05", "Asia/Kolkata"], // Tue
  A: ["2026-11-28T10:30", "Europe/London"], // Sat
  P: ["2026-12-09T13:10", "America/Los_Angeles"], // Wed
  B: ["2026-11-30T08:45", "Europe/Berlin"], // Mon
  U: ["2026-12-13T21:15", "Europe/Paris"], // Sun
  J: ["2026-10-30T17:45", "America/Toronto"], // Fri
};

/**
 * Decision-date phrases and the day each means from each received time (see README.md,
 * "Dates"), worked out by hand on a calendar. A phrase is only used with the received
 * times listed for it.
 */
const DATE_PHRASES = [
  ["by Friday", { W: "2026-11-20", M: "2026-11-27", T: "2026-10-16", S: "2026-11-20" }],
  [
    "by the end of next week",
    { W: "2026-11-27", M: "2026-12-04", F: "2026-12-11", T: "2026-10-23", S: "2026-11-27" },
  ],
  [
    "within two weeks",
    { W: "2026-12-02", M: "2026-12-07", F: "2026-12-18", T: "2026-10-27", S: "2026-12-03" },
  ],
  [
    "early next month",
    { W: "2026-12-10", M: "2026-12-10", F: "2027-01-10", T: "2026-11-10", S: "2026-12-10" },
  ],
  [
    "in the next few days",
    { W: "2026-11-21", M: "2026-11-26", F: "2026-12-07", T: "2026-10-16", S: "2026-11-22" },
  ],
  [
    "next week",
    { W: "2026-11-27", M: "2026-12-04", F: "2026-12-11", T: "2026-10-23", S: "2026-11-27" },
  ],
  ["by Tuesday, December 1", { W: "2026-12-01", M: "2026-12-01", S: "2026-12-01" }],
  [
    "by the end of the month",
    { W: "2026-11-30", M: "2026-11-30", T: "2026-10-31", S: "2026-11-30" },
  ],
  ["by Monday", { W: "2026-11-23", F: "2026-12-07", T: "2026-10-19", S: "2026-11-23" }],
  [
    "by the end of this week",
    { W: "2026-11-20", M: "2026-11-27", T: "2026-10-16", S: "2026-11-20" },
  ],
  [
    "in a week or two",
    { W: "2026-12-02", M: "2026-12-07", F: "2026-12-18", T: "2026-10-27", S: "2026-12-03" },
  ],
  ["by 11 December", { W: "2026-12-11", M: "2026-12-11", F: "2026-12-11", S: "2026-12-11" }],
  [
    "by mid-December",
    { W: "2026-12-20", M: "2026-12-20", F: "2026-12-20", T: "2026-12-20", S: "2026-12-20" },
  ],
  ["before October 30", { T: "2026-10-30" }],
];

/** Return-date phrases of out-of-office replies, and the day the sender is back. */
const RETURN_PHRASES = [
  ["until Monday 30 November", { W: "2026-11-30", M: "2026-11-30", S: "2026-11-30" }],
  [
    "and will be back on Tuesday, December 1",
    { W: "2026-12-01", M: "2026-12-01", S: "2026-12-01" },
  ],
  ["until December 14", { W: "2026-12-14", M: "2026-12-14", F: "2026-12-14", S: "2026-12-14" }],
  ["and will return on Monday, October 26", { T: "2026-10-26" }],
  ["returning January 4", { F: "2027-01-04", W: "2027-01-04", M: "2027-01-04" }],
  ["until 7th December", { W: "2026-12-07", M: "2026-12-07", S: "2026-12-07" }],
  ["through Friday, November 27", { W: "2026-11-28", M: "2026-11-28" }],
  ["", {}], // no date given
];

const NAMES = [
  "Sam",
  "Priya",
  "Chris",
  "Jordan",
  "Alex",
  "Mei",
  "Tom",
  "Lena",
  "Ravi",
  "Olivia",
  "Jamie",
  "Ana",
];
const SENDERS = [
  ["Dana Lee", "Hiring Manager", "Acme"],
  ["Helen Marsh", "Talent Acquisition Partner", "Northgate Insurance"],
  ["Riley Chen", "Recruiter", "Brightpath"],
  ["Morgan Blake", "Senior Technical Recruiter", "Fieldstone Labs"],
  ["Fiona Grant", "HR Manager", "Harwood & Lyle"],
  ["Kim Nguyen", "Engineering Manager", "Lumen"],
  ["Victor Ames", "Head of People", "Orbital"],
  ["Jess Patel", "Director of Product", "Cobalt Health"],
];

const GREETINGS = [
  "Hi {n},",
  "Hello {n},",
  "Dear {n},",
  "Hey {n}!",
  "Hi {n} -",
  "{n},",
  "Good morning {n},",
  "",
];
const OPENERS = [
  "Thanks for following up.",
  "Thank you for checking in.",
  "Thanks so much for your note.",
  "Apologies for the slow reply.",
  "Thank you for your email.",
  "Hope you're well, and thanks for reaching out.",
  "Sorry for the radio silence!",
  "Thanks for the lovely thank-you note.",
  "",
  "",
];
const CLOSERS = [
  "",
  "",
  "Thanks again for your patience.",
  "Have a great week.",
  "Any questions, just let me know.",
  "Hope you have a good weekend.",
];
const SIGN_OFFS = [
  "Best,",
  "Kind regards,",
  "Thanks,",
  "Cheers,",
  "Best regards,",
  "Many thanks,",
  "Warm regards,",
  "Regards,",
];

/** The core of each reply, by signal. `{d}` is a decision-date phrase, `{day}` a decoy day. */
const CORES = {
  offer: [
    "We're delighted to offer you the {role} position! The formal offer letter is attached, with a proposed start date of {day}.",
    "I'm very pleased to let you know that we'd like to offer you the role. HR will send the written offer today; we'd love you to start on {day}.",
    "Great news: the panel approved and we'd like to extend an offer for the {role} role. Can we talk through compensation tomorrow?",
    "Congratulations - you got the job! Your offer letter, including base salary and equity, is on its way.",
    "We are pleased to offer you the post of {role}, subject to references. Your contract will follow, with a start date of {day}.",
    "On behalf of the whole team, I'm thrilled to make you an offer to join us as {role}. Details of the package are attached.",
  ],
  "next-step": [
    "The team would like to invite you to a final interview on {day}. Could you confirm a time that suits you?",
    "We'd like to move you forward to the next round, a technical interview with two of our engineers. Please share your availability.",
    "The hiring manager would love to meet you in person. Are you free on {day}?",
    "Next step is a short take-home exercise; instructions attached. We'd then schedule a call to go through it.",
    "We're pleased to progress you to the second stage: a panel interview at our office. Please book a slot using the scheduling link below.",
    "Before we finalise anything we'd like to run reference checks - could you send two referees?",
    "We'd like to bring you back to meet the wider team on {day}. Let me know what times work.",
  ],
  encouraging: [
    "The team really enjoyed meeting you and you're one of our top candidates. We expect to decide {d}.",
    "Everyone was genuinely impressed with your interview. We hope to have news {d}.",
    "You made a great impression on the panel and are very much in the running. We'll be making a decision {d}.",
    "Honestly, the feedback was really positive across the board. We're finishing the last interviews and aim to decide {d}.",
    "The team loved your presentation and you're a strong contender. I'll keep you posted.",
    "You're one of our finalists, and the team was very impressed. Still a couple of conversations to have, but we'd love to keep talking.",
  ],
  "still-deciding": [
    "We haven't made a decision yet, but we hope to decide {d}.",
    "We're still interviewing and expect to make a decision {d}.",
    "No decision yet - we should have an update for you {d}.",
    "We're still reviewing feedback from the panel. You should hear from us {d}.",
    "Things are taking a little longer than planned; we now expect to decide {d}.",
    "The team is still deliberating. I'll let you know as soon as we have an update.",
    "We're still in the process of interviewing and will get back to you once we've made a decision.",
    "There's no final decision yet; the hiring manager is out this week. I'll be in touch {d}.",
  ],
  "brush-off": [
    "We'll reach out if anything changes.",
    "We will keep your CV on file and be in touch should a suitable opportunity come up.",
    "There's no update at this time. We'll let you know if there's any news.",
    "I'm not able to share a timeline at the moment. If we need anything further, we'll contact you.",
    "The role is on hold for the foreseeable future. Feel free to keep an eye on our careers page.",
    "We have a high volume of applications, so there is nothing new to share. We'll be in touch if the situation changes.",
    "We'll keep your resume on file for future openings.",
  ],
  rejection: [
    "We were impressed by your background; however, we have decided to move forward with other candidates.",
    "Unfortunately, we won't be moving forward with your application at this time.",
    "After careful consideration, we've decided to proceed with a candidate whose experience more closely matches the role.",
    "The team really enjoyed meeting you, but I'm sorry to say we've offered the role to someone else.",
    "I regret to inform you that your application has not been successful on this occasion.",
    "The position has been filled, so we will not be taking your application further.",
    "It was a close call, but we've decided to go in a different direction. We wish you the very best in your search.",
    "While your skills are impressive, we have chosen to pursue other applicants for this role.",
  ],
};

const OOO_CORES = [
  "Thank you for your email. I am currently out of the office {r} with limited access to email.",
  "Automatic reply: I'm on annual leave {r}. For urgent matters please contact {email}.",
  "I'm out of the office {r}. I will respond to your message when I return.",
  "Auto-reply: I am away from the office {r} and will not be checking email. In my absence, please contact {email}.",
  "Hi, thanks for your message! I'm currently on vacation {r}. I'll get back to you when I'm back.",
];

const ROLES = [
  "Product Manager",
  "Data Analyst",
  "Backend Engineer",
  "UX Designer",
  "Marketing Executive",
  "Operations Lead",
];
const DECOY_DAYS = {
  W: "Tuesday, December 1",
  M: "Thursday 3 December",
  F: "Monday, December 14",
  T: "Tuesday, October 20",
  S: "Tuesday 24 November",
};

/** Common typos, applied to some composed replies. */
const TYPOS = [
  [/\bunfortunately\b/i, "unfortunatly"],
  [/\breceived\b/i, "recieved"],
  [/\bdecision\b/i, "desicion"],
  [/\bforward\b/i, "foward"],
  [/\bthe\b/, "teh"],
  [/\binterview\b/i, "intreview"],
  [/\bdefinitely\b/i, "definately"],
  [/\bcandidates\b/i, "candiates"],
];

const QUOTES = [
  (n, s) =>
    `\n\nOn Tue, Nov 17, 2026 at 9:41 AM ${n} <${n.toLowerCase()}@example.com> wrote:\n> Hi ${s.split(" ")[0]}, I hope you're well! I wanted to follow up on my interview.\n> I'm really excited about the role and would love to hear any news by Friday.\n> Best, ${n}`,
  (n, s) =>
    `\n\n-----Original Message-----\nFrom: ${n} <${n.toLowerCase()}@example.com>\nSent: Monday, November 16, 2026 3:12 PM\nTo: ${s}\nSubject: Checking in\n\nHi ${s.split(" ")[0]}, unfortunately I missed your call. Just checking in on the decision - I'm still very keen!`,
  (n) =>
    `\n\n> Thanks again for the interview! I really enjoyed meeting the team and learning about the next steps.\n> ${n}`,
];

let seed = 20261125;
function rand() {
  // A small LCG: the corpus must be the same on every rebuild.
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

/** The received times the composer draws from: only the first five, so that adding a time
 * for the real-* replies never changes a composed one. */
const COMPOSER_KEYS = ["W", "M", "F", "T", "S"];

function compose(signal) {
  const keys = COMPOSER_KEYS;
  let key = pick(keys);
  let core = pick(signal === "out-of-office" ? OOO_CORES : CORES[signal]);
  let decisionBy = null;
  let returnOn = null;
  if (core.includes("{d}")) {
    const [phrase, days] = pick(DATE_PHRASES);
    const usable = Object.keys(days);
    key = usable.includes(key) ? key : pick(usable);
    decisionBy = days[key];
    core = core.replace("{d}", phrase);
  }
  if (core.includes("{r}")) {
    const [phrase, days] = pick(RETURN_PHRASES);
    const usable = Object.keys(days);
    if (usable.length > 0) {
      key = usable.includes(key) ? key : pick(usable);
      returnOn = days[key];
    }
    core = core.replace(" {r}", phrase ? ` ${phrase}` : "");
  }
  core = core
    .replace("{day}", DECOY_DAYS[key])
    .replace("{role}", pick(ROLES))
    .replace("{email}", "talent@example.com");
  const [sender, title, company] = pick(SENDERS);
  const name = pick(NAMES);
  const auto = signal === "out-of-office";
  const parts = [];
  if (!auto) {
    const g = pick(GREETINGS).replace("{n}", name);
    if (g) parts.push(g);
    const o = pick(OPENERS);
    parts.push([o, core].filter(Boolean).join(" "));
    const c = pick(CLOSERS);
    if (c) parts.push(c);
    const style = rand();
    if (style < 0.35) parts.push(`${pick(SIGN_OFFS)}\n${sender.split(" ")[0]}`);
    else if (style < 0.7)
      parts.push(
        `${pick(SIGN_OFFS)}\n${sender}\n${title} | ${company}\n+1 (555) 01${Math.floor(rand() * 90 + 10)}-${Math.floor(rand() * 9000 + 1000)}`,
      );
    else if (style < 0.8) parts.push(`${sender.split(" ")[0]}\n\nSent from my iPhone`);
  } else {
    parts.push(core);
  }
  let text = parts.join("\n\n");
  if (rand() < 0.15) {
    const [re, to] = pick(TYPOS);
    text = text.replace(re, to);
  }
  if (rand() < 0.12) text = text.toLowerCase();
  if (rand() < 0.3) text += pick(QUOTES)(name, sender);
  return { key, text, signal, decisionBy, returnOn };
}

const COMPOSED_COUNTS = {
  offer: 20,
  "next-step": 22,
  encouraging: 22,
  "still-deciding": 28,
  "brush-off": 22,
  rejection: 26,
  "out-of-office": 30,
};

const hand = [...hand1, ...hand2, ...hand3, ...hand4, ...hand5].map(
  ([signal, key, decisionBy, returnOn, text]) => ({
    key,
    text,
    signal,
    decisionBy,
    returnOn,
    source: "hand",
  }),
);
const composed = [];
for (const [signal, n] of Object.entries(COMPOSED_COUNTS)) {
  for (let i = 0; i < n; i++) composed.push({ ...compose(signal), source: "composed" });
}

// real-1.mjs, real-2.mjs, ... in numeric order; each entry:
// [signal, received, decisionBy, returnOn, pattern, text].
const realFiles = readdirSync(new URL("./source/", import.meta.url))
  .filter((f) => /^real-\d+\.mjs$/.test(f))
  .sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0]));
const real = [];
for (const f of realFiles) {
  const { default: entries } = await import(`./source/${f}`);
  for (const [signal, key, decisionBy, returnOn, pattern, text] of entries) {
    if (!RECEIVED[key]) throw new Error(`${f}: unknown received time "${key}"`);
    real.push({ key, text, signal, decisionBy, returnOn, pattern, source: "hand" });
  }
}

const TEST_POSITIONS = new Set([1, 4, 7]);
const lines = [];
for (const [prefix, list] of [
  ["h", hand],
  ["c", composed],
  ["r", real],
]) {
  list.forEach((r, i) => {
    const [received, zone] = RECEIVED[r.key];
    lines.push(
      JSON.stringify({
        id: `${prefix}${String(i + 1).padStart(3, "0")}`,
        text: r.text,
        received,
        zone,
        signal: r.signal,
        decisionBy: r.decisionBy,
        returnOn: r.returnOn,
        ...(r.pattern ? { pattern: r.pattern } : {}),
        source: r.source,
        split: TEST_POSITIONS.has(i % 10) ? "test" : "train",
      }),
    );
  });
}
writeFileSync(new URL("./corpus.jsonl", import.meta.url), `${lines.join("\n")}\n`);
process.stdout.write(
  `wrote ${lines.length} replies (${hand.length} hand-written, ${composed.length} composed, ${real.length} from the catalogue of real replies)\n`,
);
