// Hand-written replies, part 2: still deciding, brush-offs.
// Each entry: [signal, received (see ../build.mjs RECEIVED), decisionBy, returnOn, text].
export default [
  /* --------------------------------------------------------- still-deciding */
  [
    "still-deciding",
    "W",
    "2026-12-01",
    null,
    `Thanks for checking in! We're still interviewing and hope to decide by December 1.`,
  ],
  [
    "still-deciding",
    "W",
    "2026-12-01",
    null,
    `Hi Sam,

Thanks for your note. We're still speaking with a few candidates and expect to have a decision by Tuesday, December 1. I'll be in touch then.

Best,
Dana`,
  ],
  [
    "still-deciding",
    "W",
    "2026-11-27",
    null,
    `Hi Sam - no decision yet, sorry! We should know more by the end of next week.`,
  ],
  ["still-deciding", "W", null, null, `Thanks, will let you know.`],
  [
    "still-deciding",
    "M",
    "2026-12-04",
    null,
    `Dear Priya,

Thank you for your email. We have not yet made a final decision on the role; the panel are meeting again next week and I expect to be able to update you by Friday 4 December.

Kind regards,
Helen`,
  ],
  [
    "still-deciding",
    "F",
    "2027-01-10",
    null,
    `Hi Chris, thanks for following up. Hiring has slowed down for the holidays, so we probably won't have an answer until early next month. Appreciate your patience!`,
  ],
  [
    "still-deciding",
    "T",
    "2026-10-27",
    null,
    `Hi Jordan - we're still reviewing feedback from all the interviewers. You should hear from us within two weeks.`,
  ],
  [
    "still-deciding",
    "W",
    null,
    null,
    `Hi Alex, thanks for reaching out. The process is taking a bit longer than expected on our side. I'll get back to you as soon as I have news.`,
  ],
  [
    "still-deciding",
    "S",
    "2026-11-22",
    null,
    `Thanks Mei, we haven't made a decision yet. Should be able to update you in the next few days.`,
  ],
  [
    "still-deciding",
    "M",
    null,
    null,
    `Hi Tom, thanks for your message. Nothing to report just yet - we're still waiting on feedback from one of the interviewers. I'll come back to you when I can.`,
  ],
  [
    "still-deciding",
    "F",
    "2026-12-11",
    null,
    `Lena, thank you for your patience. A decision is expected next week; I'll reach out as soon as it's made.`,
  ],
  [
    "still-deciding",
    "W",
    "2026-11-20",
    null,
    `Sam - sorry for the delay. We're finalizing things and should have an answer for you by Friday.`,
  ],
  [
    "still-deciding",
    "T",
    null,
    null,
    `Hey Jordan, we're still in the process of interviewing. Thanks for your patience!`,
  ],
  [
    "still-deciding",
    "M",
    "2026-11-30",
    null,
    `Hello Ravi,

Thanks for getting in touch. We're still collecting feedback from the assessment day and hope to confirm outcomes by the end of the month.

Best wishes,
Graduate Recruitment`,
  ],
  [
    "still-deciding",
    "S",
    null,
    null,
    `Thanks for the follow-up. We're still deliberating and will let you know once we have an update.`,
  ],
  ["still-deciding", "W", null, null, `ok thanks sam, will get back to you`],
  [
    "still-deciding",
    "F",
    "2026-12-18",
    null,
    `Hi Chris,

The hiring manager has been travelling, which has pushed our timeline back a little. We're now aiming to make a decision within two weeks.

Thanks,
Priya

-----Original Message-----
From: Chris Doe <chris@example.com>
Sent: Thursday, December 3, 2026 10:12 AM
To: Priya Shah <priya@example.com>
Subject: Checking in

Hi Priya, I hope you're well. I wanted to check in on the Analyst role. I'm really excited about the opportunity!`,
  ],
  [
    "still-deciding",
    "T",
    "2026-10-20",
    null,
    `Hi Jordan, no news yet I'm afraid. We should be making a decision by October 20.`,
  ],
  [
    "still-deciding",
    "M",
    null,
    null,
    `Hi Olivia, thank you for your email. The role is still open and we are continuing to review applications. I'll be in touch in due course.`,
  ],
  [
    "still-deciding",
    "W",
    null,
    null,
    `Thank you for applying to the Senior Product Manager position at Acme. We have received your application and our recruiting team is reviewing it. If your background is a match, we'll be in touch to discuss next steps.

This is an automated message - please do not reply.`,
  ],
  [
    "still-deciding",
    "M",
    null,
    null,
    `Dear Candidate,

Thank you for your application for the role of Project Coordinator (Ref: PC-2291). This email confirms that your application has been received. Our team will review your details and contact you should you be selected for interview.

Regards,
Recruitment Team
Please do not reply to this email as this mailbox is not monitored.`,
  ],
  [
    "still-deciding",
    "F",
    null,
    null,
    `Thank you for your interest in Brightpath! We've received your application for Data Engineer and will review it shortly. You can track the status of your application in your candidate portal.`,
  ],
  [
    "still-deciding",
    "T",
    null,
    null,
    `Hi Jordan, the hiring for this role has been paused while we go through some reorganisation. I'll let you know when things restart.`,
  ],
  [
    "still-deciding",
    "S",
    "2026-11-30",
    null,
    `Hi Ana, thanks for the nudge! We're wrapping up interviews this week and plan to decide by Monday 30 November.`,
  ],
  [
    "still-deciding",
    "W",
    "2026-11-25",
    null,
    `Hey Sam, I haven't forgotten you! We're waiting on final approval and I hope to have something for you by next Wednesday.`,
  ],
  [
    "still-deciding",
    "M",
    "2026-12-07",
    null,
    `Thanks Tom. Just to manage expectations, we've got a few more candidates to meet and we won't have a decision for another fortnight or so - I'll update you by Monday 7 December at the latest.`,
  ],
  [
    "still-deciding",
    "F",
    null,
    null,
    `Thx for checking in. Still going through the process on our end, will keep you posted.`,
  ],
  [
    "still-deciding",
    "W",
    "2026-12-02",
    null,
    `Hi Sam,
We're taking a little longer than planned, apologies. I'd expect a decision in a week or two.
Dana
Sent from my iPhone`,
  ],
  [
    "still-deciding",
    "T",
    null,
    null,
    `Hi Jordan, there's no final decision yet. The team is meeting on Thursday to discuss all the candidates and I'll share the outcome after that.`,
  ],
  [
    "still-deciding",
    "M",
    "2026-12-01",
    null,
    `Hi Priya, thanks for your email. We have a couple more interviews to do this week and should be in a position to give you an answer early next week.`,
  ],
  [
    "still-deciding",
    "S",
    null,
    null,
    `Hi, thanks for your email. The decision hasn't been made yet. We appreciate your patience.`,
  ],
  ["still-deciding", "F", null, null, `Sorry, desicion still pending on our side. Bear with us!`],

  /* -------------------------------------------------------------- brush-off */
  [
    "brush-off",
    "W",
    null,
    null,
    `Hi Sam, thanks for following up. We'll reach out if anything changes.`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    `Dear Priya,

Thank you for your continued interest. We will keep your CV on file and will contact you should a suitable opportunity arise.

Regards,
HR`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    `Hi Chris, no update at this time. We'll let you know if there's any news.`,
  ],
  [
    "brush-off",
    "T",
    null,
    null,
    `Jordan, we have your details. If we need anything further we'll be in touch.`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    `Thanks for checking in again. As I mentioned, there's no timeline yet and I'm not able to share more at this point.`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    `Hi Mei, we're extremely busy at the moment with a high volume of applications. If there is an update we will contact you.`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    `Hi Tom, thanks for your patience. The role has been put on hold indefinitely. Feel free to keep an eye on our careers page for future openings.`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    `Lena - appreciate the persistence but there's really no need to follow up again. We'll contact you if we want to proceed.`,
  ],
  ["brush-off", "W", null, null, `Got your message. Nothing new to share right now.`],
  [
    "brush-off",
    "T",
    null,
    null,
    `Hi Jordan! Thanks so much for reaching out. We'll keep your resume on file for future roles that might be a fit.`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    `Hello Olivia,

Thanks for your note. I'm afraid I don't know when we'll be revisiting this position. We'll be in touch if the situation changes.

Best,
Fiona`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    `Thanks Ana. At this stage we can't give you a timeline. Should anything change, we'll let you know.`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    `Hi Alex,

Thank you for your interest. We're not able to provide any further updates on the process right now. Please keep an eye on our careers site for other roles.

Kind regards,
Talent Team`,
  ],
  ["brush-off", "F", null, null, `Hey Chris, I'll reach out if something comes up.`],
  [
    "brush-off",
    "M",
    null,
    null,
    `Hi Ravi, we'll hold your details in our talent pool and get in touch if a relevant position opens up.`,
  ],
  [
    "brush-off",
    "T",
    null,
    null,
    `Jordan - things are hectic here and I'm not sure when we'll get to it. I'll let you know if anything changes.`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    `Sam, we appreciate your enthusiasm, but please don't contact the hiring team directly. If there's news, the recruiter will reach out.`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    `Hi Mei, thanks again for your interest in working with us. We'll keep you in mind if anything opens up in the future.`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    `Hi Tom, really sorry for the radio silence, it's been mad here. There's no news yet and I can't commit to a timeline, but we'll be in touch if things move.`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    `Hi Lena, thanks for the email. There's nothing to report and the position is on hold for the foreseeable future. We'll keep your profile on file.`,
  ],
  ["brush-off", "W", null, null, `noted, we'll contact you if needed`],
  [
    "brush-off",
    "T",
    null,
    null,
    `Hey Jordan, thanks for reaching out! We don't have any updates to share. If something changes we'll reach out.

On Mon, Oct 12, 2026 at 4:10 PM Jordan Reyes <jordan@example.com> wrote:
> Hi Kim, I wanted to follow up on my interview. I'd love to hear about next steps and I'm still very excited about the role.`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    `Hi Priya, the team is currently reviewing its priorities for next year. We'll reach out should the role become available again. All the best.`,
  ],
];
