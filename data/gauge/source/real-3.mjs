// Replies written after the catalogue of real replies in ../README.md ("What real replies
// say"), batch 3: still-deciding, next-step, encouraging, offer and out-of-office. Every
// name, company and address is invented; no sentence is copied from a real reply or
// template. Each entry:
// [signal, received (see ../build.mjs RECEIVED), decisionBy, returnOn, pattern, text],
// where pattern names the catalogue pattern the reply stands for.
export default [
  // ---- still-deciding ----
  [
    "still-deciding",
    "U",
    "2026-12-18",
    null,
    "sd.still-interviewing",
    `Hello Camille,

Thank you for your message. We are finishing the last interviews this week and will come back to all candidates by the end of next week.

Best regards,
Lumora Talent Team`,
  ],
  [
    "still-deciding",
    "J",
    "2026-11-06",
    null,
    "sd.delay",
    `Hi Noah,

Thanks for your patience. The decision has taken longer than planned because two of the panel were out this week. We expect to wrap up next week and I'll call you either way.

Halden Partners Recruiting`,
  ],
  [
    "still-deciding",
    "W",
    null,
    null,
    "sd.ats-receipt",
    `Hi Isabel,

We've received your application for Research Coordinator at Kestrel Health. Thank you for your interest!

Our team will review your materials carefully. In the meantime, you can track your application status in your candidate profile.

Kestrel Health Careers
Do not reply to this automated message.`,
  ],
  [
    "still-deciding",
    "M",
    "2026-11-26",
    null,
    "sd.pending-internal",
    `Hi George,

Thanks for your email. The panel is meeting on Wednesday to compare notes, and I'll be in touch with the outcome by Thursday.

Ollie`,
  ],
  [
    "still-deciding",
    "F",
    null,
    null,
    "sd.neutral-promise",
    `Hi Ama, thanks for checking in. No decision yet - I'll let you know as soon as I hear anything from the hiring manager.`,
  ],
  [
    "still-deciding",
    "T",
    "2026-10-23",
    null,
    "sd.decision-maker-away",
    `Hi Ryan,

Sorry for the wait. Our VP has been out sick, so the final sign-off has been delayed. She's back on Monday and we hope to give you an answer by the end of next week.

Corvid Labs Recruiting`,
  ],
  [
    "still-deciding",
    "S",
    "2026-12-03",
    null,
    "sd.delay",
    `Hi Liam,

Thanks for your patience. We've had a large number of applications and shortlisting is taking longer than expected. We now expect to let everyone know the outcome in a week or two.

People & Culture
Bluecap Energy`,
  ],
  [
    "still-deciding",
    "I",
    "2026-11-27",
    null,
    "sd.neutral-promise",
    `Dear Sneha,

Thank you for your mail. Your candidature is under process. We will update you on the final outcome by Friday.

Regards,
Talent Acquisition Team`,
  ],
  [
    "still-deciding",
    "A",
    "2026-12-01",
    null,
    "sd.pending-internal",
    `Hi Freya,

No news yet, I'm afraid - the trustees only meet on Monday evening to approve the appointment. I should be able to tell you early next week.

Alice`,
  ],
  [
    "still-deciding",
    "P",
    null,
    null,
    "sd.receipt-conditional",
    `Hi Diego,

Thanks for applying for the Customer Success Manager role at Vantor Cloud! We've received your application.

Our recruiting team reviews every application. If there's a match, someone from our team will reach out to discuss next steps.

Cheers,
Vantor Cloud Recruiting`,
  ],
  [
    "still-deciding",
    "B",
    "2026-12-11",
    null,
    "sd.non-native",
    `Dear Ms. Rossi,

thank you for your patience. We are still in the selection process and will inform you about our decision until end of next week.

Best regards
Jürgen Hahn`,
  ],
  [
    "still-deciding",
    "U",
    null,
    null,
    "sd.other-language",
    `Bonjour Hugo,

Merci pour votre message. Le processus de recrutement est toujours en cours et nous reviendrons vers vous dès que possible.

Cordialement,
L'équipe Talent`,
  ],
  [
    "still-deciding",
    "J",
    "2026-11-03",
    null,
    "sd.still-interviewing",
    `Hey Emma - thanks for checking in! We have one more candidate coming in Monday and then we'll decide. Should have an answer for you early next week.

Marta`,
  ],
  [
    "still-deciding",
    "W",
    "2026-11-30",
    null,
    "sd.delay",
    `Hi Kai,

Quick update: our budget approval for the role has been pushed to the end of the month, so we won't be able to make a decision before then. I'll be in touch by the end of the month at the latest.

Thanks for bearing with us,
Dana`,
  ],
  [
    "still-deciding",
    "M",
    null,
    null,
    "sd.thanks-only",
    `Thank you Jess, received with thanks.

Rob`,
  ],
  [
    "still-deciding",
    "F",
    "2026-12-07",
    null,
    "sd.neutral-promise",
    `Hi Sean,

Thanks for your note. We're pulling together feedback today and I'll get back to you by Monday.

Regards,
Redwick Foods HR`,
  ],
  [
    "still-deciding",
    "T",
    null,
    null,
    "sd.quoted-other-signal",
    `Hi Priyanka, still waiting on final feedback - I'll update you as soon as I can!

On Mon, Oct 12, 2026 at 8:40 PM Priyanka Rao <priyanka.rao@example.com> wrote:
> Hi there, I wanted to let you know that I received an offer from another company
> yesterday. I'd still love to join Ferncliff - is there any chance of an update,
> or should I assume you've gone with other candidates?`,
  ],
  [
    "still-deciding",
    "S",
    null,
    null,
    "sd.ats-receipt",
    `Dear Oscar,

Thank you for your application for Senior Planner (reference SP-0412). This email confirms that your application has been received.

Applications close on 30 November. Shortlisting will take place after the closing date.

Regards,
Recruitment Services
Northvale Council`,
  ],
  [
    "still-deciding",
    "I",
    "2026-12-04",
    null,
    "sd.receipt-window",
    `Dear Applicant,

Thank you for applying to Meridale Bank. We have received your application for Relationship Manager (Req ID 31105).

Our recruitment team will review your profile and get back to you within 10 days.

Regards,
Meridale Bank Talent Acquisition
This is a system generated mail.`,
  ],
  [
    "still-deciding",
    "A",
    null,
    null,
    "sd.delay",
    `Hi Will, sorry this is taking so long! The trustees need one more meeting before we can confirm anything. Thanks for being so patient - I'll be in touch as soon as I can.

Nadia`,
  ],
  [
    "still-deciding",
    "P",
    "2026-12-23",
    null,
    "sd.still-interviewing",
    `Hi Layla,

Thanks for reaching out. We're still interviewing for the Frontend Engineer role and expect to make decisions within two weeks. I'll keep you posted.

Morgan`,
  ],
  [
    "still-deciding",
    "B",
    null,
    null,
    "sd.html-remnants",
    `<p>Hello Lea,</p><p>thank you for your message.&nbsp;Your application is still being processed. We will get back to you as soon as possible.</p><p>Greetings<br>Auralink Recruiting</p>`,
  ],
  [
    "still-deciding",
    "U",
    "2027-01-10",
    null,
    "sd.delay",
    `Dear Mr. Laurent,

Thank you for your patience. Due to the end-of-year period, the final decision will be taken in early January. We will contact you then.

Cordially,
Sophie Marchand`,
  ],
  [
    "still-deciding",
    "J",
    null,
    null,
    "sd.decision-maker-away",
    `Hi Aiden,

Thanks for following up. Our hiring manager is travelling this week, so things are paused until she's back. I'll update you once we've had a chance to regroup.

Jen`,
  ],
  [
    "still-deciding",
    "W",
    "2026-11-20",
    null,
    "sd.pending-internal",
    `Hi Zoe,

We're in the final stages of review and expect to make a decision this week. Thank you for your patience.

Best,
Oakhurst Consulting`,
  ],
  [
    "still-deciding",
    "M",
    "2026-12-10",
    null,
    "sd.delay",
    `Dear Amir,

Thank you for your email. Because of the volume of applications, our assessment centres are running later than planned. We expect to contact all remaining candidates early next month.

Early Careers Team`,
  ],
  [
    "still-deciding",
    "F",
    null,
    null,
    "sd.lowercase",
    `no decision yet rosa, still talking to a couple of people. will let u know`,
  ],
  [
    "still-deciding",
    "T",
    null,
    null,
    "sd.receipt-conditional",
    `Hello Ethan,

Thanks for applying to Saltmarsh Media! We've got your application for Video Producer and it's now with our recruiting team. If your experience fits what we're looking for, we'll be in touch to set up a first conversation.

Saltmarsh Media Talent Acquisition`,
  ],
  [
    "still-deciding",
    "S",
    "2026-11-30",
    null,
    "sd.pending-internal",
    `Hi Chloe,

Thanks for your patience. We're just waiting for the last reference to come through for the preferred candidates before anyone is told, and I expect to be in touch by the end of the month.

Jane`,
  ],
  [
    "still-deciding",
    "I",
    null,
    null,
    "sd.non-native",
    `Hi Vikram,

Noted your concern. The process is still on and feedback is pending from the panel side. Will revert at the earliest.

Regards,
Anjali`,
  ],
  [
    "still-deciding",
    "A",
    "2026-12-04",
    null,
    "sd.still-interviewing",
    `Dear Katie,

Thank you for your email. We are still interviewing this week and hope to let all candidates know by Friday.

Regards,
Sandra`,
  ],
  [
    "still-deciding",
    "P",
    null,
    null,
    "sd.quoted-other-signal",
    `Thanks Ben - no update yet, but you're still in the process. Will be in touch.

-----Original Message-----
From: Ben Carter <ben.carter@example.com>
Sent: Tuesday, December 8, 2026 11:02 AM
To: Riley Chen <riley.chen@example.com>
Subject: Checking in

Hi Riley, I wanted to check whether the team has decided. I'm worried I've been rejected, but I'd be thrilled to come back for a final interview if that's still on the table.`,
  ],
  [
    "still-deciding",
    "B",
    "2026-12-14",
    null,
    "sd.delay",
    `Hello Jonas,

sorry for the late answer. The decision is delayed because of the year planning. We plan to give you feedback within two weeks.

Anna`,
  ],
  [
    "still-deciding",
    "U",
    null,
    null,
    "sd.ats-receipt",
    `Hello Elodie,

Your application for the position of Compliance Officer has been successfully submitted. Reference: LUM-2026-1187.

You will receive an email when the status of your application changes.

Lumora Careers`,
  ],
  [
    "still-deciding",
    "J",
    "2026-11-20",
    null,
    "sd.neutral-promise",
    `Hi Lucas,

Thanks for the note. The team is still deciding and I hope to have an update for you by mid-November.

Jen`,
  ],
  [
    "still-deciding",
    "W",
    null,
    null,
    "sd.paused-with-date",
    `Hi Bella,

I wanted to keep you in the loop. The Account Executive search is paused while we finalise next year's sales plan, which should be done in January. Once that's settled we'll pick up where we left off and get back to you.

Kim`,
  ],
  [
    "still-deciding",
    "M",
    "2026-12-04",
    null,
    "sd.decision-maker-away",
    `Hi Theo,

Thanks for your patience. The hiring manager has been on leave, which has held things up. She's back on Monday and we expect to make a final decision next week.

Helen`,
  ],
  [
    "still-deciding",
    "F",
    null,
    null,
    "sd.typos",
    `Hi Naomi,

Thanks for your email. We havent made a desicion yet, still reviewing all the candiates. Will let you know asap.

Best,
Saltmarsh Media Editorial`,
  ],
  // ---- next-step ----
  [
    "next-step",
    "U",
    null,
    null,
    "ns.interview-invite",
    `Hello Camille,

Following your first interview, we would be pleased to invite you to a second interview with our Design Director. Would Wednesday 16 December at 10:00 or Thursday 17 December at 15:00 (Paris time) suit you?

Best regards,
Lumora Talent Team`,
  ],
  [
    "next-step",
    "J",
    null,
    null,
    "ns.scheduling-link",
    `Hi Noah,

Thanks for your time today! The next step is a 60-minute technical interview with two members of the finance team. Please grab a slot that works for you here: https://calendar.example.com/halden/fin-technical

Halden Partners Recruiting`,
  ],
  [
    "next-step",
    "W",
    null,
    null,
    "ns.references",
    `Hi Isabel,

Good news - we'd like to move to the reference stage. Could you send the names, titles and email addresses of two referees, one of them a current or recent supervisor?

Thank you,
Alan Whitby`,
  ],
  [
    "next-step",
    "M",
    null,
    null,
    "ns.assessment",
    `Hi George,

Thanks for the chat. As a next step we'd like you to have a go at a short coding exercise - it should take about two hours. I'll send the repo link in a separate email; just let me know when you're done and we'll book a follow-up to go through it.

Ollie`,
  ],
  [
    "next-step",
    "F",
    null,
    null,
    "ns.call-with",
    `Ama - our COO would love 20 minutes with you before we go further. Are you around Monday or Tuesday afternoon? I'll send an invite once you confirm.`,
  ],
  [
    "next-step",
    "T",
    null,
    null,
    "ns.onsite-logistics",
    `Hi Ryan,

Looking forward to seeing you on Friday! A few details:

- Arrive at 9:45 at 400 Example Ave, 3rd floor (ask for Corvid Labs at reception)
- You'll meet Dana (engineering), Priya (product) and me
- We'll finish by 1pm, lunch included

If anything comes up, call me on (555) 0102-3344.

Morgan`,
  ],
  [
    "next-step",
    "S",
    null,
    null,
    "ns.interview-invite",
    `Dear Liam,

Thank you for your application for the Graduate Engineer position. I am pleased to invite you to an assessment day at our Parramatta office on Thursday 3 December, 9:00 am to 3:00 pm. Please confirm your attendance by replying to this email.

Regards,
People & Culture
Bluecap Energy`,
  ],
  [
    "next-step",
    "I",
    null,
    null,
    "ns.non-native",
    `Dear Sneha,

Greetings from Infiniq Softech!

You have been shortlisted for the next round of interview. Kindly find the below details:

Round: Technical Round 2
Date: 27-Nov-2026
Time: 11:30 AM IST
Mode: Virtual (MS Teams link will be shared)

Request you to confirm your availability.

Warm Regards,
Talent Acquisition Team`,
  ],
  [
    "next-step",
    "A",
    null,
    null,
    "ns.availability",
    `Hi Freya - the trustees would like to meet you for a short final conversation. Could you let me know which evenings you're free the week of the 7th?

Alice`,
  ],
  [
    "next-step",
    "P",
    null,
    null,
    "ns.assessment",
    `Hi Diego,

Thanks for the great conversation! Next up is a short written exercise: you'll get a sample customer account and we'd like a one-page success plan. Please send it back by Tuesday, December 15, and we'll schedule a panel to discuss it.

Sam Ortega
Talent Partner | Vantor Cloud`,
  ],
  [
    "next-step",
    "B",
    null,
    null,
    "ns.non-native",
    `Dear Ms. Rossi,

we would like to get to know you better and invite you to a trial day in our office. Would Tuesday, 8 December be possible for you?

Best regards
Jürgen Hahn`,
  ],
  [
    "next-step",
    "U",
    null,
    null,
    "ns.documents",
    `Hi Hugo,

Before we schedule your final interview, could you please send us a copy of your diplomas and your notice period? Once we have them I'll coordinate a date with the team.

Thanks,
Tessellate AI Talent`,
  ],
  [
    "next-step",
    "J",
    null,
    null,
    "ns.quoted-other-signal",
    `Emma - can you do a call with our VP on Tuesday at 10? Let me know!

On Fri, Oct 30, 2026 at 9:14 AM Emma Walsh <emma.walsh@example.com> wrote:
> Hi Marta, I just wanted to check in. If you've decided to go with someone else
> I completely understand, I'd just appreciate knowing so I can plan.`,
  ],
  [
    "next-step",
    "W",
    null,
    null,
    "ns.scheduling-link",
    `Hi Kai,

We'd love to move you forward to the final round! Please pick a 3-hour block next week using this link: https://calendar.example.com/acme/final-onsite

Any questions, just reply here.

Dana Lee
Hiring Manager, Acme`,
  ],
  [
    "next-step",
    "M",
    null,
    null,
    "ns.agency",
    `Hi Jess,

Great news - Redwick want to see you for a second interview! They've suggested Thursday at 2pm at their Manchester office, with the Head of Buying. Can you let me know ASAP if that works?

Rob
Castlegate Talent`,
  ],
  [
    "next-step",
    "F",
    null,
    null,
    "ns.references",
    `Dear Sean,

We are pleased to let you know that you are our preferred candidate and we would now like to take up references. Please complete the attached referee form and return it at your earliest convenience.

Redwick Foods HR`,
  ],
  [
    "next-step",
    "T",
    null,
    null,
    "ns.assessment",
    `Hello Priyanka,

Congratulations on moving forward! Your next step is a 90-minute online coding assessment. You'll find the link below; please complete it within 5 days.

https://assess.example.com/ferncliff/t/88421

Ferncliff Systems University Recruiting`,
  ],
  [
    "next-step",
    "S",
    null,
    null,
    "ns.call-with",
    `Hi Oscar, the Director of Planning would like a quick phone call with you on Monday to discuss the role in more detail. Would 10:30 suit?

Jane`,
  ],
  [
    "next-step",
    "I",
    null,
    null,
    "ns.documents",
    `Hi Karthik,

You have cleared the technical rounds. Kindly share the below documents for the HR discussion:

1. Updated resume
2. Last 3 months salary slips
3. Relieving letter from previous employer
4. PAN card copy

HR discussion will be scheduled once documents are received.

Regards,
Divya`,
  ],
  [
    "next-step",
    "A",
    null,
    null,
    "ns.lowercase",
    `harry - chef wants you back for a second trial shift, can you do tues or weds lunch service? let me know`,
  ],
  [
    "next-step",
    "P",
    null,
    null,
    "ns.offer-words-in-invite",
    `Hi Maya,

Congratulations - the team loved your take-home and we'd like to invite you to the final round! If that goes well, we'd hope to move to an offer before the holidays. Please send me your availability for next week.

Best,
Fieldstone Labs Recruiting`,
  ],
  [
    "next-step",
    "B",
    null,
    null,
    "ns.interview-invite",
    `Hi Piotr,

thanks for your application! We would like to invite you to a first interview via video call. Possible dates: Thursday 3 December at 11:00 or Friday 4 December at 14:00. Please tell us what fits.

Best regards
Recruiting Team Auralink`,
  ],
  [
    "next-step",
    "U",
    null,
    null,
    "ns.html-remnants",
    `<p>Dear Léa,</p><p>The team would like to meet you again for a practical exercise at the studio on <b>Tuesday 15 December at 14:00</b>.&nbsp;Please confirm that this works for you.</p><p>Bises,<br>Sofia</p>`,
  ],
  [
    "next-step",
    "J",
    null,
    null,
    "ns.availability",
    `Hi Lucas,

Thanks for the phone screen! The hiring manager would like to meet you. Could you send me two or three times that work for you next week?

Jen
Talent, Vantor Cloud`,
  ],
  [
    "next-step",
    "W",
    null,
    null,
    "ns.interview-invite",
    `Hello Nate,

Thank you for your interest in the Staff Engineer role at Brightpath. We'd like to invite you to a 45-minute phone interview with our engineering manager, Tomas. Please reply with your availability over the next few days.

Brightpath Recruiting`,
  ],
  [
    "next-step",
    "M",
    null,
    null,
    "ns.onsite-logistics",
    `Dear Ms Khan,

Further to our telephone conversation, I am writing to confirm your interview for the post of Housing Officer on Tuesday 1 December at 10:30 am, at the Civic Centre, Room 2.14. The interview will last about 45 minutes and will include a short written exercise.

Please bring photographic ID.

Yours sincerely,
Mark Ellis`,
  ],
  [
    "next-step",
    "F",
    null,
    null,
    "ns.quoted-other-signal",
    `Jacob, we'd like you to meet our CEO. Does Wednesday at 4 work?

________________________________
From: Jacob Lee <jacob.lee@example.com>
Sent: Thursday, December 3, 2026 6:20 PM
To: Victor Ames <victor.ames@example.com>
Subject: Following up

Hi Victor, I haven't heard back and I'm starting to assume the answer is no. If it is, no hard feelings - I'd just like to know.`,
  ],
  [
    "next-step",
    "T",
    null,
    null,
    "ns.call-with",
    `Hey Gabe - do you have 15 min tomorrow to connect? Want to talk through where things stand.

Morgan`,
  ],
  [
    "next-step",
    "S",
    null,
    null,
    "ns.scheduling-link",
    `Hi Mia,

Congratulations, you've progressed to the video interview stage! Please record your responses using the link below by Sunday 29 November:

https://video.example.com/meridale/grad-2027

Meridale Bank Careers`,
  ],
  [
    "next-step",
    "I",
    null,
    null,
    "ns.agency",
    `Hi Nikhil,

Client has shortlisted your profile. F2F interview is scheduled on Saturday, 28th Nov at their Whitefield office, 10 AM. Please carry 2 copies of resume and a photo ID. Kindly confirm.

Regards,
Anjali | Trident Staffing`,
  ],
  [
    "next-step",
    "A",
    null,
    null,
    "ns.availability",
    `Dear Eleanor,

Thank you for your application. We'd like to invite you for an informal chat about the Volunteer Coordinator role. Please let me know a few times next week that would suit you.

Rachel Moore`,
  ],
  [
    "next-step",
    "P",
    null,
    null,
    "ns.documents",
    `Hi Andrew,

Thanks for the call! Before I set up the next round with our security lead, could you send a short write-up (1-2 pages) of a security incident you handled? Nothing confidential, just the approach.

Best,
Corvid Labs Hiring Team`,
  ],
  // ---- encouraging ----
  [
    "encouraging",
    "U",
    "2026-12-18",
    null,
    "enc.praise-with-date",
    `Hello Camille,

Thank you for your message. I can tell you that the team very much appreciated your portfolio and your interview went very well. We are finishing the process and will give you our answer by Friday.

Best regards,
Lumora Talent Team`,
  ],
  [
    "encouraging",
    "J",
    null,
    null,
    "enc.top-candidate",
    `Hi Noah,

Between us, you're one of our two finalists and the panel was very positive. We still have a couple of internal steps before we can decide, but I wanted you to know where you stand.

Halden Partners Recruiting`,
  ],
  [
    "encouraging",
    "W",
    null,
    null,
    "enc.feedback-positive",
    `Isabel - the feedback from everyone you met was glowing. We need to finish checks on the funding before anything is final, but please know you made a great impression.

Alan`,
  ],
  [
    "encouraging",
    "M",
    "2026-11-27",
    null,
    "enc.praise-with-date",
    `Hi George,

Thanks for your email. You did really well in the technical interview - the team was impressed with how you talked through the trade-offs. We're finishing the last interviews and will decide by the end of the week.

Ollie`,
  ],
  [
    "encouraging",
    "F",
    null,
    null,
    "enc.keen",
    `Ama - thanks for letting me know about the other offer. We're really keen on you and I'm pushing to speed things up on our side. I'll come back to you as quickly as I can.`,
  ],
  [
    "encouraging",
    "T",
    null,
    null,
    "enc.top-candidate",
    `Hi Ryan,

Great news on our side: you're in the final two for the role. The last step for us is an internal review, and I'm hopeful - you've been the team's favourite throughout.

Corvid Labs Recruiting`,
  ],
  [
    "encouraging",
    "S",
    "2026-11-27",
    null,
    "enc.praise-open",
    `Dear Liam,

Thank you for attending the assessment day. You performed strongly across all exercises and the assessors' feedback was very positive. We expect to make final decisions by the end of next week.

Regards,
People & Culture`,
  ],
  [
    "encouraging",
    "I",
    null,
    null,
    "enc.non-native",
    `Dear Sneha,

Your interview feedback is very good and you are one of the top candidates for this role. Final decision is pending with the management. We will inform you shortly.

Regards,
Talent Acquisition Team`,
  ],
  [
    "encouraging",
    "A",
    null,
    null,
    "enc.keen",
    `Freya, just a quick note: the trustees loved you. Nothing's official yet, but please don't accept anything else without talking to me first!

Alice`,
  ],
  [
    "encouraging",
    "P",
    "2026-12-18",
    null,
    "enc.feedback-positive",
    `Hi Diego,

Your success plan was a hit with the panel - really thoughtful work. We're meeting on Monday to make a decision and I expect to have news for you next week.

Sam`,
  ],
  [
    "encouraging",
    "B",
    null,
    null,
    "enc.non-native",
    `Dear Ms. Rossi,

the trial day was very positive and the team liked to work with you. We still have to talk with one other candidate, but you are in a very good position.

Best regards
Jürgen Hahn`,
  ],
  [
    "encouraging",
    "U",
    null,
    null,
    "enc.lowercase",
    `hugo the team was super impressed yesterday!! still need to align with the founders but honestly it looks good`,
  ],
  [
    "encouraging",
    "J",
    "2026-11-06",
    null,
    "enc.agency",
    `Hi Emma,

Just spoke to the client - they were really impressed and you're their front runner. They have one more interview on Tuesday and will confirm next week.

Cheers,
Ryan Moss
Hollin Recruitment`,
  ],
  [
    "encouraging",
    "W",
    null,
    null,
    "enc.quoted-other-signal",
    `Kai, you're very much still in this - in fact you're at the top of our list. Give us a few more days.

On Tue, Nov 17, 2026 at 6:45 PM Kai Tanaka <kai.tanaka@example.com> wrote:
> Hi Dana, I wanted to be upfront that I have a final interview elsewhere on
> Thursday and they've hinted an offer could follow quickly. Is there any update?`,
  ],
  [
    "encouraging",
    "M",
    null,
    null,
    "enc.praise-open",
    `Dear Jess,

Thank you for coming in. Everyone enjoyed meeting you, and your knowledge of the supplier base really stood out. We have a few more candidates to see before we decide, and I'll be in touch.

Kind regards,
Redwick Foods`,
  ],
  [
    "encouraging",
    "F",
    "2026-12-11",
    null,
    "enc.praise-with-date",
    `Hi Sean,

Thanks for coming in on Wednesday. The panel was very impressed and you're a strong contender. We're concluding interviews on Monday and aim to decide by the end of next week.

Redwick Foods HR`,
  ],
  [
    "encouraging",
    "T",
    null,
    null,
    "enc.top-candidate",
    `Priyanka, you're through to the final shortlist of three. Huge congrats - the panel really enjoyed your presentation. We'll be in touch about the final decision soon.

Ferncliff Systems University Recruiting`,
  ],
  [
    "encouraging",
    "S",
    null,
    null,
    "enc.keen",
    `Hi Oscar,

We really enjoyed meeting you and would love to keep talking. I'll come back to you once I've spoken with the director.

Jane`,
  ],
  [
    "encouraging",
    "I",
    "2026-12-04",
    null,
    "enc.agency",
    `Hi Karthik,

Good news, client feedback is very positive. You are their preferred candidate and they are doing the final approvals. Should get confirmation by next week.

Regards,
Divya`,
  ],
  [
    "encouraging",
    "A",
    null,
    null,
    "enc.praise-open",
    `Hi Harry, chef said your trial shift was one of the best he's seen. We've got two more trials next week, but you've set the bar. Speak soon.

Tom`,
  ],
  [
    "encouraging",
    "P",
    null,
    null,
    "enc.html-remnants",
    `<div>Hi Maya,</div><div><br></div><div>Just wanted to say the team was really impressed with your final round&nbsp;- you're very much in the running. We'll be in touch soon.</div><div><br></div><div>Fieldstone Labs Recruiting</div>`,
  ],
  [
    "encouraging",
    "B",
    "2026-12-04",
    null,
    "enc.praise-with-date",
    `Hi Piotr,

thank you for the good interview yesterday! The team was very positive about you. We will decide this week and contact you.

Best regards
Recruiting Team Auralink`,
  ],
  [
    "encouraging",
    "U",
    null,
    null,
    "enc.feedback-positive",
    `Dear Léa,

The practical exercise went very well and the whole team was enthusiastic about your ideas. We are finalising our decision and will contact you very soon.

Bises,
Sofia`,
  ],
  [
    "encouraging",
    "J",
    null,
    null,
    "enc.top-candidate",
    `Hi Lucas - just letting you know the hiring manager thought you were excellent and you're one of our top candidates. There are a couple more conversations on our side and then we'll make a call.

Jen`,
  ],
  [
    "encouraging",
    "W",
    "2026-12-02",
    null,
    "enc.praise-with-date",
    `Hi Nate,

Thanks for the follow-up! Tomas really enjoyed the conversation and thinks you'd be a great fit for the platform team. We're finishing up interviews and should have a decision within two weeks.

Brightpath Recruiting`,
  ],
  [
    "encouraging",
    "M",
    null,
    null,
    "enc.typos",
    `Hi Amir

Just to say you did really well at the assesment centre and the feedback has been excelent. Final decisons are still being made but your in a good position.

Early Careers Team`,
  ],
  // ---- offer ----
  [
    "offer",
    "U",
    null,
    null,
    "off.formal",
    `Dear Camille,

Following our interviews, we are pleased to offer you the position of Product Designer at Lumora, on a permanent contract starting 1 February 2027. Your offer letter with the salary and benefits is attached.

We would be grateful if you could confirm your decision by 21 December.

Best regards,
Lumora Talent Team`,
  ],
  [
    "offer",
    "J",
    null,
    null,
    "off.verbal",
    `Noah - great news! The partners signed off this afternoon and we'd love to have you join as a Financial Analyst. Do you have time Monday to go through the offer? Have a great weekend!`,
  ],
  [
    "offer",
    "W",
    null,
    null,
    "off.conditional",
    `Dear Isabel,

I am delighted to offer you the position of Research Coordinator, conditional on two satisfactory references and confirmation of the grant funding. HR will send the formal letter this week.

Congratulations, and welcome to the team.

Dr. Alan Whitby`,
  ],
  [
    "offer",
    "M",
    null,
    null,
    "off.verbal",
    `George!! The team wants you. Offer coming from HR later today - congrats mate.

Ollie`,
  ],
  [
    "offer",
    "F",
    null,
    null,
    "off.deadline",
    `Hi Ama,

We're thrilled to offer you the Partnerships Manager role at Brightpath! Details are in the attached offer letter: base salary, bonus, equity and a start date of January 11. We'd appreciate your answer by Wednesday, December 9.

Call me anytime with questions.

Riley`,
  ],
  [
    "offer",
    "T",
    null,
    null,
    "off.formal",
    `Dear Ryan,

On behalf of Corvid Labs, I'm pleased to extend you an offer of employment as Platform Engineer. Your offer package, including compensation and benefits details, has been sent for e-signature.

We're excited about the possibility of you joining us.

Morgan Blake
Corvid Labs`,
  ],
  [
    "offer",
    "S",
    null,
    null,
    "off.conditional",
    `Dear Liam,

Congratulations! We are pleased to offer you a place on the Bluecap Energy Graduate Engineer programme starting in February 2027, subject to a satisfactory pre-employment medical and verification of your qualifications.

Your letter of offer is attached.

People & Culture`,
  ],
  [
    "offer",
    "I",
    null,
    null,
    "off.selected",
    `Dear Sneha,

Congratulations!

We are pleased to inform you that you have been selected for the position of Software Engineer at Infiniq Softech. Please find enclosed your offer letter. Your expected date of joining is 7th December 2026.

Kindly confirm your acceptance by replying to this mail within 48 hours.

Warm Regards,
Talent Acquisition Team`,
  ],
  [
    "offer",
    "A",
    null,
    null,
    "off.verbal",
    `Freya - the trustees met this morning and we'd love to offer you the job! Can I call you this afternoon to talk through the details?

Alice
Sent from my iPhone`,
  ],
  [
    "offer",
    "P",
    null,
    null,
    "off.formal",
    `Hi Diego,

I'm excited to share that we'd like to offer you the Customer Success Manager position at Vantor Cloud! You'll find your offer letter in your inbox from our e-signature provider. Take a look and let me know if you'd like to talk anything through.

Welcome (hopefully) to the team!
Sam`,
  ],
  [
    "offer",
    "B",
    null,
    null,
    "off.non-native",
    `Dear Ms. Rossi,

we are pleased to offer you the position as Controller in our company. The contract documents we will send you by e-mail tomorrow. Please give us your answer until 11 December.

We look forward to you!

Best regards
Jürgen Hahn`,
  ],
  [
    "offer",
    "U",
    null,
    null,
    "off.lowercase",
    `hugo!! founders said yes, we want you on the team. offer letter tomorrow, congrats`,
  ],
  [
    "offer",
    "J",
    null,
    null,
    "off.agency",
    `Emma - they want you! Formal offer just landed: $92,000 base plus benefits, start date November 30. Give me a call when you can!

Ryan Moss
Hollin Recruitment`,
  ],
  [
    "offer",
    "W",
    null,
    null,
    "off.quoted-other-signal",
    `Kai - it's a yes! We'd like to offer you the role. Formal offer letter coming shortly.

On Wed, Nov 18, 2026 at 9:02 AM Kai Tanaka <kai.tanaka@example.com> wrote:
> Hi Dana, no pressure at all, I know you're still deciding. Just wanted to say
> I'd be happy to do another interview or send more samples if that would help.`,
  ],
  [
    "offer",
    "M",
    null,
    null,
    "off.formal",
    `Dear Jess,

I am pleased to confirm our offer of the position of Senior Buyer at Redwick Foods, at a salary of £46,000 per annum. Please find enclosed your contract of employment in duplicate. Kindly sign and return one copy to confirm your acceptance.

Yours sincerely,
HR Director`,
  ],
  [
    "offer",
    "F",
    null,
    null,
    "off.conditional",
    `Dear Sean,

Congratulations! We are pleased to offer you the position of Sales Operations Analyst. This offer is contingent upon successful completion of a background check and drug screening. Our HR team will send the details of these steps shortly.

Redwick Foods HR`,
  ],
  [
    "offer",
    "T",
    null,
    null,
    "off.verbal",
    `Hi Priyanka,

I'd love to give you a call today with some exciting news - we'd like to offer you a place in our new grad program! What time works for you?

Ferncliff Systems University Recruiting`,
  ],
  [
    "offer",
    "I",
    null,
    null,
    "off.agency",
    `Hi Karthik,

Congratulations!! Client has released the offer for the Azure Lead position. CTC as discussed. Please find the offer letter attached and share your acceptance by EOD tomorrow.

Regards,
Divya`,
  ],
  [
    "offer",
    "A",
    null,
    null,
    "off.verbal",
    `Harry - you've got the job! Chef wants you to start on the 7th. Pop in this week and we'll sort the paperwork.

Tom`,
  ],
  [
    "offer",
    "P",
    null,
    null,
    "off.html-remnants",
    `<p>Hi Maya,</p><p><b>Congratulations!</b> We're delighted to offer you the role of <b>Data Engineer II</b> at Fieldstone Labs.</p><p>Your offer letter has been sent for signature and is valid until <b>December 16, 2026</b>.</p><p>Welcome aboard!</p>`,
  ],
  [
    "offer",
    "B",
    null,
    null,
    "off.deadline",
    `Hi Piotr,

we are happy to tell you that we want to hire you as DevOps Engineer! Attached you find our offer. Please let us know by Friday, 4 December, if you accept.

Best regards
Recruiting Team Auralink`,
  ],
  [
    "offer",
    "S",
    null,
    null,
    "off.formal",
    `Dear Oscar,

I am pleased to offer you appointment to the position of Senior Planner. The terms and conditions of the appointment are set out in the attached letter. Please sign and return the acceptance form within 14 days.

Yours sincerely,
Recruitment Services
Northvale Council`,
  ],
  // ---- out-of-office ----
  [
    "out-of-office",
    "U",
    null,
    "2026-12-15",
    "ooo.holiday",
    `Bonjour, merci pour votre message. Nos bureaux sont fermés pour notre séminaire annuel ; nous serons de retour le mardi 15 décembre.

Hello, thank you for your message. Our offices are closed for our annual seminar and we will be back on Tuesday 15 December.

Lumora`,
  ],
  [
    "out-of-office",
    "J",
    null,
    "2026-11-02",
    "ooo.return-date",
    `Thanks for your email! I'm out of the office today and will be back on Monday, November 2. I'll respond then.

Jen`,
  ],
  [
    "out-of-office",
    "W",
    null,
    "2026-11-23",
    "ooo.until",
    `Hi, I'm away at a recruiting conference until Monday, November 23 and checking email only occasionally. For anything urgent, please contact talent@example.com.

Kim Nguyen`,
  ],
  [
    "out-of-office",
    "M",
    null,
    "2026-11-30",
    "ooo.through",
    `Thank you for your email. I am on annual leave through Friday 27 November, returning Monday 30 November. If your enquiry is urgent, please contact the HR team on 020 7946 0450.

Ollie`,
  ],
  [
    "out-of-office",
    "F",
    null,
    "2026-12-14",
    "ooo.quoting",
    `Automatic reply: Following up on my application

I am out of the office until December 14. I will have limited access to email during this time.

> Hi Riley, I wanted to follow up on the Partnerships Manager role. I know you
> mentioned the team hoped to decide by the end of next week, so I thought I'd
> check in.`,
  ],
  [
    "out-of-office",
    "T",
    null,
    null,
    "ooo.no-date",
    `I'm currently out of the office with limited access to email. I'll get back to you as soon as I can.

Morgan Blake | Corvid Labs`,
  ],
  [
    "out-of-office",
    "S",
    null,
    "2026-11-23",
    "ooo.return-date",
    `Thank you for your email. I am out of the office and will return on Monday 23 November. For urgent recruitment matters please contact recruitment@example.com.

Jane Ortiz`,
  ],
  [
    "out-of-office",
    "I",
    null,
    null,
    "ooo.holiday",
    `Dear Sender,

Thank you for your mail. I am on leave for Diwali and will have no access to mails. Will respond once I resume office.

Regards,
Divya`,
  ],
  [
    "out-of-office",
    "A",
    null,
    "2026-11-30",
    "ooo.return-date",
    `Auto-reply: Thanks for your message. I'm not in the office at weekends and will reply when I'm back on Monday 30 November.

Alice`,
  ],
  [
    "out-of-office",
    "P",
    null,
    "2027-01-04",
    "ooo.until",
    `I'm out of the office on parental leave until January 4, 2027 with no access to email. If your message is about an active interview process, please contact recruiting@example.com and someone from the team will help.

Sam Ortega | Vantor Cloud`,
  ],
  [
    "out-of-office",
    "B",
    null,
    "2026-12-07",
    "ooo.bilingual",
    `Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin bis zum 4.12. nicht erreichbar und ab dem 7.12. wieder im Büro.

Thank you for your e-mail. I am out of office and back on 7 December.

Jürgen Hahn`,
  ],
  [
    "out-of-office",
    "U",
    null,
    "2026-12-21",
    "ooo.from-to",
    `I will be out of the office starting 14/12/2026 and will not return until 21/12/2026.

For urgent matters, please contact rh@example.com.

Sophie Marchand`,
  ],
  [
    "out-of-office",
    "J",
    null,
    "2026-11-07",
    "ooo.through",
    `Hi! I'm on vacation through November 6 and won't be checking email. If you need anything urgently, reach out to Jen at jen@example.com.

Marta`,
  ],
  [
    "out-of-office",
    "W",
    null,
    null,
    "ooo.leave",
    `Thank you for your message. I'm currently on maternity leave. For anything related to open roles at Oakhurst Consulting, please contact careers@example.com.

Tina`,
  ],
  [
    "out-of-office",
    "M",
    null,
    "2026-12-01",
    "ooo.delegate",
    `Automatic reply

I'm out of the office until Tuesday 1 December. My colleague Rob Clarke (rob.clarke@example.com) is looking after my candidates while I'm away.

Tom Harding
Hollin Recruitment`,
  ],
  [
    "out-of-office",
    "F",
    null,
    null,
    "ooo.no-date",
    `This mailbox is no longer monitored. Please contact careers@example.com for any questions about your application.`,
  ],
  [
    "out-of-office",
    "T",
    null,
    "2026-10-19",
    "ooo.return-date",
    `I am out of the office for the rest of the week and returning on Monday, October 19. I will not have access to email while I am away. Thank you for your patience.

Derek Lowe`,
  ],
  [
    "out-of-office",
    "S",
    null,
    "2026-12-07",
    "ooo.until",
    `Hi there, thanks for your email. I'm on leave until 7 December and won't be checking messages. Please contact people@example.com if it can't wait.

Kim`,
  ],
  [
    "out-of-office",
    "I",
    null,
    "2026-11-30",
    "ooo.return-date",
    `Thank you for your email. I am travelling and will be back in office on 30th November (Monday). For urgent matters, please reach me on +91 98765 40133.

Regards,
Pooja`,
  ],
  [
    "out-of-office",
    "A",
    null,
    null,
    "ooo.leave",
    `I'm currently away on sick leave. Your email will not be forwarded; please resend it to hr@example.com.

Sandra`,
  ],
  [
    "out-of-office",
    "P",
    null,
    "2026-12-14",
    "ooo.quoting",
    `Automatic reply: RE: Offer and next steps

Thanks for your note - I'm offsite and back in the office on Monday, December 14.

-----Original Message-----
From: Andrew Park <andrew.park@example.com>
Sent: Wednesday, December 9, 2026 1:02 PM
Subject: RE: Offer and next steps

Hi, thank you so much for the offer! Before I sign, could we set up a short call about the start date?`,
  ],
  [
    "out-of-office",
    "B",
    null,
    "2026-12-14",
    "ooo.delegate",
    `Thank you for your message. I am on holiday until 14 December. In urgent cases please contact my colleague Anna Weber (anna.weber@example.com).

Lars Meyer`,
  ],
  [
    "out-of-office",
    "U",
    null,
    null,
    "ooo.bilingual",
    `Je suis absente et n'ai pas accès à mes e-mails. / I am away and do not have access to my emails.

Claire Dubois`,
  ],
  [
    "out-of-office",
    "J",
    null,
    "2026-11-02",
    "ooo.holiday",
    `Thanks for reaching out! Our team is offline for a company-wide recharge day and will be back on Monday, November 2.

Halden Partners`,
  ],
  [
    "out-of-office",
    "W",
    null,
    "2026-11-20",
    "ooo.until",
    `I am out of the office until Friday, November 20 and will respond to your message when I return. If this is regarding an interview scheduled this week, please contact scheduling@example.com.

Dr. Alan Whitby`,
  ],
  [
    "out-of-office",
    "M",
    null,
    null,
    "ooo.lowercase",
    `out of office - back soon. for anything urgent email hr@example.com`,
  ],
  [
    "out-of-office",
    "F",
    null,
    "2026-12-08",
    "ooo.holiday",
    `Thank you for contacting Redwick Foods Human Resources. Our office is closed from Friday, December 4 for an office move and will reopen on Tuesday, December 8. We will respond to your message after we return.`,
  ],
  [
    "out-of-office",
    "T",
    null,
    "2026-10-19",
    "ooo.delegate",
    `Auto-reply: I'm at our offsite until October 19. For candidate questions please contact Priya Shah (priya.shah@example.com).

Morgan`,
  ],
];
