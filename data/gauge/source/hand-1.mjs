// Hand-written replies, part 1: offers, next steps, encouraging replies.
// Each entry: [signal, received (see ../build.mjs RECEIVED), decisionBy, returnOn, text].
// Received W = Wed 18 Nov 2026 11:02 America/Denver, M = Mon 23 Nov 2026 09:15 Europe/London,
// F = Fri 4 Dec 2026 16:40 America/New_York, T = Tue 13 Oct 2026 14:20 America/Chicago,
// S = Thu 19 Nov 2026 08:30 Australia/Sydney.
export default [
  /* ------------------------------------------------------------------ offer */
  [
    "offer",
    "W",
    null,
    null,
    `Hi Sam,

I'm thrilled to let you know that we'd like to offer you the Product Manager role at Acme! The team was unanimous.

I'll send the formal offer letter over this afternoon with the details on base salary, equity and benefits. We'd love for you to start on Monday, January 4 if that works.

Congratulations!
Dana`,
  ],
  [
    "offer",
    "M",
    null,
    null,
    `Dear Priya,

Further to your final interview last week, I am delighted to offer you the position of Senior Data Analyst at Northgate Insurance. Your written offer of employment is attached, together with our standard terms.

Please could you confirm your acceptance by Friday 27 November. Your proposed start date is Monday 4 January 2027.

Kind regards,
Helen Marsh
Talent Acquisition Partner`,
  ],
  [
    "offer",
    "F",
    null,
    null,
    `Great news - we want you on the team! Verbal offer below, paperwork to follow from HR on Monday:
- Base salary: $142,000
- Signing bonus: $10,000
- Start date: January 11

Let me know if you have questions. Welcome aboard!`,
  ],
  [
    "offer",
    "T",
    null,
    null,
    `Hi Jordan, congrats!! The hiring committee approved and we'd love to extend you an offer for the Backend Engineer (L4) position. Can you jump on a quick call tomorrow so I can walk you through the compensation package?`,
  ],
  [
    "offer",
    "W",
    null,
    null,
    `Sam - the job is yours if you want it. Sara will send over the numbers today. So happy about this.`,
  ],
  [
    "offer",
    "M",
    null,
    null,
    `Hello Tom,

Thank you again for your patience throughout the process. I'm very pleased to confirm that we would like to offer you the role of Marketing Executive. HR will be in touch with your contract and a start date shortly.

Best wishes,
Claire`,
  ],
  [
    "offer",
    "S",
    null,
    null,
    `Hi Mei, we are excited to make you an offer to join us as a UX Designer! Offer details are attached; the offer is valid until 30 November. Any questions, just shout.`,
  ],
  [
    "offer",
    "W",
    null,
    null,
    `Hello Alex,

Pleased to share that we're extending a formal offer for the Customer Success Manager role. You'll find the offer letter in your inbox from DocuSign. Please review and countersign by Monday, November 23.

Once signed we'll kick off the background check.

Best,
Riley Chen | Recruiting, Brightpath`,
  ],
  [
    "offer",
    "F",
    null,
    null,
    `Hi Chris,
Welcome to the team!!! Everyone was so impressed. Official offer letter attached - salary of $118k plus the relocation package we discussed. Target start date is Jan 4th.
Cheers, Mo`,
  ],
  [
    "offer",
    "T",
    null,
    null,
    `Hey Dana, I wanted to call but missed you - short version: we want to offer you the job. Can you talk at 4pm?`,
  ],
  [
    "offer",
    "M",
    null,
    null,
    `Dear Mr Okafor,

Following your recent interview, we are pleased to offer you the post of Finance Business Partner, subject to satisfactory references. Please find attached your offer letter and contract of employment.

Yours sincerely,
People Team
Harwood & Lyle LLP`,
  ],
  [
    "offer",
    "W",
    null,
    null,
    `Hi Jamie - I'm so glad to be writing this one: we'd like to offer you the Staff Designer role. Comp: $185k base + 0.1% equity. Our recruiter Pat will reach out to go through everything and agree a start date. Congrats!`,
  ],
  [
    "offer",
    "S",
    null,
    null,
    `congrats you got the job!! formal offer coming from HR tomorow, start date tbc. so excited to work with you`,
  ],
  [
    "offer",
    "F",
    null,
    null,
    `Hi Lena,

Thank you for taking the time to meet the leadership team. I'm delighted to extend an offer of employment for the position of Operations Lead. The offer package, including base salary and bonus, is attached.

We'd appreciate your decision by Wednesday, December 9.

Warm regards,
Victor Ames
Head of People

On Thu, Dec 3, 2026 at 9:14 AM Lena Park <lena@example.com> wrote:
> Hi Victor, just checking in on the timeline. I'm very excited about the role.`,
  ],

  /* -------------------------------------------------------------- next-step */
  [
    "next-step",
    "W",
    null,
    null,
    `Hi Sam,

Thanks for your time on Monday. The team would like to move you forward to the final round: a 3-hour onsite with the product and design leads.

Could you send me your availability for the week of November 30?

Best,
Dana`,
  ],
  [
    "next-step",
    "M",
    null,
    null,
    `Dear Priya,

Thank you for attending the first-stage interview. I am pleased to let you know that you have been shortlisted for the second interview, which will be held at our Manchester office on Thursday 3 December.

Please confirm whether 10:00 or 14:00 suits you.

Kind regards,
Helen`,
  ],
  [
    "next-step",
    "F",
    null,
    null,
    `Hi Chris - great chatting Wednesday. Next step is a technical interview with two of our engineers (90 min, remote). Grab a slot that works here: https://calendly.com/example/tech-interview`,
  ],
  [
    "next-step",
    "T",
    null,
    null,
    `Hi Jordan,
We'd like to invite you to complete a short take-home exercise. It should take about 3 hours; please return it by Friday, October 16. Instructions attached.
Thanks,
Recruiting`,
  ],
  [
    "next-step",
    "W",
    null,
    null,
    `Alex, the hiring manager wants to meet you. Are you free Thursday or Friday afternoon for 30 mins?`,
  ],
  [
    "next-step",
    "S",
    null,
    null,
    `Hi Mei,

Thanks for chatting with us. We'd love to have you back to present your case study to the wider team. Would Tuesday 24 November at 2pm work?

Cheers,
Tom`,
  ],
  [
    "next-step",
    "M",
    null,
    null,
    `Hi Tom, good news - the panel would like to progress you to the assessment centre stage. Details and booking link to follow from our coordinator later today.`,
  ],
  [
    "next-step",
    "F",
    null,
    null,
    `Thanks Lena. Before we can wrap things up we'd like to do reference checks. Could you send me contact details for two referees, ideally former managers?`,
  ],
  [
    "next-step",
    "W",
    null,
    null,
    `Hi Jamie,

Thank you for your patience! We're wrapping up first-round interviews this week, and I'm pleased to say we'd like to schedule a second interview with you. Please share your availability for early next week.

Best regards,
Morgan

Morgan Blake
Senior Technical Recruiter
Fieldstone Labs
+1 (555) 013-2288`,
  ],
  [
    "next-step",
    "T",
    null,
    null,
    `Hey! Quick one: the team wants to set up a final interview with our VP of Engineering. Would Thursday at 10am CT work?`,
  ],
  [
    "next-step",
    "M",
    null,
    null,
    `Hello Ravi,

Thank you for your application for the Graduate Software Engineer scheme. We are pleased to invite you to the next stage of the process, an online coding test. You will receive a link by email within 24 hours; please complete the test within five days of receiving it.

Graduate Recruitment Team
This is an automated message. Please do not reply to this email.`,
  ],
  [
    "next-step",
    "F",
    null,
    null,
    `hi chris, we'd like to bring you in to meet the team in person. can you do tuesday dec 8? let me know what times work`,
  ],
  [
    "next-step",
    "W",
    null,
    null,
    `Sam - loved your portfolio review. Next step would be a chat with our CEO, just 30 minutes, quite informal. I'll loop in her assistant to find a time.`,
  ],
  [
    "next-step",
    "S",
    null,
    null,
    `Hi Ana, the team would like to move forward with your application. The next stage is a paired programming session. What is your availability over the next week?`,
  ],
  [
    "next-step",
    "M",
    null,
    null,
    `Dear Olivia,

Thanks very much for coming in yesterday. We'd like to invite you back for a final interview with the Managing Director on Tuesday 1 December at 11:00. Please let me know if that works for you.

Many thanks,
Fiona`,
  ],
  [
    "next-step",
    "T",
    null,
    null,
    `Jordan - feedback was positive. The team would like to move ahead with you to the onsite loop. Recruiting coordinator will email you shortly to set it up.`,
  ],

  /* ------------------------------------------------------------ encouraging */
  [
    "encouraging",
    "W",
    "2026-11-20",
    null,
    `Hi Sam,

Thanks so much for following up! The team really enjoyed meeting you; you're one of our top candidates. We're finishing the last couple of interviews and expect to make a decision by Friday.

Talk soon,
Dana`,
  ],
  [
    "encouraging",
    "M",
    null,
    null,
    `Hi Priya, just a quick note to say the panel were really impressed with your presentation. We've got a few more candidates to see, but you're very much in the running. I'll keep you posted.`,
  ],
  [
    "encouraging",
    "F",
    "2026-12-11",
    null,
    `Chris - thanks for checking in. Honestly, you made a great impression on the whole team. We're hoping to wrap things up by the end of next week and I'll be in touch either way.`,
  ],
  [
    "encouraging",
    "T",
    null,
    null,
    `Hey Jordan! Glad you reached out. The feedback from your interviews has been really positive. We're still meeting a couple of people, so hang tight - you're a strong contender.`,
  ],
  [
    "encouraging",
    "W",
    null,
    null,
    `Alex,

Great to hear from you. I really enjoyed our conversation last week, and your ideas about onboarding stuck with me. We're still in the middle of the process but I'd love to keep talking.

Best,
Jess`,
  ],
  [
    "encouraging",
    "S",
    "2026-12-10",
    null,
    `Hi Mei! Thanks for your note. The team loved your case study. We expect to have a decision early next month, and you're definitely one of the frontrunners.`,
  ],
  [
    "encouraging",
    "M",
    null,
    null,
    `Hiya Tom, thanks for the lovely thank-you note! Everyone was really impressed with you. Still waiting on sign-off from finance for the headcount, but fingers crossed. Will update you as soon as I know more.`,
  ],
  [
    "encouraging",
    "F",
    null,
    null,
    `Lena - appreciated your thoughtful follow-up. You were a strong candidate and we enjoyed meeting you. We haven't decided yet; I'll let you know as soon as we do.`,
  ],
  [
    "encouraging",
    "T",
    "2026-10-23",
    null,
    `Hi Jordan, thanks for being patient with us. Just so you know, you're one of two finalists. We aim to make the call by the end of next week.`,
  ],
  [
    "encouraging",
    "W",
    null,
    null,
    `Thanks Jamie! Genuinely loved your questions during the panel. Nothing to share yet but I'm rooting for you.`,
  ],
  [
    "encouraging",
    "M",
    "2026-12-07",
    null,
    `Dear Olivia,

Thank you for your email. I wanted to let you know that the interview panel were very impressed with you, and your application is being considered very seriously. We expect to reach a decision within two weeks.

Kind regards,
Fiona`,
  ],
  [
    "encouraging",
    "S",
    null,
    null,
    `Hi Ana, thank you! It was a pleasure chatting. You'd be a great fit for the team culture. We'll be in touch very soon.`,
  ],
  [
    "encouraging",
    "F",
    null,
    null,
    `Hi Chris — thank you for the article you sent, it sparked a great discussion in our team meeting! We're still figuring out the final headcount for Q1 but we definitely want to stay in touch with you.`,
  ],
  [
    "encouraging",
    "W",
    "2026-11-23",
    null,
    `Sam, really glad you followed up. The team's feedback was excellent across the board. We need to finish one last interview, then we'll decide by Monday.`,
  ],
  [
    "encouraging",
    "T",
    null,
    null,
    `Hi Jordan! Not forgotten you, promise :) The hiring manager was very impressed. Just waiting on a couple more interviews to happen. Speak soon!`,
  ],
  [
    "encouraging",
    "M",
    null,
    null,
    `hi tom, thnx for the note - the team was realy impressed by your portfolio. still interviewing but youre high on our list. will let you know`,
  ],
  [
    "encouraging",
    "S",
    "2026-11-27",
    null,
    `Hey Mei, it was great meeting you in person. The team were all super keen on you. We hope to finalise things by the end of next week.`,
  ],
  [
    "encouraging",
    "F",
    null,
    null,
    `Hello Lena,

I'm sorry for the slow response. I want you to know that you remain one of our strongest candidates. The role has been held up by budget planning, but we are optimistic and hope to have an update for you soon.

Regards,
Victor`,
  ],
];
