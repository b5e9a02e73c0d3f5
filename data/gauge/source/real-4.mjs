// Replies written after the catalogue of real replies in ../README.md ("What real replies
// say"), batch 4: hard cases the catalogue names that batches 1-3 did not yet cover. Every
// name, company and address is invented; no sentence is copied from a real reply or
// template. Each entry:
// [signal, received (see ../build.mjs RECEIVED), decisionBy, returnOn, pattern, text],
// where pattern names the catalogue pattern the reply stands for.
export default [
  [
    "rejection",
    "W",
    null,
    null,
    "rej.ats-noreply",
    `Hi Sam,

Thank you for considering Ferncliff Systems as the next step in your career, and for the time you put into your application.

Unfortunately, we will not be proceeding with your candidacy for the Solutions Architect role at this time. We're growing quickly, so please keep an eye on our careers page.

The Ferncliff Systems Team`,
  ],
  [
    "rejection",
    "U",
    null,
    null,
    "rej.non-native",
    `Bonjour Camille,

Nous vous remercions de l'intérêt porté à Lumora. Après examen de votre candidature, nous avons décidé de poursuivre avec d'autres candidats.

Hello Camille,

Thank you for your interest in Lumora. After reviewing your application, we have decided to continue with other candidates.

L'équipe Talent / The Talent Team`,
  ],
  ["rejection", "P", null, null, "rej.one-line", `Declined.`],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.praise-then-no",
    `Dear Priya,

Thank you for your interest in the Analyst role at Norbridge Analytics. After careful consideration, we will not be taking your application further. This decision does not reflect negatively on your qualifications; the process was extremely competitive.

We wish you every success.

Norbridge Analytics Careers`,
  ],
  [
    "still-deciding",
    "I",
    null,
    null,
    "sd.other-language",
    `Olá Rahul,

Analisámos o seu currículo e decidimos não avançar com a sua candidatura neste momento, mas vamos guardá-lo para futuras oportunidades.

Obrigado,
Equipa de Recrutamento`,
  ],
  [
    "still-deciding",
    "S",
    null,
    null,
    "sd.auto-ack",
    `Auto-reply: Your email has been received. I will read it and reply as soon as I can. Thank you!`,
  ],
  [
    "out-of-office",
    "B",
    null,
    "2026-12-07",
    "ooo.bilingual",
    `Ich bin bis einschlie�lich 4.12.2026 nicht im B�ro und ab dem 7.12. wieder erreichbar.

I am out of the office until 4 December 2026 and back on 7 December.

Hinweis: Dies ist eine automatische Antwort auf Ihre Nachricht "Bewerbung Data Engineer".`,
  ],
  [
    "encouraging",
    "T",
    null,
    null,
    "enc.praise-open",
    `Hi Jordan, just so you know, we're still thinking of you for this role - you left a strong impression on the whole panel. We'll have more to share soon.

Morgan`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.feedback",
    `Hi Chris,

Thanks for your questions about the decision. I'm afraid the outcome is final and we won't be moving forward, but I'm happy to set up a 15-minute call to share the panel's feedback if that would help.

Riley`,
  ],
];
