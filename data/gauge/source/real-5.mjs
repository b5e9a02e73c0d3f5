// Replies written after the catalogue of real replies in ../README.md ("What real replies
// say"), batch 5: brush-offs in the shapes the December reading of recruiters' and candidates'
// accounts adds (a status that stays "under review" for weeks, an agency whose client has gone
// quiet, a role paused with no restart date, "only those selected will hear from us" sent in
// answer to a follow-up, warm words with nothing behind them), and, next to them, replies
// that look alike but are not brush-offs (a date is given, "no news yet", a no). Every name,
// company and address is invented; no sentence is copied from a real reply or template. Each
// entry: [signal, received (see ../build.mjs RECEIVED), decisionBy, returnOn, pattern, text].
export default [
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.status-unchanged",
    `Dear Hannah,

Thank you for getting in touch about your application for Finance Business Partner (ref FBP-0417).

Your application is still under review. Should your experience be a match for the role, a member of our Resourcing team will contact you.

Kind regards,
Resourcing Team
Halberd Insurance`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.status-unchanged",
    `Hi Tomasz,

Your application for Data Engineer II is currently in review. We can't share individual updates while the review is in progress, but if your profile is selected to move forward, you will receive an email from us.

Thanks for your patience,
Candidate Experience | Quillon`,
  ],
  [
    "brush-off",
    "I",
    null,
    null,
    "bo.status-unchanged",
    `Dear Applicant,

We acknowledge your mail regarding the status of your application. Your profile is under process with the concerned department. You will be intimated if you are shortlisted.

Regards,
Talent Acquisition
Sarvam Infra Projects Ltd.`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    "bo.status-unchanged",
    `Hello Daniel,

I checked and your application shows as "In Review" - that hasn't changed since you applied. Hiring managers look at applications on their own schedule, so I'm not able to give a timeframe. If they'd like to speak with you, they'll reach out directly.

Best,
Meg
Recruiting Coordinator, Oakhaven Health`,
  ],
  [
    "brush-off",
    "B",
    null,
    null,
    "bo.agency-client-quiet",
    `Hi Lena,

Just a quick one - I've chased the client twice this week but they've gone a bit quiet on the Product Owner role. It might be that they're reviewing priorities. If I hear anything I'll let you know, but I wouldn't hold your breath on this one.

In the meantime I'll keep you in mind for anything else that comes up.

Cheers,
Rob Kessler
Meridian Talent Partners`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    "bo.agency-client-quiet",
    `Hi Chloe,

No news from the client I'm afraid. They haven't responded to my last couple of emails about your interview. If they do come back to me I'll be in touch, but honestly it's out of my hands at this point.

Thanks,
Brendan | Southern Cross Recruitment`,
  ],
  [
    "brush-off",
    "I",
    null,
    null,
    "bo.agency-client-quiet",
    `Hi Arjun,

The client has not given any feedback on your profile so far. I have followed up with them. If I get any update from their end I will inform you. Meanwhile if you get any other opportunity kindly go ahead.

Thanks & Regards,
Pooja
Nexwave HR Consultants`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.agency-client-quiet",
    `hey marcus - nothing back from the hiring team, they're notoriously slow. i'll ping you if that changes. don't put your search on hold for this one though

sent from my phone`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.on-hold-indefinite",
    `Dear Fatima,

I wanted to let you know that the Senior Analyst position has been put on hold while the department reviews its structure. We don't yet know when, or whether, it will be reopened.

We'll keep your details and get back in touch if the role becomes active again.

With best wishes,
Gemma Hart
HR Advisor, Tollbridge District Council`,
  ],
  [
    "brush-off",
    "T",
    null,
    null,
    "bo.on-hold-indefinite",
    `Hi Kenji,

Quick update from our side: leadership has paused hiring for the Growth Marketing role while we rework next year's budget. You were doing really well in the process and I'd like to keep you in mind if it comes back.

I'll reach out if there's any movement.

Best,
Sasha
Talent @ Brightloop`,
  ],
  [
    "brush-off",
    "P",
    null,
    null,
    "bo.on-hold-indefinite",
    `Hi Alejandro,

Thanks for checking in. The requisition is frozen for now and there's no date to restart it. Sorry I can't give you something more concrete.

Dev`,
  ],
  [
    "brush-off",
    "J",
    null,
    null,
    "bo.on-hold-indefinite",
    `Good afternoon Priya,

Following an internal reorganisation, the Operations Lead vacancy is on hold until further notice. Your application remains on file, and should the position be reinstated we will be in contact.

Thank you for your understanding.

People Services
Lakeshore Logistics`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.only-if-shortlisted",
    `Hi Sofia,

Thank you for your follow-up. As mentioned in our acknowledgement, we only contact applicants who are invited to interview. We receive a large number of applications and aren't able to reply to status queries individually.

Kind regards,
Recruitment Team, Pinecrest Foundation`,
  ],
  [
    "brush-off",
    "I",
    null,
    null,
    "bo.only-if-shortlisted",
    `Dear Candidate,

Your query has been noted. Please note only candidates who are selected for the next round shall be contacted by our team. Kindly do not send repeated emails regarding the same.

HR Team
Vistara Components Pvt Ltd`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    "bo.only-if-shortlisted",
    `Hi Jack,

Thanks for your email. If you're shortlisted you'll get a call from the hiring manager. If not, you may not hear from us - we're a small team and can't reply to everyone, sorry.

Kylie`,
  ],
  [
    "brush-off",
    "A",
    null,
    null,
    "bo.only-if-shortlisted",
    `Dear Mr Adeyemi,

We confirm receipt of your further email. Applications are being assessed against the person specification. Applicants selected for interview will be notified by email; we regret that we cannot respond to other enquiries about individual applications.

Yours sincerely,
Recruitment Office
Harrowgate College`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.no-update",
    `Hi Ewan,

Nothing new to report on the Site Manager role, I'm afraid. I'll get back to you if that changes.

Regards,
Fiona`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    "bo.no-update",
    `Hi Grace,

I appreciate you following up. There's no update on my end and I can't say when there will be one. The team is working through a lot right now.

Thanks,
Owen`,
  ],
  [
    "brush-off",
    "B",
    null,
    null,
    "bo.no-update",
    `Hello Milan,

thanks for your message. At this moment there are no news regarding the position. We will come back to you in case there is any development.

Best regards
Katrin Vogel
HR Business Partner`,
  ],
  [
    "brush-off",
    "U",
    null,
    null,
    "bo.no-update",
    `Hi Amélie,

Sorry, I have nothing I can share about where things stand with the role. If something changes on our side, you'll hear from me.

Julien`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.keep-on-file",
    `Hi Nadia,

Thanks so much for reaching out again and for your interest in Cobalt & Pine. I've added your resume to our talent pool, and we'll reach out if a role that fits your background opens up.

All the best,
Trina`,
  ],
  [
    "brush-off",
    "T",
    null,
    null,
    "bo.keep-on-file",
    `Hello Ravi,

Thank you for the follow-up. We've noted your continued interest and your details will stay in our candidate database, which our recruiters search whenever a new opening comes up.

Kind regards,
Talent Team | Ironleaf Manufacturing`,
  ],
  [
    "brush-off",
    "J",
    null,
    null,
    "bo.keep-on-file",
    `Hi Zoe,

Appreciate the note! I'll hang on to your resume and keep you in mind going forward.

Greg`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    "bo.missed-date",
    `Hi Liam,

Apologies, I know I said you'd hear from us last week. It's taken longer than any of us expected and I don't have an answer for you. I'll be in touch when I can.

Cheers,
Tash`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.missed-date",
    `Dear Aisha,

Thank you for your patience. I'm sorry we have gone past the date I gave you at interview. The panel has not been able to meet, and I cannot give you a new date at present. We will contact you once we are able to.

Yours sincerely,
Margaret Doyle
Practice Manager`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    "bo.dont-chase",
    `Hi Connor,

Thanks for your emails. I do want to be respectful of your time, so to set expectations: there's no need to check in with us. If the team wants to move forward, we'll contact you.

Best,
Alyssa Ng
Recruiting, Harborview Capital`,
  ],
  [
    "brush-off",
    "P",
    null,
    null,
    "bo.dont-chase",
    `Hello,

We have received several messages from you about this application. Please be assured it is with the hiring team. We ask that you wait to be contacted rather than following up further.

Regards,
Recruitment Operations`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.warm",
    `Hi Jasmine!!

So great to hear from you - I loved our chat and honestly think you'd be a brilliant addition somewhere. Things are really up in the air on our side at the moment so I can't make any promises. Let's definitely stay in close touch!

Bea`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    "bo.warm",
    `Hi Hamish,

Thanks for the lovely follow-up, and it was a pleasure meeting you. You're very much on our radar. The timing just isn't right for us to move on this at the moment, but I'd love to reconnect down the track.

Warmly,
Olivia`,
  ],
  [
    "brush-off",
    "B",
    null,
    null,
    "bo.warm",
    `Dear Jonas,

It was a real pleasure to speak with you - your passion for the product came through clearly. We're still deciding how we want to shape the team, so there's nothing concrete I can offer right now. I'll certainly remember you, and I'll be in touch should an opening arise.

Kind regards,
Petra`,
  ],
  [
    "brush-off",
    "J",
    null,
    null,
    "bo.agency",
    `Hi Ben,

Thanks for coming in to meet us last month. I'm afraid nothing suitable has come through for your profile yet. I'm always happy to work on your behalf and will give you a call when something relevant lands on my desk.

Kind regards,
Harriet
Beacon Street Staffing`,
  ],
  [
    "brush-off",
    "A",
    null,
    null,
    "bo.careers-page",
    `Hi Ruth,

Thanks for your interest. We don't have anything to share on your application at present. Our current vacancies are always listed on our careers site, and you're welcome to apply for any that interest you.

Best wishes,
The Recruitment Team`,
  ],
  [
    "brush-off",
    "W",
    null,
    null,
    "bo.lowercase",
    `hi dana, no update on the role right now. we'll reach out if anything changes on our end. thanks for your patience`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.typos",
    `Hi Alex,

Thankyou for your email. There isnt any update at present regarding the positon, we wil contact you should the situation chnage.

Regards
Karen`,
  ],
  [
    "brush-off",
    "T",
    null,
    null,
    "bo.html-remnants",
    `<p>Hi Noah,</p><p>Thanks for your note.&nbsp;Your application is still being reviewed by the hiring team. If there&#39;s a fit, someone will be in touch about next steps.</p><p>Best,<br>Greenfield Recruiting</p>`,
  ],
  [
    "brush-off",
    "F",
    null,
    null,
    "bo.quoted-other-signal",
    `Hi Maya,

Still nothing to share on our end, I'm afraid. If that changes I'll let you know.

Thanks,
Eric

On Thu, Dec 3, 2026 at 10:14 AM Maya Chen <maya.chen@example.com> wrote:
> Hi Eric, I wanted to let you know I've received another offer and need to respond by Friday. I'd love to hear whether there's any news on your side - I'm still very excited about the role and the next step.`,
  ],
  [
    "brush-off",
    "B",
    null,
    null,
    "bo.quoted-other-signal",
    `Dear Mr Novak,

We have no further information about the vacancy at this time. We will contact you if the situation changes.

Kind regards
Personalabteilung

-----Original Message-----
From: Tomas Novak <t.novak@example.net>
Sent: Monday, November 30, 2026 9:02 AM
To: jobs@example.org
Subject: Interview follow-up

Dear Ms Braun, thank you again for the interview last week. You mentioned a decision by the end of the month and a second interview with the team - is that still the plan?`,
  ],
  [
    "brush-off",
    "I",
    null,
    null,
    "bo.non-native",
    `Dear Sneha,

Thanks for the mail. Presently the position is kept on hold by management. Whenever it will open again we will get back to you. Request you to kindly bear with us.

Regards,
Manoj
HR Executive`,
  ],
  [
    "brush-off",
    "U",
    null,
    null,
    "bo.non-native",
    `Hello Léa,

Thank you for your message. For now we have not any new information for you about the job. If there is something new we will write you.

Best regards,
Stefania`,
  ],
  [
    "brush-off",
    "J",
    null,
    null,
    "bo.status-unchanged",
    `Hi Ines,

I looked into this for you. Your application is with the hiring manager and hasn't moved yet. They'll contact you directly if they'd like to schedule a conversation.

Regards,
Luis
Talent Acquisition, Corvid Systems`,
  ],
  [
    "brush-off",
    "A",
    null,
    null,
    "bo.on-hold-indefinite",
    `Hi Sam,

Sorry for the silence. The hiring for this team has been pushed back and I genuinely don't know when it'll pick up again. I'll keep your CV and reach out if it does.

Cheers,
Imogen`,
  ],
  [
    "brush-off",
    "M",
    null,
    null,
    "bo.only-if-shortlisted",
    `Dear Applicant,

Thank you for applying for the post of Library Assistant. Owing to the high number of applications we receive, we are only able to contact shortlisted candidates. If you have not heard from us, please take it that you have not been shortlisted on this occasion.

Human Resources
Ashworth Borough Council`,
  ],
  [
    "brush-off",
    "I",
    null,
    null,
    "bo.only-if-shortlisted",
    `Thank you for applying to Kavach Fintech. Given the large volume of profiles, only candidates whose experience matches the requirement will be contacted.

This is a system generated mail, please do not reply.`,
  ],
  [
    "brush-off",
    "S",
    null,
    null,
    "bo.only-if-shortlisted",
    `Hi Ella,

Thanks for your application for the Barista role. We've had heaps of interest, so we'll only be in touch with people we'd like to bring in for a trial shift.

Cheers,
The Daily Grind crew`,
  ],
  /* Next to the brush-offs: replies that look like them but say something else. */
  [
    "still-deciding",
    "W",
    "2026-11-27",
    null,
    "sd.delay",
    `Hi Tomasz,

No update yet, sorry - the hiring manager has been out sick. We should be able to get back to you by the end of next week.

Best,
Candidate Experience | Quillon`,
  ],
  [
    "still-deciding",
    "M",
    null,
    null,
    "sd.still-interviewing",
    `Hi Ewan,

No news just yet - we still have two interviews to run this week. I'll let you know as soon as we've made a decision.

Regards,
Fiona`,
  ],
  [
    "still-deciding",
    "I",
    "2026-12-10",
    null,
    "sd.paused-with-date",
    `Dear Sneha,

The position is on hold until the budget review closes. We expect to resume the process early next month and will update all candidates then.

Regards,
Manoj
HR Executive`,
  ],
  [
    "still-deciding",
    "B",
    null,
    null,
    "sd.decision-maker-away",
    `Hi Lena,

The client's hiring manager is travelling this week, so feedback on your interview will come once she's back. Nothing to worry about.

Cheers,
Rob Kessler
Meridian Talent Partners`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    "rej.keep-on-file-after",
    `Hello Ravi,

Thank you for the follow-up. The team has decided to proceed with another candidate for the Maintenance Planner role. We'll keep your details in our database and may contact you about future openings.

Kind regards,
Talent Team | Ironleaf Manufacturing`,
  ],
  [
    "rejection",
    "J",
    null,
    null,
    "rej.cancelled",
    `Good afternoon Priya,

Following an internal reorganisation, the Operations Lead vacancy has been withdrawn and will not be filled. Thank you for the time you gave to the process.

People Services
Lakeshore Logistics`,
  ],
  [
    "encouraging",
    "S",
    null,
    null,
    "enc.top-candidate",
    `Hi Hamish,

Thanks for the follow-up - great to hear from you. Just so you know, you're one of two people we're still seriously considering, and the team was really impressed with your case study. We're wrapping up the last conversations and I'll be in touch soon.

Warmly,
Olivia`,
  ],
];
