// Replies written after the catalogue of real replies in ../README.md ("What real replies
// say"), batch 1. Every name, company and address is invented; no sentence is copied from a
// real reply or template. Each entry:
// [signal, received (see ../build.mjs RECEIVED), decisionBy, returnOn, pattern, text],
// where pattern names the catalogue pattern the reply stands for.
export default [
  // ---- rejection ----
  [
    "rejection",
    "W",
    null,
    null,
    "rej.not-proceeding",
    `Hi Sam,

Thank you for applying for the Data Analyst role at Quillfield. After review, we will not be moving forward at this time.

Best of luck with your search,
Quillfield Talent`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.other-candidates",
    `Dear Priya,

Many thanks for the time you gave us on Thursday. We have now completed the interviews for the Marketing Executive post and have decided to progress with another applicant whose experience is a closer fit for what the team needs right now.

We wish you every success.

Kind regards,
Helen Marsh
Talent Acquisition Partner | Norbridge Analytics
T: +44 20 7946 0312`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.praise-then-no",
    `Chris -

I want to start by saying the panel genuinely liked you. Your case study was one of the clearest we saw and two interviewers called out how calmly you handled the pricing question.

That made this harder: we have offered the Product Manager role to a candidate with more time in payments, and they have accepted.

I'm sorry this isn't better news. I'd be glad to pass on detailed feedback if it would help.

Riley`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.ats-noreply",
    `Hello Jordan,

Thank you for your interest in the Backend Engineer (Platform) position at Ferncliff Systems.

After careful review of your application, we have decided to pursue other candidates whose experience more closely matches the needs of this role.

We appreciate the time you invested and encourage you to visit our careers site for future openings.

Ferncliff Systems Talent Acquisition
This mailbox is not monitored. Please do not reply to this email.`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    "rej.unsuccessful",
    `Dear Mei,

Re: Senior Policy Officer (ref. NVC-2291)

Thank you for attending the interview on 12 November. I regret to advise that your application has been unsuccessful on this occasion.

The panel's decision was a close one. Should you wish to receive feedback, please contact the recruitment team on 02 5550 1187 within 14 days.

Yours sincerely,
Recruitment Services
Northvale Council`,
  ],
  [
    "rejection",
    "I",
    null,
    null,
    "rej.non-native",
    `Dear Candidate,

Greetings from Nilgiri Softworks!

With reference to your interview for the post of Senior Java Developer held on 19th Nov, we would like to inform that you are not shortlisted for the further rounds of the process. Your profile is not matching with our current requirement.

We thank you for the interest shown in our organisation and wish you all the best for your future endeavours.

Thanks & Regards,
HR Team
Nilgiri Softworks Pvt. Ltd.`,
  ],
  [
    "rejection",
    "P",
    null,
    null,
    "rej.filled",
    `Hi Ana, quick update from me: the UX Designer role was filled this week, so we won't be taking your application any further. Thank you for all the work you put into the portfolio review. Ana, I hope the right thing comes along very soon.

Victor Ames | Head of People | Orbital`,
  ],
  [
    "rejection",
    "B",
    null,
    null,
    "rej.non-native",
    `Dear Mr. Novak,

thank you very much for your application and the nice conversation last week. Unfortunately we must inform you that we decided for another candidate, who brings more experience with SAP.

We regret not to give you a more positive answer and wish you for your future professional and private way all the best.

Kind regards

Katrin Vogel
Human Resources
Auralink GmbH | Example Str. 12 | 10115 Berlin`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    "rej.implicit",
    `Hi Alex,

Thank you for your interest in Lumora and for the time you spent with our team over the past few weeks. We truly appreciated getting to know you.

We wish you all the best in your future endeavors.

Lumora Recruiting`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.decisive-last",
    `Hi Olivia,

Thanks so much for your patience while we worked through this - I know it's been a long few weeks, and I really appreciated how responsive you were with the take-home and the extra call with our CFO. Everyone enjoyed the conversation about forecasting and you clearly know the domain well.

We had a strong final group and spent a long time comparing notes on Friday. In the end we've decided to offer the role to someone else.

Jess`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.quoted-other-signal",
    `Hi Tom, sorry - we've gone with another candidate for this one. Thanks for your time.

On Mon, Nov 30, 2026 at 8:14 AM Tom Reyes <tom.reyes@example.com> wrote:
> Hi Dana, thanks again for Thursday! You mentioned the next step would be
> a final interview with the CTO and that an offer could follow quickly -
> happy to make myself available any day next week.
> Best, Tom`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.keep-on-file-after",
    `Dear Lena,

Thank you for taking part in our assessment centre. We were impressed by your presentation; however, we will not be offering you a place on the 2027 graduate programme.

With your permission we will keep your details in our talent pool and contact you if a suitable vacancy arises.

Best wishes,
Graduate Recruitment Team
Pinegate Insurance`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    "rej.cancelled",
    `Hi Ravi,

I'm really sorry to be writing this. Following a budget review last week, the Operations Lead position has been withdrawn and we won't be hiring for it. This is nothing to do with you - you were one of the people we were most excited about.

If a new role opens in the new year I'll reach out personally, but please don't hold off on other opportunities for us.

Warm regards,
Kim Nguyen
Engineering Manager, Lumen`,
  ],
  [
    "rejection",
    "I",
    null,
    null,
    "rej.one-line",
    `not proceeding with your profile for this position. thanks`,
  ],
  [
    "rejection",
    "A",
    null,
    null,
    "rej.date-then-no",
    `Hi Jamie,

Apologies that this is later than the Wednesday I promised - the final sign-off took longer than planned. I'm afraid we won't be moving ahead with your application; the hiring manager has chosen a candidate who has already run a team of this size.

Thank you for your patience and for being so easy to work with throughout.

Fiona Grant
HR Manager | Harwood & Lyle
Sent from my iPhone`,
  ],
  [
    "rejection",
    "P",
    null,
    null,
    "rej.feedback",
    `Hi Marcus,

Thank you for coming onsite on Monday. The team has met to review, and we won't be progressing your application for the Staff Engineer role.

Some feedback, in case it helps: the system design round was strong, but the panel wanted to see more depth on data modelling for multi-tenant systems. We're happy to set up a 20-minute call to talk it through, though I should be clear that it won't change the outcome.

All the best,
Morgan Blake
Senior Technical Recruiter, Fieldstone Labs`,
  ],
  [
    "rejection",
    "B",
    null,
    null,
    "rej.status-notice",
    `*** Auto generated message - please do not reply ***

Dear Tomasz Kowal,

Your status for the position Data Engineer (Halden Partners) has been updated.

Previous status: <b>Interviewing</b>
New status: <b>Not in consideration</b>

Regards,
Castlegate Talent`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    "rej.warm-long",
    `Hey Deepak!

Sorry for the slow reply - it's been a wild couple of weeks here (we closed our Series B, so things got busy in the best way).

I finally got to sit down with the team about you. Honestly everyone liked you a lot - the way you talked about mentoring juniors came up more than once. This role ended up being way more competitive than I expected, and we decided to go with someone who has shipped more mobile apps end to end, so they can ramp faster.

I know that's not what you wanted to hear. We're growing and new roles open all the time, so keep an eye on the careers page, and please do stay in touch.

Cheers,
Jess Patel
Director of Product, Cobalt Health`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.after-test",
    `Hello Hannah,

Thank you for completing the online assessment for the Graduate Analyst position. Your results did not reach the level required to progress to the next stage, so we will not be taking your application further.

You are welcome to apply again after six months.

Meridale Bank Early Careers
&nbsp;
This is an automated message.`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.different-direction",
    `Hi Owen - after a lot of back and forth the team decided to go in a different direction with this hire (more of a generalist than a specialist). Really appreciated your time and thinking, and I hope our paths cross again.

Best,
Victor`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.other-candidates",
    `hi yuki, thanks for interviewing with us. we decided to move forward w/ other candidates for the support engineer role. wish you the best!

sent from mobile, excuse brevity`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    "rej.praise-then-no",
    `Dear Fatima,

It was a pleasure to meet you. Your knowledge of clinical governance was excellent and the panel enjoyed your examples from the ward.

Unfortunately, on this occasion we have appointed another candidate to the Practice Manager post.

Thank you again for your interest in Kestrel Health.

Kind regards,
Jane Ortiz
People Team`,
  ],
  [
    "rejection",
    "I",
    null,
    null,
    "rej.ats-noreply",
    `Dear Arjun Mehta,

Thank you for applying for Job ID 44817 - Business Analyst (Pune).

We have reviewed your profile against the requirements of the role and regret that we are unable to take your candidature forward at this stage.

Your profile will remain in our database for future openings.

Regards,
Talent Acquisition Team
Anvaya Data Services
<br>
<i>This is a system generated mail. Please do not reply.</i>`,
  ],
  [
    "rejection",
    "P",
    null,
    null,
    "rej.quoted-other-signal",
    `Hi Grace,

Following up on my note from last week: the hiring committee has made its decision and unfortunately it isn't you this time. Thank you for everything you put into the process.

Best,
Riley

-----Original Message-----
From: Grace Kim <grace.kim@example.com>
Sent: Thursday, December 3, 2026 4:02 PM
To: Riley Chen <riley.chen@example.com>
Subject: RE: Next steps

Hi Riley, thanks for letting me know the committee meets this week. I've had another offer come in, so any update would be wonderful - I'm still very keen and can come in for another interview at short notice.
Grace`,
  ],
  [
    "rejection",
    "B",
    null,
    null,
    "rej.not-selected",
    `Dear Ines,

Thank you for your interest in the internship at Tessellate AI and for completing the coding exercise.

We received a very large number of applications and, after careful consideration, you have not been selected for an interview.

We wish you every success in your studies.

Tessellate AI Recruiting`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    "rej.keep-on-file-after",
    `Hi Ben,

Thank you for interviewing for the Sales Development Representative role. We've decided to move ahead with another candidate. We'd like to keep your resume on file, as we expect to hire again in the spring and think you could be a fit.

Thanks,
Kim`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.unsuccessful",
    `Dear Chloe

Thank you for your application for the position of Teaching Assistant. I am sorry to tell you that you have not been successful this time. We had a high number of applicants and the shortlisting panel had some difficult decisions to make.

Please do look out for future vacancies.

Yours sincerely

Mrs P. Adeyemi
School Business Manager`,
  ],
  ["rejection", "A", null, null, "rej.one-line", `Position filled, thank you.`],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.warm-long",
    `Hi Mateo,

I hope you had a good Thanksgiving.

I wanted to reach out personally rather than send you a form email. First, thank you - you gave us four rounds and a very thoughtful take-home, and I know that's a real investment of time while you're working full time.

We've now made a decision on the Senior Data Scientist role. It came down to you and one other person, and after a long debrief we've decided to extend the offer to the other candidate, mostly because of their experience with causal inference in marketplaces.

I'd genuinely like to stay in touch. If you're open to it, I'll reach out when our ML platform roles open in Q2.

Warmly,
Dana Lee
Hiring Manager, Acme`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.not-proceeding",
    `Dear Nadia,

Thank you for your interest in Greyfield Retail and the Store Manager vacancy.

Having considered your application carefully, we will not be proceeding with your candidacy.

We wish you well in your job search.

Greyfield Retail Careers`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    "rej.html-remnants",
    `<p>Hi Ewan,</p><p>Thanks for your time on the phone earlier this week.&nbsp;</p><p>After discussing with the hiring manager we've decided not to move forward with your application for the Account Executive role. We really appreciate your interest in Saltmarsh Media.</p><p>Best,<br>Talent Team</p>`,
  ],
  [
    "rejection",
    "I",
    null,
    null,
    "rej.non-native",
    `Hi Rahul,

As discussed over call, client has given the feedback that they are not going ahead with your profile for the Azure Architect requirement. They are looking for candidate with more hands on in Kubernetes.

Will update you if any other suitable opening comes.

Regards,
Sneha
Trident Staffing | +91 98765 40112`,
  ],
  [
    "rejection",
    "P",
    null,
    null,
    "rej.cancelled",
    `Hi Zara,

I wanted to let you know that we've closed the Content Strategist search without hiring. The team has been restructured and the role no longer exists in its current form. I'm sorry for the disruption - thank you for your time and your lovely writing samples.

Sofia
Sorrel Studio`,
  ],
  [
    "rejection",
    "B",
    null,
    null,
    "rej.other-candidates",
    `Hello Felix,

Thanks for meeting with us. We have decided to continue with candidates whose background in embedded systems is deeper, so we will close your application here.

Good luck!

Lars Meyer
CTO, Bluecap Energy`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    "rej.typos",
    `Hi Maya,

Thank you for your time last week. Unfortunatly we have decided not to procede with your application for the Office Coordinater position. We wish you luck in you're search.

Regards,
Tina
Oakhurst Consulting`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.agency",
    `Hi Daniel,

Just had feedback from the client on Friday's interview. They liked your energy but felt you were a bit light on stakeholder management for this level, so they won't be taking it further.

Don't be disheartened - I've got a couple of other roles that might suit you better and I'll give you a call tomorrow to run through them.

Cheers,
Tom Harding
Senior Consultant | Hollin Recruitment
M: 07700 900412`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.after-test",
    `Hi Kwame,

Thanks for submitting the take-home. The reviewers found the solution worked but had concerns about test coverage and error handling, so we won't be moving you to the onsite stage.

We appreciate the effort you put in.

Corvid Labs Engineering Hiring`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.praise-then-no",
    `Lucia, you were a delight to interview and the team would have been lucky to have you. We've had to make a tough call and have gone with an internal candidate for the Events Manager role. Thank you so much, and please keep in touch.

Jess`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    "rej.date-then-no",
    `Hi Jordan,

I promised you an answer by the end of last week and I'm sorry it's taken a few more days. The decision has been made and we are not offering you the position. I know that's disappointing after three rounds.

Many thanks,
Helen`,
  ],
  [
    "rejection",
    "A",
    null,
    null,
    "rej.implicit",
    `Dear Sofia,

We would like to thank you for your interest in Redwick Foods and for the time you gave to our recruitment process. We wish you every success in your career.

Best regards,
The HR Team`,
  ],
  [
    "rejection",
    "B",
    null,
    null,
    "rej.lowercase",
    `hi marco, thanks for your patience. we decided to not continue with your application for the frontend role, the team wanted someone more senior in react. all the best, jonas`,
  ],
  [
    "rejection",
    "P",
    null,
    null,
    "rej.ats-noreply",
    `Hi Chris,

Thank you so much for your interest in Vantor Cloud and for the time and effort you've invested in our process. After consideration, we have decided not to move forward with your application for the Site Reliability Engineer role.

This update applies only to the Site Reliability Engineer role. If you applied to other roles at Vantor Cloud, you may still hear from us about those.

We wish you continued success in your search.

Vantor Cloud Recruiting`,
  ],
  // ---- brush-off ----
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.keep-on-file",
    `Hi Sam,

Thanks for checking in. We don't have an update on the Analyst role for now. We'll keep your resume on file and will be in touch if something suitable comes up.

Quillfield Talent`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.no-update",
    `Hi Priya - nothing new to report on our side at the moment, I'm afraid. We'll let you know if that changes.

Helen`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    "bo.on-hold-indefinite",
    `Hi Chris,

I wanted to be upfront with you: the company has paused all hiring while we finalise next year's budget, and the Product Manager role is frozen along with everything else. I don't have a restart date and I'd encourage you to keep pursuing other opportunities rather than wait on us.

If and when the role reopens, I'd like to reach back out.

Riley Chen
Recruiter, Brightpath`,
  ],
  [
    "brush-off",
    "T",
    null,
    null,
    "bo.dont-chase",
    `Hi Jordan,

Thank you for your emails. As mentioned, we will contact candidates directly once there is news, so there is no need to follow up in the meantime.

Regards,
Recruitment Team`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    "bo.warm",
    `Hi Mei! It was so lovely chatting last week and I really enjoyed hearing about your work at the museum. We're still working out what the team needs, so I can't promise anything, but we'll definitely be in touch if there's a fit down the line.

Take care,
Sofia`,
  ],
  [
    "brush-off",
    "I",
    null,
    null,
    "bo.reach-out-if",
    `Dear Rahul,

Thank you for your mail. Your profile is under consideration with the client. We will get back to you in case of any requirement from their end.

Regards,
Sneha | Trident Staffing`,
  ],
  [
    "brush-off",
    "A",
    null,
    null,
    "bo.careers-page",
    `Hi Jamie,

Thanks for reaching out again. There's nothing further I can share about the Finance Business Partner role, but new positions are posted regularly on our careers page, so it's worth keeping an eye on it.

Best,
Fiona`,
  ],
  [
    "brush-off",
    "P",
    null,
    null,
    "bo.only-if-shortlisted",
    `Hello Marcus,

Thank you for your follow-up. Due to the volume of applications we receive, we are only able to contact candidates who are selected to move forward.

Best regards,
Fieldstone Labs Recruiting`,
  ],
  [
    "brush-off",
    "B",
    null,
    null,
    "bo.non-native",
    `Dear Mr. Novak,

thank you for your inquiry. At the moment there is no news regarding the position. If something changes, we will come back to you.

Best regards
Katrin Vogel`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.missed-date",
    `Hi Alex,

I know I said we'd have an answer last week - things have shifted a bit on our end and the timeline is up in the air now. I'll reach out if there's anything to share.

Dana`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.keep-on-file",
    `Hi Olivia,

Thanks for your note. We've had an overwhelming response to this vacancy and aren't in a position to give individual updates. We'll hold your CV on file and contact you should a suitable opening arise.

Kind regards,
Northgate Insurance Recruitment`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    "bo.on-hold-indefinite",
    `Tom - quick heads up, the Ops Lead search is on hold until further notice while leadership rethinks the org chart. Nothing I can share beyond that right now. Sorry!`,
  ],
  [
    "brush-off",
    "T",
    null,
    null,
    "bo.reach-out-if",
    `Hi Lena, thanks for following up. If we need anything else from you, we'll be in touch.

Best,
Morgan`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    "bo.quoted-other-signal",
    `Hi Ravi, no update at this stage, sorry. Will let you know if anything moves.

Kim

On Wed, 18 Nov 2026 at 16:20, Ravi Shah <ravi.shah@example.com> wrote:
> Hi Kim, I've just received an offer from another company and they need an
> answer by Monday. You said you were aiming to decide this week - is there
> any chance of an update? I'd much rather join Lumen.`,
  ],
  [
    "brush-off",
    "I",
    null,
    null,
    "bo.only-if-shortlisted",
    `Dear Candidate,

Thank you for writing to us. Kindly note that only shortlisted candidates will be contacted for the further process. We request you not to send repeated mails regarding the status.

Regards,
HR Desk
Nilgiri Softworks`,
  ],
  [
    "brush-off",
    "A",
    null,
    null,
    "bo.warm",
    `Hi Owen, thanks so much for the kind follow-up! We really enjoyed meeting you. The team's still figuring out priorities for the new year, so I don't have anything concrete - but you're on our radar and we'll reach out if the timing works.

Sent from my phone`,
  ],
  [
    "brush-off",
    "P",
    null,
    null,
    "bo.no-update",
    `Hi Grace,

Thanks for checking in. I'm not able to share a timeline at the moment. If we need anything further from you, we'll contact you.

Riley Chen | Recruiter | Brightpath
riley.chen@example.com

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.`,
  ],
  [
    "brush-off",
    "B",
    null,
    null,
    "bo.keep-on-file",
    `Hi Felix,

thanks again for your interest in Bluecap. Right now we cannot say more about the process. We keep your documents and will contact you if there is a suitable position.

Greetings,
Lars`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.dont-chase",
    `Hi Deepak - we've got your details and the team knows you're interested. No need to keep checking in; if there's news, you'll hear from us.

Jess`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.lowercase",
    `hi hannah, nothing to share yet on this one unfortunately. we'll be in touch if anything comes up. tom`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    "bo.on-hold-indefinite",
    `Dear Kwame,

Thank you for your continued interest in the Platform Engineer vacancy. Please be advised that this requisition has been placed on hold indefinitely. Your application will remain in our system and we will notify you should the position be reopened.

Corvid Labs Talent Acquisition`,
  ],
  [
    "brush-off",
    "T",
    null,
    null,
    "bo.careers-page",
    `Hi Yuki,

Appreciate you following up! We're not moving quickly on the support team right now. Feel free to keep an eye on our jobs page and apply to anything that catches your eye.

Thanks,
Dana`,
  ],
  // ---- still-deciding ----
  [
    "still-deciding",
    "W",
    "2026-12-02",
    null,
    "sd.receipt-window",
    `Hi Sam,

Thank you for applying to the Data Analyst role at Quillfield. Your application has been received and a member of our recruiting team will review it. We aim to respond to all applicants within two weeks.

Quillfield Recruiting
no-reply@example.com`,
  ],
  [
    "still-deciding",
    "M",
    null,
    null,
    "sd.receipt-conditional",
    `Dear Priya,

Thank you for applying for the position of Marketing Executive at Norbridge Analytics. We confirm that your application has been received and is now under review.

If your qualifications match the requirements of the role, a recruiter will contact you to discuss next steps.

Norbridge Analytics Careers`,
  ],
  [
    "still-deciding",
    "F",
    "2026-12-11",
    null,
    "sd.decision-maker-away",
    `Hi Chris,

Thanks for your patience. The hiring manager has been travelling all week, so the final debrief slipped. We're down to a small group and I expect to be back to you with a decision next week.

Riley`,
  ],
  [
    "still-deciding",
    "T",
    null,
    null,
    "sd.delay",
    `Hi Jordan,

Sorry for the wait! Approvals are taking longer than we hoped on our side. You're still very much in the process and I'll update you as soon as I hear anything.

Best,
Morgan`,
  ],
  [
    "still-deciding",
    "S",
    "2026-11-27",
    null,
    "sd.still-interviewing",
    `Hi Mei,

Thanks for getting in touch. We have two more interviews to hold this week and then the panel will meet. You should hear from us by the end of next week either way.

Regards,
Jane`,
  ],
  [
    "still-deciding",
    "I",
    null,
    null,
    "sd.neutral-promise",
    `Hi Arjun,

Noted. Feedback from the panel is awaited. I will revert once I receive the same.

Thanks & Regards,
Pooja
HR Executive | Anvaya Data Services`,
  ],
  [
    "still-deciding",
    "A",
    "2026-12-04",
    null,
    "sd.pending-internal",
    `Hi Jamie,

Quick one from my phone - the final decision sits with the partners' committee, which meets next week. I'll let you know the outcome straight after.

Fiona`,
  ],
  [
    "still-deciding",
    "P",
    "2027-01-10",
    null,
    "sd.delay",
    `Hi Marcus,

I wanted to give you a quick update rather than leave you wondering. With the holidays coming up, a few of the interviewers are out and we won't be able to finish the debrief until the new year. We now expect to make a decision in early January.

Thanks for bearing with us,
Morgan`,
  ],
  [
    "still-deciding",
    "B",
    null,
    null,
    "sd.other-language",
    `Sehr geehrter Herr Novak,

vielen Dank für Ihre Nachfrage. Wir befinden uns noch im Auswahlprozess und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Katrin Vogel`,
  ],
  [
    "still-deciding",
    "W",
    "2026-11-24",
    null,
    "sd.neutral-promise",
    `Hey Alex - still waiting on one more interviewer's notes. Should be able to give you an answer early next week. Thanks for hanging in there!`,
  ],
  [
    "still-deciding",
    "M",
    null,
    null,
    "sd.thanks-only",
    `Thanks Olivia, noted!

Helen`,
  ],
  [
    "still-deciding",
    "F",
    "2026-12-18",
    null,
    "sd.still-interviewing",
    `Hello Tom,

Thanks for your email. We're still meeting candidates for the Operations Lead role and we expect to complete the process within two weeks. I'll be in touch then.

Best regards,
Victor Ames
Head of People | Orbital
+1 (555) 0143-2290`,
  ],
  [
    "still-deciding",
    "T",
    "2026-10-31",
    null,
    "sd.pending-internal",
    `Hi Lena,

Thank you for following up. We've finished interviewing and the hiring panel is now collecting references for the shortlist. We hope to confirm the outcome by the end of the month.

Kind regards,
Graduate Recruitment Team`,
  ],
  [
    "still-deciding",
    "S",
    null,
    null,
    "sd.ats-receipt",
    `Hi Ravi,

Your application for Operations Lead at Lumen has been submitted successfully.

What happens next? Our team reviews every application. You can check the status of your application at any time by signing in to your candidate account.

Lumen Careers
Please do not reply to this message.`,
  ],
  [
    "still-deciding",
    "I",
    "2026-12-04",
    null,
    "sd.delay",
    `Dear Deepak,

Greetings of the day!

We apologise for the delay in communication. Due to internal restructuring, the final round results for the Java Developer position are getting delayed. We shall update you on the status by next week.

Request your patience.

Regards,
HR Team
Nilgiri Softworks`,
  ],
  [
    "still-deciding",
    "A",
    null,
    null,
    "sd.quoted-other-signal",
    `Hi Owen, no decision yet - I'll let you know as soon as I hear.

> On 26 Nov 2026, at 18:03, Owen Price <owen.price@example.com> wrote:
>
> Hi Dana, I wanted to let you know I've been offered a role elsewhere, but
> Acme is my first choice. I'd be glad to do another interview if it helps.`,
  ],
  [
    "still-deciding",
    "P",
    "2026-12-18",
    null,
    "sd.still-interviewing",
    `Hi Grace,

Thanks for your note. We're wrapping up the last couple of final rounds and should be in a position to make a call next week. I'll reach out either way.

Riley`,
  ],
  [
    "still-deciding",
    "B",
    "2026-12-10",
    null,
    "sd.pending-internal",
    `Hello Ines,

thank you for your patience. The team lead is collecting the feedback of all interviewers. We plan to give you an answer until 10 December.

Best regards,
Tessellate AI Recruiting`,
  ],
  [
    "still-deciding",
    "W",
    null,
    null,
    "sd.html-remnants",
    `<div>Hi Ben,</div><div><br></div><div>Thanks for checking in!&nbsp; We are still reviewing applications for the SDR role and haven't made any decisions yet.&nbsp; I'll keep you posted.</div><div><br></div><div>Kim</div>`,
  ],
  [
    "still-deciding",
    "M",
    "2026-12-07",
    null,
    "sd.delay",
    `Dear Chloe,

Thank you for your email. Shortlisting has taken longer than expected because of the number of applications. We now expect to contact candidates in a week or two.

Yours sincerely,
Mrs P. Adeyemi`,
  ],
  [
    "still-deciding",
    "F",
    null,
    null,
    "sd.receipt-conditional",
    `Hi Kwame,

Thank you for your application to Corvid Labs. We've received it and our team is reviewing your background. If it looks like a strong match for the role, we'll reach out to schedule an initial conversation.

Corvid Labs Recruiting`,
  ],
  [
    "still-deciding",
    "T",
    null,
    null,
    "sd.lowercase",
    `hey yuki! thanks for the nudge. still working through it on our end, will circle back soon`,
  ],
  // ---- next-step ----
  [
    "next-step",
    "W",
    null,
    null,
    "ns.interview-invite",
    `Hi Sam,

Thanks for speaking with me on Monday. The hiring manager would like to invite you to a 45-minute video interview. Would any of these work (Mountain time)?

- Thu 19 Nov, 10:00
- Fri 20 Nov, 14:30
- Mon 23 Nov, 09:00

Best,
Dana`,
  ],
  [
    "next-step",
    "M",
    null,
    null,
    "ns.scheduling-link",
    `Hi Priya,

Great news - you've been shortlisted for the second stage. Please use the link below to book a slot for a panel interview with the Head of Marketing and two team members:

https://calendar.example.com/norbridge/panel-45

Slots are available until Friday. Any problems, just reply to this email.

Helen`,
  ],
  [
    "next-step",
    "F",
    null,
    null,
    "ns.assessment",
    `Hi Chris,

As the next step, we'd like you to complete a short product exercise. You'll find the brief attached; please send your response within five working days. We'll then set up a 60-minute session to walk through it with the team.

Riley`,
  ],
  [
    "next-step",
    "T",
    null,
    null,
    "ns.references",
    `Jordan - the team would like to move ahead to references. Could you send me names and contact details for two managers you've worked with in the last five years? Thanks!

Morgan`,
  ],
  [
    "next-step",
    "S",
    null,
    null,
    "ns.call-with",
    `Hi Mei,

Our Director, Paul Hart, would love to have a chat with you before we go further. He's free Monday afternoon or Tuesday morning (Sydney time) - let me know what suits and I'll send an invite.

Jane`,
  ],
  [
    "next-step",
    "I",
    null,
    null,
    "ns.interview-invite",
    `Dear Arjun,

Greetings from Anvaya Data Services!

We are pleased to inform you that you have cleared the technical round. Your HR discussion is scheduled on 26th Nov (Thursday) at 3:00 PM IST over Teams. Kindly confirm your availability by return mail.

Please keep your updated CV, last 3 months payslips and a government ID handy.

Thanks & Regards,
Pooja
HR Executive`,
  ],
  [
    "next-step",
    "A",
    null,
    null,
    "ns.availability",
    `Hi Jamie,

Sorry for the weekend email! The partners would like to meet you in person for a final conversation. Could you let me know your availability for the week of 7 December?

Fiona
Sent from my iPhone`,
  ],
  [
    "next-step",
    "P",
    null,
    null,
    "ns.onsite-logistics",
    `Hi Marcus,

You're confirmed for the onsite on Tuesday, December 15 at our Oakland office:

9:30 - welcome & coffee
10:00 - system design (90 min)
12:00 - lunch with the team
13:00 - coding (60 min)
14:15 - hiring manager

Please bring a photo ID for security. Reply here if anything needs to move.

Morgan Blake | Fieldstone Labs`,
  ],
  [
    "next-step",
    "B",
    null,
    null,
    "ns.non-native",
    `Dear Mr. Novak,

thank you for the first interview. We would like to invite you to a second interview with our managing director. Please tell us which date is possible for you: 3 December at 10 am or 4 December at 2 pm.

Best regards
Katrin Vogel`,
  ],
  [
    "next-step",
    "W",
    null,
    null,
    "ns.documents",
    `Hi Alex - before we set up the final round, could you send over two or three writing samples, ideally something long-form? Once I have those I'll get the panel booked.

Thanks!
Dana`,
  ],
  [
    "next-step",
    "M",
    null,
    null,
    "ns.agency",
    `Hi Olivia,

Good news - the client loved you and wants to see you again! Second interview would be at their office in Leeds, ideally Thursday or Friday this week. Can you give me a call when you're free so we can lock it in?

Tom Harding
Hollin Recruitment | 07700 900412`,
  ],
  [
    "next-step",
    "F",
    null,
    null,
    "ns.offer-words-in-invite",
    `Congratulations, Tom!

You've made it to the final stage for the Operations Lead role. The last step is a conversation with our CEO, after which we hope to move quickly to an offer. Please pick a time here: https://calendar.example.com/orbital/ceo-30

Victor`,
  ],
  [
    "next-step",
    "T",
    null,
    null,
    "ns.assessment",
    `Hello Lena,

Thank you for your application. You are invited to complete our online assessment (numerical and situational judgement, approx. 40 minutes):

https://assess.example.com/pinegate/start?c=7Q2K

The link expires in 7 days.

Graduate Recruitment Team`,
  ],
  [
    "next-step",
    "S",
    null,
    null,
    "ns.quoted-other-signal",
    `Ravi, can you do Thursday at 11 with the COO? Kim

-----Original Message-----
From: Ravi Shah <ravi.shah@example.com>
Sent: Tuesday, 17 November 2026 9:12 AM
To: Kim Nguyen <kim.nguyen@example.com>
Subject: Following up

Hi Kim, just following up. I understand if you've decided to go with someone else - I'd just appreciate knowing either way.`,
  ],
  [
    "next-step",
    "I",
    null,
    null,
    "ns.documents",
    `Hi Rahul,

Client has shortlisted your profile for the next round. Please share the below details at the earliest:

Current CTC:
Expected CTC:
Notice period:
Current location:

Will schedule the L2 interview once received.

Regards,
Sneha | Trident Staffing`,
  ],
  [
    "next-step",
    "P",
    null,
    null,
    "ns.lowercase",
    `hey grace - team wants to do one more call, mostly culture stuff w/ our head of design. does fri morning work? 30 min`,
  ],
  [
    "next-step",
    "B",
    null,
    null,
    "ns.assessment",
    `Hi Ines,

thanks for the interview! Next step is a small coding task. You get access to a private repository tomorrow, and you have one week. After that we discuss your solution together in a call.

Best,
Tessellate AI Recruiting`,
  ],
  [
    "next-step",
    "W",
    null,
    null,
    "ns.call-with",
    `Hi Ben, do you have 15 minutes tomorrow for a quick call? Kim would like to talk through the role with you in a bit more detail. Any time after 1pm works.

Thanks,
Jess`,
  ],
  // ---- encouraging ----
  [
    "encouraging",
    "W",
    "2026-11-27",
    null,
    "enc.praise-with-date",
    `Hi Sam,

Thanks so much for the thank-you note. Everyone who met you came away impressed - particularly with how you approached the SQL exercise. We have one more candidate to see and aim to decide by the end of next week.

Best,
Dana`,
  ],
  [
    "encouraging",
    "M",
    null,
    null,
    "enc.top-candidate",
    `Hi Priya,

I can't share too much yet, but you're one of two people we're deciding between and the team's feedback on you was excellent. I'll be in touch as soon as we've finalised things.

Helen`,
  ],
  [
    "encouraging",
    "F",
    null,
    null,
    "enc.keen",
    `Chris - thanks for the update about the other offer. We're very keen on you and would hate to lose you. Please don't accept anything before we've had a chance to talk; I'm pushing to get you an answer as fast as possible.

Riley`,
  ],
  [
    "encouraging",
    "T",
    "2026-10-16",
    null,
    "enc.praise-with-date",
    `Hi Jordan,

Just a quick note to say the feedback from yesterday was really positive across the board. We're finishing the last interview on Wednesday and will make our decision this week.

Morgan`,
  ],
  [
    "encouraging",
    "S",
    null,
    null,
    "enc.top-candidate",
    `Dear Mei,

Thank you for your follow-up email. I'm pleased to say you are on the shortlist of two for the Senior Policy Officer role, and the panel spoke very highly of your interview. We still need to complete some checks before a final decision is made.

Kind regards,
Jane Ortiz`,
  ],
  [
    "encouraging",
    "I",
    null,
    null,
    "enc.non-native",
    `Hi Arjun,

Good news, the technical panel has given very positive feedback about you. Your profile is in the final shortlist. Management discussion is going on, we will update you soon.

Regards,
Pooja`,
  ],
  [
    "encouraging",
    "A",
    null,
    null,
    "enc.praise-open",
    `Hi Jamie - between us, the partners were really taken with you on Thursday. Nothing is decided yet and there's still one more person to see, but I wanted you to know it went well.

Fiona`,
  ],
  [
    "encouraging",
    "P",
    "2026-12-18",
    null,
    "enc.feedback-positive",
    `Hi Marcus,

Thanks for coming in! I've collected everyone's notes and they're very positive - the system design round in particular. We're meeting as a group on Monday and I hope to have a final answer for you next week.

Morgan`,
  ],
  [
    "encouraging",
    "B",
    null,
    null,
    "enc.non-native",
    `Dear Mr. Novak,

thank you for your message. I can tell you that we were very satisfied with the second interview and you are one of our favourite candidates. We need a little more time for the decision because our managing director is on a business trip.

Best regards
Katrin Vogel`,
  ],
  [
    "encouraging",
    "W",
    null,
    null,
    "enc.keen",
    `Alex!! Loved the writing samples. We'd love to keep talking - give me a day or two to sync with the editor-in-chief and I'll come back to you.

Dana`,
  ],
  [
    "encouraging",
    "M",
    "2026-11-27",
    null,
    "enc.agency",
    `Hi Olivia,

Just had a great call with the client - they said you were the strongest person they've met so far and they're excited. They've got one more interview on Wednesday and will confirm by Friday. Fingers crossed!

Tom`,
  ],
  [
    "encouraging",
    "F",
    null,
    null,
    "enc.quoted-other-signal",
    `Tom, you're very much in the running - sit tight a little longer!

On Thu, Dec 3, 2026 at 5:47 PM Tom Reyes <tom.reyes@example.com> wrote:
> Hi Victor, I haven't heard anything since the final round and I'm starting
> to worry that you've gone with someone else. Is the role still open?`,
  ],
  [
    "encouraging",
    "T",
    null,
    null,
    "enc.lowercase",
    `lena you absolutely smashed the presentation, the whole room was buzzing after. still a couple of steps on our side but really hope we get to work together`,
  ],
  [
    "encouraging",
    "S",
    "2026-11-23",
    null,
    "enc.praise-with-date",
    `Hi Ravi,

Thanks for your patience - I know waiting is hard. The panel was genuinely impressed with you and you remain a strong contender. We'll make the final call by Monday.

Kim`,
  ],
  // ---- offer ----
  [
    "offer",
    "W",
    null,
    null,
    "off.verbal",
    `Hi Sam,

I tried calling but couldn't reach you - I'm delighted to say we'd like to offer you the Data Analyst role! Are you free for a quick call this afternoon to go through the details?

Dana`,
  ],
  [
    "offer",
    "M",
    null,
    null,
    "off.formal",
    `Dear Priya,

Following your recent interviews, I am pleased to offer you the position of Marketing Executive at Norbridge Analytics, on a salary of £38,500 per annum, starting on Monday 4 January 2027.

Your contract and our benefits summary are attached. Please sign and return by Friday 27 November to confirm your acceptance.

We look forward to welcoming you to the team.

Helen Marsh
Talent Acquisition Partner`,
  ],
  [
    "offer",
    "F",
    null,
    null,
    "off.verbal",
    `Chris!! You got it. The team is thrilled. Offer paperwork is coming from HR on Monday - welcome aboard!

Riley`,
  ],
  [
    "offer",
    "T",
    null,
    null,
    "off.conditional",
    `Hi Jordan,

I'm happy to extend you a conditional offer for the Backend Engineer position, subject to satisfactory references and a background check. Our People team will be in touch to start those. Congratulations!

Morgan Blake`,
  ],
  [
    "offer",
    "S",
    null,
    null,
    "off.formal",
    `Dear Mei,

On behalf of Northvale Council, I am pleased to confirm our offer of appointment to the post of Senior Policy Officer, Band 7, commencing on a date to be agreed.

The formal letter and terms and conditions are attached. Please confirm your acceptance by replying to this email within seven days.

Yours sincerely,
Recruitment Services`,
  ],
  [
    "offer",
    "I",
    null,
    null,
    "off.selected",
    `Dear Arjun,

Congratulations!!

We are happy to inform you that you have been selected for the position of Business Analyst at Anvaya Data Services. Please find attached the offer letter with the CTC details. Your date of joining will be 4th January 2027.

Kindly send us your acceptance within 2 working days along with a scanned copy of your relieving letter.

Thanks & Regards,
Pooja
HR Executive`,
  ],
  [
    "offer",
    "A",
    null,
    null,
    "off.verbal",
    `Jamie - sorry for the Saturday email, but I couldn't wait until Monday. The partners agreed last night and we'd love you to join Harwood & Lyle. Can I give you a ring tomorrow to talk through the package?

Fiona`,
  ],
  [
    "offer",
    "P",
    null,
    null,
    "off.deadline",
    `Hi Marcus,

Congratulations! We're excited to offer you the role of Staff Engineer at Fieldstone Labs. The offer letter (base, equity and sign-on bonus) is in your DocuSign inbox. The offer is valid until December 16; let me know if you have any questions or want to talk anything through.

Morgan`,
  ],
  [
    "offer",
    "B",
    null,
    null,
    "off.non-native",
    `Dear Mr. Novak,

we are happy to inform you that we want to hire you as Data Engineer. The employment contract will be sent to you by post this week. The starting date we propose is 1 February 2027.

We are looking forward to working with you!

Best regards
Katrin Vogel`,
  ],
  [
    "offer",
    "W",
    null,
    null,
    "off.quoted-other-signal",
    `Alex, the answer is yes - we want you! Formal offer to follow.

On Tue, Nov 17, 2026 at 10:05 AM Alex Moreno <alex.moreno@example.com> wrote:
> Hi Dana, just checking in. I know you were still deciding and might not
> have news yet - no worries if the team is still waiting on feedback.`,
  ],
  [
    "offer",
    "M",
    null,
    null,
    "off.agency",
    `Olivia - they want you! Verbal offer just came through: £52k base plus 10% bonus, start date flexible. Call me as soon as you see this!!

Tom
Sent from my iPhone`,
  ],
  [
    "offer",
    "F",
    null,
    null,
    "off.html-remnants",
    `<p>Dear Tom,</p><p>We are pleased to extend this offer of employment. Please find the details below.</p><table><tr><td>Designation</td><td><b>Operations Lead</b></td></tr><tr><td>Company</td><td><b>Orbital</b></td></tr><tr><td>Start date</td><td><b>January 11, 2027</b></td></tr></table><p>Please reach out if you have any questions.</p>`,
  ],
  [
    "offer",
    "T",
    null,
    null,
    "off.lowercase",
    `lena - great news, we'd like to offer you the events manager job! hr will email the contract tomorrow. congrats!!`,
  ],
  // ---- out-of-office ----
  [
    "out-of-office",
    "W",
    null,
    "2026-11-30",
    "ooo.return-date",
    `Thank you for your email. I am out of the office for the Thanksgiving holiday and will return on Monday, November 30. I will respond to your message as soon as possible after my return.

Dana Lee`,
  ],
  [
    "out-of-office",
    "M",
    null,
    "2026-11-28",
    "ooo.through",
    `Automatic reply: Interview follow-up

Hi, I'm on annual leave through Friday 27 November with no access to email. For anything urgent relating to recruitment, please contact talent@example.com.

Helen Marsh | Norbridge Analytics`,
  ],
  [
    "out-of-office",
    "F",
    null,
    "2026-12-07",
    "ooo.holiday",
    `Thanks for your message! Our office is closed today for the annual company offsite and we'll be back on Monday, December 7. Replies may be delayed until then.

The Brightpath team`,
  ],
  [
    "out-of-office",
    "T",
    null,
    "2026-10-19",
    "ooo.until",
    `I'm out of the office until Monday, October 19 at a conference with limited access to email. If your matter is urgent, please reach out to my colleague Sam Ortega at sam.ortega@example.com.

Morgan Blake
Senior Technical Recruiter`,
  ],
  [
    "out-of-office",
    "S",
    null,
    null,
    "ooo.no-date",
    `Thank you for your email. I am currently out of the office with limited access to email. I will respond as soon as I can.

Jane Ortiz | Northvale Council`,
  ],
  [
    "out-of-office",
    "I",
    null,
    "2026-12-01",
    "ooo.return-date",
    `Dear Sender,

I am on leave due to a family function and will be back in office on 1st December. For urgent matters please contact hr.desk@example.com or call +91 98765 40100.

Thanks & Regards,
Pooja`,
  ],
  [
    "out-of-office",
    "A",
    null,
    "2026-11-30",
    "ooo.return-date",
    `Hi, thanks for getting in touch. I don't work weekends, so I'll pick this up when I'm back on Monday 30 November.

Fiona Grant | HR Manager`,
  ],
  [
    "out-of-office",
    "P",
    null,
    "2026-12-14",
    "ooo.quoting",
    `Automatic reply: RE: Thank you - final round

I'm out of the office and returning Monday, December 14. I'll have intermittent access to email.

> Hi Morgan, thank you again for yesterday. I really enjoyed meeting the team
> and I'm excited about the next steps. Please let me know if you need
> references or anything else from me before you decide.`,
  ],
  [
    "out-of-office",
    "B",
    null,
    "2026-12-07",
    "ooo.bilingual",
    `Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro. In dringenden Fällen wenden Sie sich bitte an personal@example.com.

Thank you for your message. I am out of the office and will be back on 7 December. For urgent matters please contact personal@example.com.

Katrin Vogel`,
  ],
  [
    "out-of-office",
    "W",
    null,
    null,
    "ooo.leave",
    `Hello, and thank you for your email. I am currently on parental leave. During this time, please direct any recruiting questions to Kim Nguyen (kim.nguyen@example.com), who is covering my searches.

Jess Patel`,
  ],
  [
    "out-of-office",
    "M",
    null,
    "2026-12-01",
    "ooo.from-to",
    `I will be out of the office starting 23/11/2026 and will not return until 01/12/2026.

I won't have access to email during this period. For urgent candidate queries please contact recruitment@example.com.

Tom Harding`,
  ],
  [
    "out-of-office",
    "F",
    null,
    "2026-12-08",
    "ooo.delegate",
    `Hi there - I'm travelling for work and out of the office until Tuesday, December 8. If your message is about an open role, my colleague Riley Chen (riley.chen@example.com) can help. Otherwise I'll reply when I'm back.

Victor`,
  ],
  [
    "out-of-office",
    "T",
    null,
    null,
    "ooo.leave",
    `Auto-reply: I am on medical leave and not checking email. Your message has not been forwarded. Please contact careers@example.com for anything related to current vacancies.`,
  ],
  [
    "out-of-office",
    "S",
    null,
    "2026-11-30",
    "ooo.return-date",
    `G'day, thanks for your email. I'm on leave and back in the office on Monday 30 November. I'll get back to you then.

Kim`,
  ],
  [
    "out-of-office",
    "P",
    null,
    "2027-01-05",
    "ooo.through",
    `I'm out of office through January 4, 2027, with no access to email. I'll respond to messages when I return. If your note is about an interview that's already scheduled, please email scheduling@example.com.

Thanks!
Morgan`,
  ],
  [
    "out-of-office",
    "I",
    null,
    null,
    "ooo.holiday",
    `Thank you for your mail. Our office is closed on account of Guru Nanak Jayanti. We will respond to your mail on the next working day.

Regards,
Anvaya Data Services`,
  ],
  [
    "out-of-office",
    "B",
    null,
    "2026-12-14",
    "ooo.quoting",
    `Thank you for your email. I am on a business trip until 14 December and will read your message after that.

-----Ursprüngliche Nachricht-----
Von: Tomasz Kowal <tomasz.kowal@example.com>
Gesendet: Montag, 30. November 2026 08:44
An: Lars Meyer <lars.meyer@example.com>
Betreff: Second interview

Dear Mr. Meyer, thank you for inviting me to the second interview. I am happy to accept the offer of a date on 3 December.`,
  ],
];
