// Replies written after the catalogue of real replies in ../README.md ("What real replies
// say"), batch 2: rejections and brush-offs. Every name, company and address is invented; no
// sentence is copied from a real reply or template. Each entry:
// [signal, received (see ../build.mjs RECEIVED), decisionBy, returnOn, pattern, text],
// where pattern names the catalogue pattern the reply stands for.
export default [
  // ---- rejection ----
  [
    "rejection",
    "U",
    null,
    null,
    "rej.ats-noreply",
    `Bonjour Camille,

Thank you for your interest in the Product Designer position at Lumora.

We have carefully reviewed your application and regret to let you know that it will not be taken further for this role.

Kind regards,
Lumora Talent Team

This is an automated email, please do not reply.`,
  ],
  [
    "rejection",
    "J",
    null,
    null,
    "rej.not-proceeding",
    `Hi Noah,

Thanks for your interest in Halden Partners and for taking the time to speak with our team. After careful consideration, we won't be progressing your application for the Financial Analyst role at this stage.

All the best,
Halden Partners Recruiting`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    "rej.praise-then-no",
    `Dear Isabel,

It was genuinely a pleasure to talk with you about the Research Coordinator role. Your background in community health is impressive and your questions showed real thought about the work.

That said, after comparing all of our finalists, we have decided to offer the position to a candidate whose grant-management experience is more directly relevant.

We are grateful for your interest in Kestrel Health.

Sincerely,
Dr. Alan Whitby
Research Director`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.other-candidates",
    `Hi George,

Thanks for coming in on Tuesday. We've now seen everyone and have decided to go with another candidate for the Junior Developer role.

Cheers,
Ollie`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.keep-on-file-after",
    `Hello Ama,

Thank you for interviewing with Pinegate Insurance for the Claims Handler position.

We regret to inform you that you have not been selected for this role. We were impressed with your customer focus, and with your agreement we would like to keep your details on file for twelve months in case a similar vacancy arises.

Yours sincerely,
Pinegate Insurance Recruitment`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.implicit",
    `Hi Ryan,

Thanks again for your time and interest in Corvid Labs. We truly appreciated the conversations with you and wish you the very best in your next chapter.

Warmly,
The Corvid Labs team`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    "rej.unsuccessful",
    `Dear Liam

Application: Graduate Engineer (ref. 7781)

Thank you for your interest in the above position. Unfortunately, on this occasion your application has not been successful.

We appreciate the time and effort you have taken and wish you every success in the future.

Regards
People & Culture
Bluecap Energy`,
  ],
  [
    "rejection",
    "I",
    null,
    null,
    "rej.non-native",
    `Dear Sneha,

Greetings from Infiniq Softech!

Thank you for attending the interview process with us. After careful evaluation, we regret to inform that your candidature has not been selected for the current opening. We will reach out to you in case of any suitable opportunity in future.

Wishing you all success.

Warm Regards,
Talent Acquisition Team`,
  ],
  [
    "rejection",
    "A",
    null,
    null,
    "rej.decisive-last",
    `Hi Freya,

Thank you so much for everything you put into this - the presentation on Thursday was excellent and I know you rearranged your week to make the second interview work, which we really appreciated. The team has spent a lot of time talking about the role and what they need from it over the next year, and it's been a genuinely hard decision.

I'm sorry to say that we won't be offering you the job.

Best wishes,
Alice`,
  ],
  [
    "rejection",
    "P",
    null,
    null,
    "rej.filled",
    `Hi Diego,

Thanks for following up! I'm afraid the Customer Success Manager position has been filled - we made the hire last week. I really appreciate your interest and I'd encourage you to keep an eye on our careers page.

Take care,
Sam Ortega
Talent Partner | Vantor Cloud`,
  ],
  [
    "rejection",
    "B",
    null,
    null,
    "rej.non-native",
    `Dear Ms. Rossi,

we thank you for your interest in our company and for the interview. After intensive consideration we have decided in favour of another applicant. We ask for your understanding.

For your further job search we wish you much success.

Best regards
Jürgen Hahn
Personalabteilung`,
  ],
  [
    "rejection",
    "U",
    null,
    null,
    "rej.ats-noreply",
    `Hi Hugo,

Thank you for applying to Tessellate AI. We have reviewed your application for Machine Learning Engineer, Paris.

Unfortunately, we will not be moving forward with your application at this time. We encourage you to apply for other roles that match your experience.

Best,
Tessellate AI
--
You received this email because you applied for a job at Tessellate AI via our careers page.`,
  ],
  [
    "rejection",
    "J",
    null,
    null,
    "rej.warm-long",
    `Hi Emma,

Hope your week's ending well!

I wanted to get back to you before the weekend. First, a huge thank you for the case study - the team was impressed by how you structured the churn analysis, and Priyanka in particular said it was the clearest write-up she's seen this year.

We've been going back and forth for a while. In the end, the team decided to move forward with a candidate who has more hands-on experience with our data stack, which matters a lot for this first hire because there's no one to learn it from.

I know this is disappointing, and I'm sorry. I'd love to keep in touch - we plan to grow the team next year and I'd be glad to reach out then if you're open to it.

Have a great weekend,
Marta Silva
Head of Analytics, Quillfield`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    "rej.quoted-other-signal",
    `Hi Kai,

Thanks for your patience - we've made a decision and unfortunately it's not going to be an offer this time. Thank you for all your time.

Dana

________________________________
From: Kai Tanaka <kai.tanaka@example.com>
Sent: Monday, November 16, 2026 7:58 AM
To: Dana Lee <dana.lee@example.com>
Subject: Re: Final round

Hi Dana, thank you for the great conversation on Friday! You mentioned you're hoping to decide by the end of this week and that references would be the next step - I've let my referees know to expect a call.
Best, Kai`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.agency",
    `Morning Jess,

Bad news I'm afraid - Greyfield have come back and they're going with an internal candidate for the Buyer role. They said you interviewed really well, so please don't read anything into it.

I'll keep you posted on the two other briefs we spoke about.

Thanks,
Rob Clarke
Castlegate Talent | 0161 496 0211`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.cancelled",
    `Dear Sean,

I am writing to let you know that the Sales Operations Analyst requisition has been cancelled due to a change in business priorities. As a result, we will not be continuing with the interview process.

We apologize for any inconvenience and thank you for your time.

Regards,
Redwick Foods Human Resources`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.after-test",
    `Hi Priyanka,

Thank you for completing the HackerRank assessment. Based on your score, we won't be moving forward to the interview stage for this role.

You may reapply for other positions after 90 days.

Ferncliff Systems University Recruiting`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    "rej.one-line",
    `Thanks Oscar, we've decided to go another way on this one. All the best.`,
  ],
  [
    "rejection",
    "I",
    null,
    null,
    "rej.ats-noreply",
    `Dear Applicant,

Thank you for applying for the role of Associate - Operations (Req ID: 28814).

After a careful review of your profile, we regret to inform you that we will not be moving forward with your application. We encourage you to explore other opportunities on our careers portal.

Regards,
Meridale Bank Talent Acquisition
***This is an auto-generated email. Please do not reply.***`,
  ],
  [
    "rejection",
    "A",
    null,
    null,
    "rej.praise-then-no",
    `Hi Will,

Thanks for being so patient with us. You were a really strong candidate and the decision was very close. However, we have chosen another applicant whose experience with charity fundraising matched what the trustees were looking for.

I hope you'll consider applying to us again in the future.

Best wishes,
Nadia`,
  ],
  [
    "rejection",
    "P",
    null,
    null,
    "rej.feedback",
    `Hi Layla,

Thanks for taking the time to interview for the Frontend Engineer role. The team decided not to move forward.

You asked for feedback, so here it is: your React knowledge was solid, but the pairing session ran out of time before the tests were green and the panel felt the approach to state management needed more structure. Hope that's useful.

Best of luck,
Morgan`,
  ],
  [
    "rejection",
    "B",
    null,
    null,
    "rej.status-notice",
    `Application status update

Position: Working Student Marketing (m/f/d)
Status: Rejected

Dear Lea Brandt,
the status of your application has changed. You can view details in your candidate portal.

Auralink GmbH`,
  ],
  [
    "rejection",
    "U",
    null,
    null,
    "rej.non-native",
    `Hello Mr. Laurent,

Thank you for your patience. We regret to announce you that your application was not retained for the post of Project Manager. The other profiles corresponded more to our needs.

We wish you good luck for the continuation of your research.

Cordially,
Sophie Marchand
Responsable RH`,
  ],
  [
    "rejection",
    "J",
    null,
    null,
    "rej.date-then-no",
    `Hi Aiden,

Apologies for the delay - I know I said we'd be in touch by Wednesday. We've now completed our interviews and have decided to proceed with another candidate.

Thank you for your interest and best of luck,
Jen`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    "rej.html-remnants",
    `Hi Zoe,<br><br>Thank you for your interest in Oakhurst Consulting. After reviewing your application for the Analyst position, we have decided to pursue other candidates whose experience more closely aligns with our current needs.<br><br>We wish you the best in your job search.<br><br>Regards,<br>Oakhurst Consulting Careers<br><img src="https://cdn.example.com/logo.png" alt="Oakhurst">`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.not-selected",
    `Dear Amir,

Thank you for applying to our 2027 Summer Internship programme.

We received over 3,000 applications this year and, after careful review, we are unable to offer you a place on the programme.

We wish you all the best with your studies.

Early Careers Team
Norbridge Analytics`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.lowercase",
    `hey rosa - sorry to be the bearer of bad news, the team went with someone else. really appreciated your time tho and hope we cross paths again!`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.keep-on-file-after",
    `Hello Ethan,

Thank you for your interest in Saltmarsh Media. We have reviewed your application and will not be proceeding further for this role. We will retain your CV in our talent community and may contact you about future roles that match your skills.

Saltmarsh Media Talent Acquisition`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    "rej.warm-long",
    `Hi Chloe,

Thanks so much for your patience over the last few weeks, and for the thought you put into the writing task - your piece on community energy was a joy to read.

We've had a lot of conversations about this role. It's the first communications hire for the team, so we've thought hard about what we need most right now, and we've landed on someone with more experience in crisis comms.

I'm really sorry it isn't better news. If you'd like, I'm happy to jump on a call and talk through it, and I'd love to keep in touch as the team grows.

Take care,
Jane`,
  ],
  [
    "rejection",
    "I",
    null,
    null,
    "rej.agency",
    `Hi Vikram,

Hope you are doing good. Client has rejected your profile after the L1 discussion, reason being less exposure in Spring Boot microservices. We will share your profile for other matching requirements.

Regards,
Anjali
Senior Recruiter | Trident Staffing
+91 98765 40127`,
  ],
  [
    "rejection",
    "A",
    null,
    null,
    "rej.typos",
    `Dear Katie

Thankyou for attending interview for the post of Receptionist. Unfortunatley on this occassion you were not succesful.

Kind regards
Sandra
Practice Manager`,
  ],
  [
    "rejection",
    "P",
    null,
    null,
    "rej.quoted-other-signal",
    `Thanks Ben. We've decided not to proceed with your candidacy. Appreciate you!

> On Dec 8, 2026, at 2:11 PM, Ben Carter <ben.carter@example.com> wrote:
>
> Hi Riley! Just checking whether there's been any movement. Happy to come in
> for another round or do a take-home if that helps - I'm really excited
> about this one.`,
  ],
  [
    "rejection",
    "B",
    null,
    null,
    "rej.other-candidates",
    `Hi Jonas,

thanks for your time last week and for the interesting discussion about our platform. We have decided to continue the process with other candidates.

All the best for you!

Anna Weber
Team Lead Backend, Bluecap Energy`,
  ],
  [
    "rejection",
    "U",
    null,
    null,
    "rej.praise-then-no",
    `Dear Elodie,

The panel very much enjoyed meeting you and were impressed by your knowledge of EU regulation. It was a difficult decision, and I am sorry to tell you that we have appointed another candidate.

With best wishes,
Claire Dubois
HR Business Partner`,
  ],
  [
    "rejection",
    "J",
    null,
    null,
    "rej.ats-noreply",
    `Dear Olivia,

Thank you for your application for the position of Retail Supervisor (Job ID 55021) at Greyfield Retail.

We have carefully reviewed your background and qualifications and have decided to move forward with other candidates at this time.

We appreciate your interest and encourage you to apply again for positions that fit your skills.

Sincerely,
Greyfield Retail Talent Acquisition
Please do not reply to this message. Replies to this message are routed to an unmonitored mailbox.`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    "rej.other-candidates",
    `Hi Nate,

Thanks for taking the time to chat with our engineering team. After some deliberation, we've decided to move ahead with other candidates for the Staff Engineer position.

We really appreciate your interest and wish you the best.

Sincerely,
Brightpath Recruiting`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.unsuccessful",
    `Dear Ms Khan,

Thank you for attending the interview for the post of Housing Officer on 17 November.

I am sorry to inform you that on this occasion you have been unsuccessful. The standard of candidates was very high. If you would like feedback on your interview, please contact me.

Yours sincerely,
Mark Ellis
Housing Services Manager
Northvale Council`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.decisive-last",
    `Hi Jacob,

First, thank you - four rounds is a lot, and you brought real energy to every one of them. The team especially liked the way you framed the migration plan, and our CTO mentioned your questions about on-call were the best anyone asked.

We spent a long time on the debrief yesterday, weighing the different strengths of the finalists against where the platform team is heading next year.

We've decided not to move forward with you for this role.

Victor`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.implicit",
    `Dear Ahmed,

We would like to thank you for your interest and your time. We wish you all the best in your future endeavors.

Best,
Ferncliff Systems HR Team`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    "rej.filled",
    `Hi Sienna,

Just letting you know the Marketing Coordinator role has now been filled and we are no longer accepting applications for it. Thanks very much for your interest in Lumen.

Regards,
Lumen Careers`,
  ],
  [
    "rejection",
    "I",
    null,
    null,
    "rej.non-native",
    `Hi Karthik,

Thanks for your time for the managerial round. Post discussion with the panel, we are not moving ahead with your candidature for this position as the role demands more onsite client facing experience.

We will keep your profile in our records and revert if any suitable opening comes up.

Regards,
Divya
HR - Anvaya Data Services`,
  ],
  [
    "rejection",
    "A",
    null,
    null,
    "rej.other-candidates",
    `Dear Harry,

Thank you for your application for the role of Sous Chef and for coming in for the trial shift. We have decided to offer the role to another candidate.

Best of luck,
Tom
Head Chef, The Copper Kettle`,
  ],
  [
    "rejection",
    "P",
    null,
    null,
    "rej.ats-noreply",
    `Hi Maya,

Thank you for your interest in joining Fieldstone Labs and for the time you have invested in our process.

We have decided not to move forward with your application for Data Engineer II. We receive a high volume of applications and unfortunately are not able to provide individual feedback.

This update applies only to Data Engineer II.

Best,
Fieldstone Labs Recruiting`,
  ],
  [
    "rejection",
    "B",
    null,
    null,
    "rej.non-native",
    `Hello Piotr,

thank you for your application as DevOps Engineer. We have looked at it carefully, but we must tell you that we cannot consider you for this position. We received many good applications and the decision was not easy.

Your documents will be deleted after six months according to data protection rules.

Best regards
Recruiting Team Auralink`,
  ],
  [
    "rejection",
    "U",
    null,
    null,
    "rej.warm-long",
    `Hi Léa,

Thank you again for coming to the studio on Thursday, and for the beautiful portfolio review - the team is still talking about your packaging project.

I wanted to tell you myself rather than by email template: we've decided to hire someone with more motion design experience, because that's where most of next year's work is.

It was genuinely close and I'd really like to stay in touch. If a print-focused role opens, you'll be the first person I call.

Bises,
Sofia
Sorrel Studio`,
  ],
  [
    "rejection",
    "J",
    null,
    null,
    "rej.not-proceeding",
    `Hi Lucas,

Thanks for your time on the phone screen. We've decided not to move you forward in the process for the Solutions Engineer role.

Best,
Jen
Talent, Vantor Cloud`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    "rej.praise-then-no",
    `Hey Bella,

I want to start by saying thank you. You were one of the most prepared candidates we spoke with and the team loved your energy.

Unfortunately, we've decided to move forward with another candidate whose experience is a closer match for the role right now. This was not an easy call.

Please keep in touch!
Kim`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.quoted-other-signal",
    `Hi Theo, just to close the loop - we won't be taking your application further for this one. Good luck!

Helen

On Fri, 20 Nov 2026 at 15:33, Theo Grant <theo.grant@example.com> wrote:

> Hi Helen,
>
> Thanks so much for the lovely chat. You said the next step would be a case study
> and that you'd love me to meet the team - I'm free most days next week.
>
> Best,
> Theo`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.after-test",
    `Dear Naomi,

Thank you for completing our writing assessment for the Copy Editor position. After review by our editorial team, we will not be advancing your application to the interview stage.

We wish you the best in your search.

Saltmarsh Media Editorial`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.different-direction",
    `Hi Gabe - we've decided to take the role in a different direction (more senior, and based in our Toronto office), so we're closing out the current process. Thank you for your time and I'm sorry we couldn't make this one work.

Morgan`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    "rej.ats-noreply",
    `G'day Mia,

Thanks for applying for the Graduate Accountant role with Meridale Bank.

We've now reviewed all applications, and unfortunately you have not progressed to the next stage on this occasion.

We encourage you to keep an eye on our careers site for future opportunities.

Kind regards,
Meridale Bank Careers
(Please don't reply to this email - this inbox isn't monitored.)`,
  ],
  [
    "rejection",
    "I",
    null,
    null,
    "rej.not-proceeding",
    `Dear Rohan,

This is with reference to your interview for the position of Area Sales Manager on 20th November. We regret to inform you that we are unable to proceed with your application at this point of time.

Thanks & Regards,
HR Department
Anvaya Data Services`,
  ],
  [
    "rejection",
    "A",
    null,
    null,
    "rej.cancelled",
    `Hi Poppy,

I'm sorry to have to tell you this. The Events Assistant role has been put on hold permanently - the festival has lost part of its funding for next year and we won't be filling the post. Thank you for being so patient with us.

Best,
Rachel`,
  ],
  [
    "rejection",
    "P",
    null,
    null,
    "rej.keep-on-file-after",
    `Hello Andre,

Thank you for interviewing with us. While we were impressed by your experience, we have selected another candidate for the Warehouse Supervisor role.

We will keep your resume on file for six months and contact you if a similar position opens.

Sincerely,
Brightwater Logistics HR`,
  ],
  [
    "rejection",
    "B",
    null,
    null,
    "rej.html-remnants",
    `<html><body><p>Dear Mr. Schulz,</p><p>thank you for your application. Unfortunately we cannot offer you the position of Sales Manager.&nbsp;We wish you all the best.</p><p>Kind regards<br>Your Auralink Recruiting Team</p></body></html>`,
  ],
  [
    "rejection",
    "U",
    null,
    null,
    "rej.one-line",
    `We went with someone else - sorry Nico, and thanks.`,
  ],
  [
    "rejection",
    "J",
    null,
    null,
    "rej.feedback",
    `Hi Chloe,

Thank you for interviewing for the Account Manager role. We've decided not to move forward, and I wanted to give you the main reason: the panel felt you'd be stronger in a role with more new-business development than this one has.

I know that's not the news you hoped for. Happy to talk it through if helpful.

Jen`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    "rej.date-then-no",
    `Hi Nora,

Sorry for the long silence - I said we'd decide by the end of October and here we are in the middle of November. The team has finally made its choice and we're going with another candidate.

Thank you for your patience and all the best,
Dana`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    "rej.praise-then-no",
    `Dear Samuel,

Thank you for interviewing with us for the Trainee Solicitor position. Your application was of a very high standard, and you performed well at interview.

However, competition for places was exceptionally strong, and I regret that we are unable to offer you a training contract this year.

Yours sincerely,
Graduate Recruitment
Harwood & Lyle LLP`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    "rej.other-candidates",
    `Hi Tyler - quick note to let you know we've extended an offer to another candidate and they've accepted. Thanks a lot for your time and interest in Orbital.

Victor Ames
Head of People
+1 (555) 0143-2290`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.agency",
    `Hi Madison,

I heard back from the hiring manager at Cobalt Health. They've decided to go with a candidate who has more Epic experience, so they won't be moving forward with you.

I know you were excited about this one. Let's catch up this week - I have a couple of openings that may be an even better fit.

Best,
Derek Lowe
Trident Staffing | (555) 0199-4410`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    "rej.implicit",
    `Hi Jack,

Thanks for your time throughout the process - it was great getting to know you. Wishing you every success with whatever comes next.

Warm regards,
Kim`,
  ],
  [
    "rejection",
    "I",
    null,
    null,
    "rej.lowercase",
    `hi nikhil, we are not going ahead with ur profile for this role. will keep u posted if anything else comes up. thanks`,
  ],
  [
    "rejection",
    "A",
    null,
    null,
    "rej.not-selected",
    `Dear Eleanor,

Thank you for your application for the Volunteer Coordinator role. We had a large number of strong applications and I'm sorry to say you haven't been shortlisted for interview this time.

With thanks and best wishes,
Rachel Moore
Operations Manager`,
  ],
  [
    "rejection",
    "P",
    null,
    null,
    "rej.ats-noreply",
    `Hi Andrew,

Thank you for your interest in Corvid Labs. After reviewing your application for the Security Engineer role, we've decided to pursue other candidates whose backgrounds more closely align with what we need right now.

We know a job search takes a lot of effort, and we appreciate yours. Best of luck with what comes next.

Corvid Labs Hiring Team
This message was sent from a notification-only address.`,
  ],
  [
    "rejection",
    "B",
    null,
    null,
    "rej.decisive-last",
    `Dear Mr. Nowak,

thank you very much for the interview last Thursday and for the interesting insight into your projects in Kraków. We discussed all candidates in detail in the team, which took some time, and we also involved our colleagues from the Munich office in the decision.

In the end we decided for a candidate with more experience in automotive software.

With kind regards
Anna Weber`,
  ],
  [
    "rejection",
    "U",
    null,
    null,
    "rej.status-notice",
    `*** Message généré automatiquement - merci de ne pas répondre ***

Dear Mathis Petit,

This e-mail is a notification that your status in our database has changed for the position Data Analyst (Lumora).

Your previous status was <B>Submitted</B>.
Your new status is <B>Client Declined</B>.

Regards,
Hollin Recruitment`,
  ],
  [
    "rejection",
    "J",
    null,
    null,
    "rej.keep-on-file-after",
    `Hi Grace,

Thank you for your interest in Halden Partners. We won't be moving forward with your application for the Operations Associate role, but we'd like to keep you in our talent pool for upcoming openings. If you'd prefer we didn't, just reply and let us know.

Best,
Halden Partners Talent`,
  ],
  // ---- brush-off ----
  [
    "brush-off",
    "U",
    null,
    null,
    "bo.keep-on-file",
    `Hello Camille,

Thank you for your message. We do not have any news to share on the Product Designer role. Your application remains in our database and we will contact you if an opportunity matching your profile arises.

Best regards,
Lumora Talent Team`,
  ],
  [
    "brush-off",
    "J",
    null,
    null,
    "bo.on-hold-indefinite",
    `Hi Noah,

I wanted to let you know the Financial Analyst search is on pause for now. We don't know yet when (or whether) it will restart. We'll reach out if it does.

Thanks for understanding,
Halden Partners Recruiting`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.no-update",
    `Hi Isabel, thanks for reaching out. There's no update on the Research Coordinator role at this time. We'll be in touch if anything changes.

Alan`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.dont-chase",
    `Dear George,

Thank you for your further email. Please be assured that all applicants will be contacted once the process is complete; we would ask that you do not contact the team directly in the meantime.

Regards,
HR Services`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    "bo.warm",
    `Hi Ama! Loved catching up on Tuesday, and thanks for the thoughtful follow-up. Honestly we're still figuring out headcount for next year, so I can't say much. I'll definitely keep you in mind and reach out if something opens up that feels right.

Have a great weekend!`,
  ],
  [
    "brush-off",
    "T",
    null,
    null,
    "bo.only-if-shortlisted",
    `Hi Ryan,

Thanks for your follow-up. We review every application, but because of the number we receive we can only reply to candidates we'd like to interview.

Corvid Labs Recruiting`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    "bo.careers-page",
    `Hi Liam,

Thanks for getting in touch. I'm not in a position to update you on that role, but we post new graduate opportunities on our careers site throughout the year, so it's worth checking back.

Kind regards,
People & Culture`,
  ],
  [
    "brush-off",
    "I",
    null,
    null,
    "bo.non-native",
    `Dear Sneha,

As of now there is no update from the hiring team. Kindly wait, we will intimate you if there is any development from our side.

Regards,
Talent Acquisition Team
Infiniq Softech`,
  ],
  [
    "brush-off",
    "A",
    null,
    null,
    "bo.reach-out-if",
    `Hi Freya - thanks for the nudge. Nothing I can tell you yet, sorry. If we need anything else from you we'll get in touch.

Alice
Sent from my iPhone`,
  ],
  [
    "brush-off",
    "P",
    null,
    null,
    "bo.missed-date",
    `Hi Diego,

I know we'd talked about having an answer by Thanksgiving. Priorities have shifted on our side and I don't have a new timeline to give you. I'll reach out if things move.

Sam`,
  ],
  [
    "brush-off",
    "B",
    null,
    null,
    "bo.on-hold-indefinite",
    `Dear Ms. Rossi,

thank you for your inquiry. Due to a reorganisation the position is currently frozen. When and if it will be reopened is not clear at the moment. We will keep your application and inform you if there are news.

Best regards
Jürgen Hahn`,
  ],
  [
    "brush-off",
    "U",
    null,
    null,
    "bo.keep-on-file",
    `Hi Hugo,

Thanks for reaching out! We've had a huge response to this opening. We'll keep your profile on file and will get in touch should a suitable role come up.

Tessellate AI Talent`,
  ],
  [
    "brush-off",
    "J",
    null,
    null,
    "bo.quoted-other-signal",
    `Hi Emma, no news on our side at the moment. I'll let you know if that changes.

Marta

On Thu, Oct 29, 2026 at 4:12 PM Emma Walsh <emma.walsh@example.com> wrote:
> Hi Marta, quick update: I've received an offer from another company and need to
> respond by Monday. Quillfield is my first choice - could we talk about next steps?`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.dont-chase",
    `Kai - appreciate the enthusiasm, but please don't worry about following up. We've got everything we need and we'll be in contact if there's anything to share.

Dana`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.agency",
    `Hi Jess,

Thanks for chasing. Still nothing back from the client I'm afraid - they've gone a bit quiet. I'll let you know if I hear anything.

Rob`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    "bo.on-hold-indefinite",
    `Hello Sean,

Thank you for your patience. The Sales Operations Analyst role has been placed on hold until further notice. We are unable to provide a timeline at this point. Should the position reopen, we will reach out to you.

Redwick Foods Human Resources`,
  ],
  [
    "brush-off",
    "T",
    null,
    null,
    "bo.warm",
    `Hi Priyanka! Thank you for the lovely note. We really enjoyed meeting you. The team's plans have changed a bit so we're not moving on this role right now, but you're firmly on our radar and I'd love to reconnect if the timing lines up later.

Morgan`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    "bo.no-update",
    `Hi Oscar,

Thanks for your email. I don't have anything further I can share on the process at this stage.

Regards,
Jane`,
  ],
  [
    "brush-off",
    "I",
    null,
    null,
    "bo.only-if-shortlisted",
    `Hello,

Thank you for your interest in Meridale Bank. Please note that only candidates whose profiles are shortlisted will be contacted by our recruitment team. If you do not hear from us, please consider that your application has not been taken forward.

Regards,
Meridale Bank Talent Acquisition`,
  ],
  [
    "brush-off",
    "A",
    null,
    null,
    "bo.keep-on-file",
    `Dear Will,

Thank you for your follow-up email. We are not currently in a position to offer any further update. We will hold your details on file and will be in touch if a suitable opportunity arises.

Kind regards,
Nadia`,
  ],
  [
    "brush-off",
    "P",
    null,
    null,
    "bo.html-remnants",
    `<div dir="ltr">Hi Layla,<div><br></div><div>No update on our end yet, unfortunately.&nbsp;If anything changes I'll let you know.</div><div><br></div><div>Morgan</div></div>`,
  ],
  [
    "brush-off",
    "B",
    null,
    null,
    "bo.careers-page",
    `Hi Lea,

thank you for your message. At the moment we cannot say anything about the position. Please have a look at our career page from time to time, there are new jobs regularly.

Greetings
Auralink Recruiting`,
  ],
  [
    "brush-off",
    "U",
    null,
    null,
    "bo.non-native",
    `Hello Mr. Laurent,

We have well received your message. For the moment we have no information to give you about the process. We will come back to you if necessary.

Cordially,
Sophie Marchand`,
  ],
  [
    "brush-off",
    "J",
    null,
    null,
    "bo.missed-date",
    `Hi Aiden, I'm sorry, I know I said Wednesday. Things are a bit up in the air internally right now and I can't give you a date. If something changes I'll be in touch.`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.reach-out-if",
    `Hi Zoe,

Thanks for checking in. We're continuing to review candidates and will reach out if we'd like to move forward.

Best,
Oakhurst Consulting Careers`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.on-hold-indefinite",
    `Hi Amir,

Thanks for following up. I'm sorry to say the internship programme for next summer is on hold while the business reviews its graduate intake. I don't have a date for when that will be decided. We'll hold on to your application in the meantime.

Early Careers Team`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    "bo.lowercase",
    `no news yet rosa, will reach out if anything changes`,
  ],
  [
    "brush-off",
    "T",
    null,
    null,
    "bo.quoted-other-signal",
    `Ethan - nothing to share at this point. We'll be in touch if that changes.

-----Original Message-----
From: Ethan Brooks <ethan.brooks@example.com>
Sent: Monday, October 12, 2026 9:03 AM
To: Talent <talent@example.com>
Subject: Application - Video Producer

Hello, I was told the hiring manager would make a decision by Friday and invite the finalists back for a second interview. Could you let me know where things stand?`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    "bo.warm",
    `Hi Chloe,

Thanks so much for reaching out, and congratulations on the award - that's brilliant. We're not hiring in comms at the moment, but I've saved your details and will definitely reach out if that changes.

Warmly,
Jane`,
  ],
  [
    "brush-off",
    "I",
    null,
    null,
    "bo.agency",
    `Hi Vikram,

Client is yet to share the feedback. They are busy with year end closing. Will update you as and when we receive anything from them.

Regards,
Anjali | Trident Staffing`,
  ],
  [
    "brush-off",
    "A",
    null,
    null,
    "bo.dont-chase",
    `Dear Katie,

Thank you for your calls and emails. Please note we will contact all candidates once a decision has been made, so there is no need to call the practice.

Regards,
Sandra`,
  ],
  [
    "brush-off",
    "P",
    null,
    null,
    "bo.no-update",
    `Hi Ben,

Thanks for checking in. Unfortunately I don't have an update to share right now. If we need anything further from you, we'll let you know.

Riley Chen | Brightpath
This email and any attachments are confidential and may be privileged. If you received it in error, please notify the sender and delete it.`,
  ],
  [
    "brush-off",
    "B",
    null,
    null,
    "bo.reach-out-if",
    `Hello Jonas,

thanks for asking. The team is still busy with other topics. If there is a need to talk again, we will contact you.

Anna`,
  ],
  [
    "brush-off",
    "U",
    null,
    null,
    "bo.keep-on-file",
    `Dear Elodie,

Thank you for your continued interest. We are unable to share any further information about this recruitment. Your CV has been added to our talent pool and we will contact you should a suitable position become available.

Kind regards,
Claire Dubois`,
  ],
  [
    "brush-off",
    "J",
    null,
    null,
    "bo.only-if-shortlisted",
    `Hi Lucas,

Thanks for your note. We'll only be reaching out to candidates selected for the next round. Appreciate your interest in Vantor Cloud!

Jen`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.on-hold-indefinite",
    `Hi Bella,

Wanted to give you a heads up: the company just announced a hiring freeze across all teams, so the Account Executive role is on hold indefinitely. I'd encourage you to keep your options open. If the freeze lifts and the role comes back, I'll reach out.

Kim`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.typos",
    `Hi Theo

Thanks for your email. Nothing to report at the moment, we'll be in touch if theres any news on the postion.

Regards
Helen`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    "bo.warm",
    `Naomi, thanks for the kind words! We had such a nice conversation. We're pausing editorial hiring for a bit while the new managing editor settles in, so I can't promise anything - but you'll be on my list if we open things back up.

Best,
Saltmarsh Media Editorial`,
  ],
];
