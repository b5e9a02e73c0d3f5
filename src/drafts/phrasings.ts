/**
 * The built-in phrasings, several per template, so that two interviewers of one round never
 * get the same note and no one gets the same words twice (see ./choose.ts).
 *
 * Tone, from the guide: courteous, respectful, brief, "cool and casual"; never desperate,
 * never pushy, never apologising for following up. Every phrasing here is checked by
 * ./tone.test.ts (length limits, exclamation marks, pushy phrases), with long values in
 * every field, so a new phrasing that breaks the tone fails the tests.
 *
 * Facts: a phrasing states only what hearback knows (fields) or what the user must fill in
 * (needed fields render as `[placeholders]`). Optional fields sit in sections so a sentence
 * disappears when its fact is unknown, rather than being guessed.
 */
import type { TemplateName } from "./templates.js";

const thankYou = [
  `Subject: Thank you for your time, {{first_name}}

Dear {{first_name}},

Thank you for taking the time to speak with me {{interview_when}} about the {{role}} role at {{company}}. {{#topic}}I especially enjoyed our conversation about {{topic}}, and it made the work sound even more interesting.{{/topic}}{{^topic}}Our conversation made the work sound even more interesting.{{/topic}}

If there is anything else I can share, I would be glad to. I look forward to hearing about the next steps.

Best regards,
{{your_name}}`,
  `Subject: Thank you: {{role}} interview

Hi {{first_name}},

Thanks again for meeting with me {{interview_when}}. I enjoyed learning more about the {{role}} position and the team at {{company}}.{{#topic}} Our discussion of {{topic}} has stayed with me since.{{/topic}}

I'm excited about the chance to contribute, and happy to answer any further questions.

Kind regards,
{{your_name}}`,
  `Subject: Great to meet you, {{first_name}}

Dear {{first_name}},

I appreciated the time you gave me {{interview_when}}. It was a pleasure to hear how you think about the {{role}} role at {{company}}{{#topic}}, especially {{topic}}{{/topic}}.

Our conversation confirmed how much I would enjoy working with your team. Please let me know if I can provide anything else.

With thanks,
{{your_name}}`,
  `Subject: Thanks for the conversation about the {{role}} role

Hi {{first_name}},

Thank you for a great conversation {{interview_when}}. {{#topic}}Talking through {{topic}} with you gave me a clearer picture of what the {{role}} role involves at {{company}}.{{/topic}}{{^topic}}It gave me a clearer picture of what the {{role}} role involves at {{company}}.{{/topic}}

I'm very interested in the role and would welcome the chance to keep the conversation going.

All the best,
{{your_name}}`,
  `Subject: Thank you from {{your_name}}

Dear {{first_name}},

Thank you for interviewing me {{interview_when}} for the {{role}} position at {{company}}. I valued hearing your perspective{{#topic}} on {{topic}}{{/topic}}, and I left even more enthusiastic about the opportunity.

Please don't hesitate to reach out if you need anything further from me.

Warm regards,
{{your_name}}`,
];

const thankYouCard = [
  `Dear {{first_name}},

Thank you for meeting with me about the {{role}} role. {{#topic}}I enjoyed our conversation about {{topic}}. {{/topic}}I would love to be part of the team at {{company}}.

With gratitude,
{{your_name}}`,
  `Dear {{first_name}},

Thank you for taking the time to talk with me. {{#topic}}Hearing your thoughts on {{topic}} was a highlight. {{/topic}}I'm excited about the {{role}} role at {{company}}.

Warmly,
{{your_name}}`,
  `Dear {{first_name}},

It was a pleasure to meet you and learn about the {{role}} role at {{company}}. Thank you for the thoughtful conversation{{#topic}} about {{topic}}{{/topic}}.

Best wishes,
{{your_name}}`,
  `Hi {{first_name}},

Thank you for the interview and for sharing your view of {{company}}. {{#topic}}I enjoyed our talk about {{topic}}. {{/topic}}I would be glad to work with you.

Kind regards,
{{your_name}}`,
  `Dear {{first_name}},

Many thanks for your time and your insight into the {{role}} role. {{#topic}}Our talk about {{topic}} made me even keener to join {{company}}.{{/topic}}{{^topic}}I came away even keener to join {{company}}.{{/topic}}

Sincerely,
{{your_name}}`,
];

const askTimeline = [
  `At the end of your next interview{{#next_interview}} ({{next_interview}}{{#next_interviewers}}, with {{next_interviewers}}{{/next_interviewers}}){{/next_interview}}, ask:

"Before we wrap up, what does the timeline look like for a decision, and when might I expect to hear from you?"`,
  `Near the end of your next interview{{#next_interview}} ({{next_interview}}{{#next_interviewers}}, with {{next_interviewers}}{{/next_interviewers}}){{/next_interview}}, ask:

"What are the next steps from here, and when do you expect to make a decision?"`,
  `When they ask if you have questions at your next interview{{#next_interview}} ({{next_interview}}{{#next_interviewers}}, with {{next_interviewers}}{{/next_interviewers}}){{/next_interview}}, ask:

"Could you tell me roughly when you hope to decide, so I know when to expect news?"`,
  `Before your next interview ends{{#next_interview}} ({{next_interview}}{{#next_interviewers}}, with {{next_interviewers}}{{/next_interviewers}}){{/next_interview}}, ask:

"What's the timeline for the rest of the process, and when would be a good time for me to check in?"`,
];

const askTimelineNote = [
  `When they give you a date, add it to hearback as the interview's decision date (decisionBy). The check-in is then planned a few days after that date, instead of from a default wait.`,
];

const checkIn = [
  `Subject: Checking in: {{role}} at {{company}}

Hi {{first_name}},

{{#welcome_back}}Welcome back. {{/welcome_back}}{{#their_promise}}You mentioned {{their_promise}}. {{/their_promise}}I hope your week is going well. {{^their_date}}{{#decision_date}}I know the team hoped to decide on the {{role}} role by {{decision_date}}, so I wanted to check in on where things stand.{{/decision_date}}{{^decision_date}}I wanted to check in on where things stand with the {{role}} role.{{/decision_date}}{{/their_date}}{{#their_date}}I wanted to check in on where things stand with the {{role}} role.{{/their_date}}

I'm still very interested, and happy to send anything that would help.

Best regards,
{{your_name}}`,
  `Subject: {{role}} role: checking in

Dear {{first_name}},

{{#welcome_back}}Welcome back. {{/welcome_back}}{{#their_promise}}You mentioned {{their_promise}}. {{/their_promise}}I wanted to touch base about the {{role}} position and see how the timing is looking{{^their_date}}{{#decision_date}}, as I understand a decision was planned for around {{decision_date}}{{/decision_date}}{{/their_date}}.

I remain enthusiastic about joining {{company}}. Please let me know if there's anything further you need from me.

Kind regards,
{{your_name}}`,
  `Subject: The {{role}} role at {{company}}

Hi {{first_name}},

{{#welcome_back}}Welcome back. {{/welcome_back}}{{#their_promise}}You mentioned {{their_promise}}. {{/their_promise}}I hope all is well at {{company}}. I'm writing to see how the search for the {{role}} role is progressing{{^their_date}}{{#decision_date}}, as I know you were aiming to decide around {{decision_date}}{{/decision_date}}{{/their_date}}.

I understand these things take time, and I'm still keen on the opportunity.

All the best,
{{your_name}}`,
  `Subject: Checking in from {{your_name}}

Dear {{first_name}},

{{#welcome_back}}Welcome back. {{/welcome_back}}{{#their_promise}}You mentioned {{their_promise}}. {{/their_promise}}I wanted to check in about the {{role}} position at {{company}}.{{^their_date}}{{#decision_date}} I recall that a decision was expected by {{decision_date}}.{{/decision_date}}{{/their_date}} If it would help, I'm glad to provide references or answer any further questions.

I continue to be very interested and look forward to hearing from you when the time is right.

Best wishes,
{{your_name}}`,
];

const checkInPhone = [
  `Hi {{first_name}}, this is {{your_name}}. I interviewed for the {{role}} role{{#interview_day}} on {{interview_day}}{{/interview_day}}. {{#their_date}}You mentioned {{their_promise}}, so {{/their_date}}{{^their_date}}{{#decision_date}}I know you hoped to decide by {{decision_date}}, so {{/decision_date}}{{/their_date}}I'm calling to check in on where things stand. I'm still very interested. Is there anything else I can share?

If you reach voicemail: leave your name, the role and your number, and say you're happy to talk whenever suits them.`,
  `Hello {{first_name}}, it's {{your_name}}, calling about the {{role}} position at {{company}}. I wanted to see how the process is going{{#their_date}}, since you mentioned {{their_promise}}{{/their_date}}{{^their_date}}{{#decision_date}}, since the decision was planned for around {{decision_date}}{{/decision_date}}{{/their_date}}. I'm still excited about the role, and glad to help with anything you need from me.

Voicemail: keep it under 30 seconds: your name, the role, your number, and thanks.`,
  `Hi {{first_name}}, {{your_name}} here. We spoke about the {{role}} role{{#interview_day}} on {{interview_day}}{{/interview_day}}. Do you have a moment? I'd love to hear where things stand{{#their_date}}, as you mentioned {{their_promise}}{{/their_date}}{{^their_date}}{{#decision_date}}, as I know a decision was expected around {{decision_date}}{{/decision_date}}{{/their_date}}.

If they are busy: offer to call back at a better time. Voicemail: your name, the role and your number.`,
  `Hello {{first_name}}, this is {{your_name}}. Thank you again for meeting me about the {{role}} position. I'm calling to see whether there is news on the timing{{#decision_date}} you mentioned for {{decision_date}}{{/decision_date}}, and to say I remain very interested in {{company}}.

Voicemail: your name, the role, your number, and that there is no rush to call back.`,
];

const checkInApplication = [
  `Subject: My application for the {{role}} role

Hi {{first_name}},

I applied for the {{role}} role at {{company}}{{#applied_day}} on {{applied_day}}{{/applied_day}} and wanted to check that my application reached you. I'm very interested in the role and would be glad to send anything else that would help.

Thank you for your time,
{{your_name}}`,
  `Subject: {{role}} at {{company}}

Dear {{first_name}},

I hope you're well. I sent my application for the {{role}} position{{#applied_day}} on {{applied_day}}{{/applied_day}}, and I'd love to know where things stand when you have a moment. I remain keen on joining {{company}}.

Kind regards,
{{your_name}}`,
  `Subject: Following my application: {{role}}

Hello {{first_name}},

I'm writing about my application for the {{role}} role{{#applied_day}}, sent on {{applied_day}}{{/applied_day}}. The work {{company}} is doing appeals to me a great deal, and I'd welcome the chance to talk about how I could help.

Best wishes,
{{your_name}}`,
  `Subject: A note about the {{role}} opening

Dear {{first_name}},

{{#applied_day}}On {{applied_day}} I{{/applied_day}}{{^applied_day}}I recently{{/applied_day}} applied for the {{role}} opening at {{company}}. I'm still very interested, and if there is anything more I can share to help your review, I'd be happy to.

With thanks,
{{your_name}}`,
];

const valueAddArticle = [
  `Subject: {{#topic}}Thought of our conversation about {{topic}}{{/topic}}{{^topic}}An article you might enjoy{{/topic}}

Hi {{first_name}},

I came across this piece and thought you might find it interesting: {{article_link}}

{{article_why}}

No need to reply; I hope things are going well at {{company}}.

Best,
{{your_name}}`,
  `Subject: Something for your reading list

Dear {{first_name}},

I hope things are going well. I read this recently and it seemed relevant to the work at {{company}}{{#topic}}, especially {{topic}}{{/topic}}: {{article_link}}

{{article_why}}

All the best,
{{your_name}}`,
  `Subject: A piece you might like

Hi {{first_name}},

This article made me think of our conversations about the {{role}} role{{#topic}} and {{topic}}{{/topic}}, so I wanted to pass it along: {{article_link}}

{{article_why}}

No reply needed. I hope all is well with you and the team.

Kind regards,
{{your_name}}`,
  `Subject: Sharing an article

Dear {{first_name}},

I wanted to share an article I enjoyed: {{article_link}}

{{article_why}}{{#topic}} I thought of our talk about {{topic}} when I read it.{{/topic}}

I hope all is well at {{company}}.

Best wishes,
{{your_name}}`,
];

const valueAddAchievement = [
  `Subject: A quick update

Hi {{first_name}},

I hope things are going well at {{company}}. I wanted to share a small piece of news: {{achievement}}.

It made me think of our conversations about the {{role}} role, which I'm still interested in. No need to reply.

Best,
{{your_name}}`,
  `Subject: News from {{your_name}}

Dear {{first_name}},

A brief note: {{achievement}}. I mention it because it felt relevant to the {{role}} position we discussed.

I hope all is well with you and the team at {{company}}.

Kind regards,
{{your_name}}`,
  `Subject: Thought you might like to know

Hi {{first_name}},

I hope you're well. Since we last spoke, {{achievement}}. It reminded me why the {{role}} role at {{company}} appealed to me in the first place.

All the best,
{{your_name}}`,
  `Subject: A small update on my side

Dear {{first_name}},

I wanted to share one recent highlight: {{achievement}}. I'm still very interested in the {{role}} role at {{company}}, and glad to talk more whenever it suits you.

Best wishes,
{{your_name}}`,
];

const finalThanks = [
  `Subject: Thank you, {{first_name}}

Dear {{first_name}},

Thank you for letting me know, and for the time you{{#other_interviewers}}, {{other_interviewers}}{{/other_interviewers}} and the team gave me during the process for the {{role}} role.

Although I'm disappointed, I enjoyed learning about {{company}} and would be glad to be considered for future roles. I hope our paths cross again.

Best wishes,
{{your_name}}`,
  `Subject: Thank you for your time and consideration

Hi {{first_name}},

Thanks for letting me know about the {{role}} role. I appreciated the chance to meet you and {{#other_interviewers}}{{other_interviewers}}{{/other_interviewers}}{{^other_interviewers}}the team{{/other_interviewers}}, and to learn how {{company}} works.

If another position opens that fits my background, I would love to hear about it. Wishing you all the best.

Kind regards,
{{your_name}}`,
  `Subject: With thanks from {{your_name}}

Dear {{first_name}},

I wanted to thank you for considering me for the {{role}} position. Although it wasn't the outcome I hoped for, I valued every conversation{{#topic}}, especially the one about {{topic}}{{/topic}}.

I'd be glad to stay in touch, and I hope to have the chance to work with {{company}} in the future.

All the best,
{{your_name}}`,
  `Subject: Thank you for the opportunity

Hi {{first_name}},

Thank you for your time and consideration during the interview process. I enjoyed getting to know {{company}}, and I respect the decision.

Please keep me in mind for future openings; I would welcome the chance to talk again.

Warm regards,
{{your_name}}`,
];

const keepInTouch = [
  `Subject: Hello from {{your_name}}

Hi {{first_name}},

It's been a few months since we spoke about the {{role}} role, and I hope all is well at {{company}}.

I'm still interested in {{company}}, so if a role opens that fits my background, I'd be glad to hear about it.

Best wishes,
{{your_name}}`,
  `Subject: Keeping in touch

Dear {{first_name}},

I hope you've been well since our conversations about the {{role}} position. I wanted to say hello and let you know I'd still welcome the chance to work with {{company}} if the right opening comes up.

No need to reply; I hope the year is treating you well.

Kind regards,
{{your_name}}`,
  `Subject: A few months on

Hi {{first_name}},

I hope things are going well. I enjoyed meeting you{{#other_interviewers}} and {{other_interviewers}}{{/other_interviewers}} a few months ago, and I've kept {{company}} in mind since.

If any roles come up where my experience could help, I'd be glad to talk.

All the best,
{{your_name}}`,
  `Subject: Staying in touch

Dear {{first_name}},

It's been a little while, so I wanted to say hello. I enjoyed our conversations about {{#topic}}{{topic}} and {{/topic}}the {{role}} role, and I'd be happy to reconnect if a suitable opening comes up at {{company}}.

Warm regards,
{{your_name}}`,
];

const letGo = [
  `It's time to let the {{role}} opportunity at {{company}} go. {{reason}}

That says nothing about you: hiring often stalls for reasons nobody outside can see, and stopping now leaves a good impression. If they get in touch, record it and hearback will pick the thread up again.`,
  `Time to let {{company}} go for now. {{reason}}

More messages would only risk the good impression you made. Put the energy into your next application; if {{company}} writes back, add the reply and hearback will plan from there.`,
  `No more follow-ups to {{company}} about the {{role}} role: hearback suggests stopping here. {{reason}}

Letting go is part of a good follow-up: it keeps you remembered as courteous rather than persistent. Should they reach out later, record their message and the plan starts again.`,
];

const reply = [
  `Subject: Re: {{role}} at {{company}}

Hi {{first_name}},

Thank you for your note{{#their_request}} asking for {{their_request}}{{/their_request}}. [your answer]

I look forward to the next step.

Best regards,
{{your_name}}`,
  `Subject: Re: next steps for the {{role}} role

Dear {{first_name}},

Thanks for getting back to me; I'm glad to hear from you.{{#their_request}} As for {{their_request}}:{{/their_request}} [your answer]

Please let me know if you need anything else from me.

Kind regards,
{{your_name}}`,
  `Subject: Re: {{role}} role: my reply

Hello {{first_name}},

Thank you for the update on the {{role}} role.{{#their_request}} You asked about {{their_request}}:{{/their_request}} [your answer]

I'm looking forward to it.

Best wishes,
{{your_name}}`,
  `Subject: Re: {{company}}: next steps

Dear {{first_name}},

Many thanks for your message; it's good news.{{#their_request}} You asked for {{their_request}}:{{/their_request}} [your answer]

If anything else would help, just say.

Warm regards,
{{your_name}}`,
];

export const BUILT_IN_PHRASINGS: Readonly<Record<TemplateName, readonly string[]>> = Object.freeze({
  "thank-you": thankYou,
  "thank-you.card": thankYouCard,
  "ask-timeline": askTimeline,
  "ask-timeline.note": askTimelineNote,
  "check-in": checkIn,
  "check-in.phone": checkInPhone,
  "check-in.application": checkInApplication,
  "value-add.article": valueAddArticle,
  "value-add.achievement": valueAddAchievement,
  "final-thanks": finalThanks,
  "keep-in-touch": keepInTouch,
  "let-go": letGo,
  reply,
});
