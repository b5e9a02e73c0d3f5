// Hand-written replies, part 3: rejections, out-of-office auto-replies, hard cases.
// Each entry: [signal, received (see ../build.mjs RECEIVED), decisionBy, returnOn, text].
export default [
  /* -------------------------------------------------------------- rejection */
  [
    "rejection",
    "W",
    null,
    null,
    `Hi Sam,

Thank you so much for your time and for the thoughtful conversations with the team. We were impressed by your background; however, after careful consideration we have decided to move forward with another candidate whose experience more closely matches our needs.

We wish you the very best in your search.

Dana`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    `Dear Priya,

Thank you for attending the interview for the role of Senior Data Analyst. Unfortunately, on this occasion your application has been unsuccessful.

We appreciate the time you invested and wish you every success in the future.

Kind regards,
Helen Marsh`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    `Hi Chris, I'm sorry to say we won't be moving forward with your application. It was a really tough call - the team enjoyed meeting you.`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    `Jordan,

Thanks again for interviewing with us. After a lot of discussion the team decided to go in a different direction for this role. I know that's not the news you were hoping for.

Best of luck,
Kim`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    `Hello Alex, we have filled the position. Thank you for your interest.`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    `Hi Mei,

The team really enjoyed meeting you and we loved your portfolio. That said, we've decided to proceed with a candidate with more B2B experience. Please do stay in touch - we'd love to consider you for future roles.

Warmly,
Tom`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    `Dear Tom,

Thank you for your interest in the Marketing Executive role at Harwood. We regret to inform you that we will not be progressing your application further.

We will retain your details on file for six months.

Yours sincerely,
Recruitment`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    `Hi Lena, unfortunatly we've gone with an internal candidate for this one. Really appreciate the time you put in.`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    `Thank you for your interest in the Backend Engineer position at Fieldstone Labs. After careful review, we have decided not to move forward with your candidacy at this time. We encourage you to apply for future openings that match your skills.

This is an automated message from our applicant tracking system.`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    `Sam - I wanted to tell you personally: we offered the role to someone else, and they accepted. You were a close second. I'd be happy to be a reference or intro you to some folks.`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    `Hi Olivia, thanks so much for coming in. Sadly it's a no this time around - the panel felt another candidate was a slightly better fit for the team. Wishing you all the best with your job search.`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    `Hi Ana,

Thank you for taking part in our interview process. While we were impressed with your skills, we have chosen to pursue other candidates whose profiles better align with the requirements of the role.

Best regards,
People Team`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    `Chris, appreciate you checking in. The role has been cancelled due to budget cuts, so we won't be hiring for it. Sorry for the bad news.`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    `hi jordan, sorry but we decided to go with another candiate. best of luck!`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    `Dear Alex,

Thank you for applying to Brightpath. We've reviewed your application carefully and unfortunately we are unable to offer you an interview for this position.

We wish you well in your search.

The Brightpath Recruiting Team`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    `Hello Ravi, thank you for completing the assessment. I'm afraid you have not been successful in progressing to the next stage.`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    `Hey Mei, really hate sending these. We loved chatting but we've made the difficult decision to move ahead with someone else. Keep in touch!`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    `Hi Lena,

Thank you for your patience during our process and for the time you spent with our team. It was a very competitive search, and I'm sorry to let you know that we will not be extending an offer.

We truly appreciated getting to know you.

Victor`,
  ],
  [
    "rejection",
    "T",
    null,
    null,
    `Jordan - not at this time, sorry. We went with someone more senior.`,
  ],
  [
    "rejection",
    "W",
    null,
    null,
    `Hi Sam, thanks for your follow-up. The position has now been filled. We'll keep your resume on file in case anything comes up.`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    `Dear Priya, thank you for your interest in the role. Regrettably, we have decided not to proceed with your application at this stage. Kind regards, HR`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    `Hi Ana! Loved meeting you, your energy was great. Unfortunately the team has decided to move forward with other applicants. Hope our paths cross again.`,
  ],
  [
    "rejection",
    "F",
    null,
    null,
    `Chris,
We really appreciate your interest but we're going to pass on moving forward. Good luck!`,
  ],

  /* ---------------------------------------------------------- out-of-office */
  [
    "out-of-office",
    "W",
    null,
    "2026-11-30",
    `Thank you for your email. I am currently out of the office until Monday 30 November with limited access to email. For urgent matters please contact recruiting@acme.example.

On Wed, Nov 18, 2026 at 10:58 AM Sam Taylor <sam@example.com> wrote:
> Hi Dana, I hope you're well! I wanted to check in on the Product Manager role.
> I'm very excited about the opportunity and happy to share anything else you need.`,
  ],
  [
    "out-of-office",
    "M",
    null,
    "2026-12-01",
    `Automatic reply: Thank you for your message. I am on annual leave and will return on Tuesday 1 December. If your query is urgent, please contact the HR team on hr@northgate.example.`,
  ],
  [
    "out-of-office",
    "F",
    null,
    "2026-12-14",
    `Hi, I'm out of the office on vacation and will be back on Monday, December 14. I'll respond to your email when I return.`,
  ],
  [
    "out-of-office",
    "T",
    null,
    null,
    `I am currently travelling with limited access to email. I will reply to your message as soon as possible.`,
  ],
  [
    "out-of-office",
    "W",
    null,
    "2026-11-23",
    `I'm OOO through Friday, Nov 20 for the Thanksgiving week prep, back Monday 11/23. Response will be delayed.`,
  ],
  [
    "out-of-office",
    "S",
    null,
    "2026-11-30",
    `Thanks for your email. I'm on leave until 30 November. In my absence please contact talent@example.com.au.`,
  ],
  [
    "out-of-office",
    "M",
    null,
    "2026-11-30",
    `Out of Office: I'm away from the office until Monday 30th November. I will have no access to email during this time. Your email will not be forwarded.`,
  ],
  [
    "out-of-office",
    "F",
    null,
    "2027-01-04",
    `Happy holidays! I'm out of the office from December 4 and will be returning to the office on January 4. I'll get back to you when I'm back.`,
  ],
  [
    "out-of-office",
    "T",
    null,
    "2026-10-19",
    `Auto-reply: I am currently out of office and will return on Monday, October 19. For anything urgent please reach my colleague Jamie Fox.`,
  ],
  [
    "out-of-office",
    "W",
    null,
    null,
    `This is an automatic reply. I am currently away from my desk and will respond when I'm back. Thanks for your patience.`,
  ],
  [
    "out-of-office",
    "M",
    null,
    "2026-11-26",
    `Hello, thank you for your message. I'm currently on parental leave until Thursday 26 November. For recruitment enquiries please email careers@harwood.example.`,
  ],
  [
    "out-of-office",
    "S",
    null,
    "2026-11-24",
    `I am out of the office with limited access to email until Tuesday 24 November.

> Hi Tom, thanks so much for the interview yesterday! I really enjoyed meeting the team.`,
  ],
  [
    "out-of-office",
    "F",
    null,
    "2026-12-07",
    `Hi there, I'm out of the office until Monday, December 7 with intermittent access to email. If this is urgent, please reach out to hiring@brightpath.example. Thanks!`,
  ],

  /* ------------------------------------------------- hard and mixed cases */
  [
    "still-deciding",
    "W",
    null,
    null,
    `Gracias por tu mensaje. Todavía estamos evaluando a los candidatos y te escribiremos pronto.`,
  ],
  [
    "still-deciding",
    "M",
    null,
    null,
    `Vielen Dank für Ihre Nachricht. Wir melden uns in Kürze bei Ihnen.`,
  ],
  [
    "still-deciding",
    "F",
    null,
    null,
    `Merci pour votre message, nous reviendrons vers vous dès que possible.`,
  ],
  ["still-deciding", "S", null, null, `Thanks!`],
  ["rejection", "W", null, null, `No, sorry.`],
  [
    "still-deciding",
    "T",
    null,
    null,
    `Received, thanks. Will circle back once I've heard from the team.`,
  ],
  [
    "next-step",
    "W",
    null,
    null,
    `Yes! Let's set up the final interview. What's your availability?`,
  ],
  [
    "still-deciding",
    "M",
    null,
    null,
    `Cheers Tom, no decision as yet - I'll drop you a line once we've got everyone's feedback.`,
  ],
  [
    "rejection",
    "S",
    null,
    null,
    `Hi Ana, thanks for bearing with us. I'm afraid we won't be taking your application any further this time.`,
  ],
  [
    "encouraging",
    "F",
    null,
    null,
    `Chris, you're very much still in contention. Bear with us while the team gets through the holiday backlog.`,
  ],
  [
    "still-deciding",
    "W",
    "2026-11-20",
    null,
    `Hi Sam,
we are still in the process of making a desicion, should have news by friday.
thanks
dana`,
  ],
  [
    "next-step",
    "T",
    null,
    null,
    `Hi Jordan, thanks for your patience. We haven't made a final decision yet, but the team would like to schedule one more conversation with you before we do. Are you free Thursday?`,
  ],
  [
    "rejection",
    "M",
    null,
    null,
    `Hi Priya, just to close the loop - the role has been filled internally. Thanks for your interest and best of luck.`,
  ],
  [
    "encouraging",
    "W",
    "2026-11-20",
    null,
    `Hi Sam, not a no! We just haven't finished interviewing. You impressed the panel and we hope to decide by Friday.`,
  ],
  ["brush-off", "F", null, null, `We'll be in touch if we need anything else from you.`],
  [
    "out-of-office",
    "W",
    null,
    "2026-11-30",
    `Automatic reply: I'm out of the office until Monday, November 30. I will not be checking email.

-----Original Message-----
From: Sam Taylor
Sent: Wednesday, November 18, 2026 10:58 AM
To: Dana Lee
Subject: Following up

Hi Dana, unfortunately I missed your call yesterday. Could we reschedule the interview? I'm free by Friday.`,
  ],
];
