/**
 * Replies as Outlook, Gmail and an applicant-tracking system send them, built by Python's
 * `email` package (./python-mail.ts). The wording is the project's own; the markup follows
 * what those programs write: Outlook's MsoNormal paragraphs, `<o:p>` and its header block
 * of the quoted message (a top-bordered div on the desktop, `#divRplyFwdMsg` after an `<hr>`
 * on the web, in the sender's language), Gmail's `gmail_quote` with its `gmail_attr` line and
 * a plain-text alternative that marks bold as *words*, an ATS notification laid out in
 * tables with a hidden preheader, a tracking pixel and footer links.
 *
 * Each comes with what a person reading it sees as the reply (quoted history and signature
 * left out) and what it says.
 */
import type { TimelineEvent } from "../../src/core/types.js";
import type { PythonMail } from "./python-mail.js";

/** The applications the replies belong to. */
export const HTML_REPLY_APPS: readonly TimelineEvent[] = [
  {
    type: "application",
    app: "acme-pm",
    company: "Acme",
    role: "Product Manager",
    timezone: "America/Denver",
    contacts: [{ name: "Dana Lee", email: "dana@acme.example" }],
  },
  {
    type: "sent",
    app: "acme-pm",
    at: "2026-11-16T09:00",
    kind: "check-in",
    to: "Dana Lee",
    messageId: "<check-in-1@example.net>",
  },
  {
    type: "application",
    app: "initech",
    company: "Initech",
    role: "Data Engineer",
    timezone: "Europe/Berlin",
    contacts: [{ name: "Jonas Müller", email: "jonas@initech.example" }],
  },
  {
    type: "application",
    app: "globex",
    company: "Globex",
    role: "Analyst",
    timezone: "Europe/London",
    url: "https://boards.greenhouse.io/globex/123",
    contacts: [{ name: "Jo Park", email: "jo.park@gmail.com", role: "recruiter" }],
  },
  {
    type: "application",
    app: "hooli",
    company: "Hooli",
    role: "Research Analyst",
    timezone: "Europe/Warsaw",
    url: "https://careers.hooli.example/jobs/4417",
  },
];

export interface HtmlReply {
  readonly name: string;
  readonly mail: PythonMail;
  readonly app: string;
  /** The reply as stored: the sender's own words, without quoted history or signature. */
  readonly text: string;
  readonly signal: string;
}

const OUTLOOK_HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}
.MsoChpDefault {mso-style-type:export-only;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]-->
</head>`;

export const HTML_REPLIES: readonly HtmlReply[] = [
  {
    name: "Outlook on the desktop, HTML only with an inline logo (multipart/related), windows-1252, quoted-printable",
    app: "acme-pm",
    signal: "rejection",
    text: "Hi Ann,\n\nThank you for taking the time to meet with our team last week. After careful consideration, we’ve decided not to move forward with your application for the Product Manager role.\n\nWe wish you every success in your search – and thank you again for your interest in Acme.",
    mail: {
      shape: "related",
      charset: "windows-1252",
      encoding: "quoted-printable",
      from: "Dana Lee <dana@acme.example>",
      subject: "RE: Checking in",
      date: "Wed, 18 Nov 2026 11:02:00 -0700",
      message_id: "<DM6PR11MB4412A1B2C3D4E5F6@DM6PR11MB4412.namprd11.prod.outlook.example>",
      in_reply_to: "<check-in-1@example.net>",
      references: "<check-in-1@example.net>",
      html: `${OUTLOOK_HEAD}
<body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
<p class=MsoNormal>Hi Ann,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you for taking the time to meet with our team last week. After careful consideration, we’ve decided not to move forward with your application for the Product Manager role.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>We wish you every success in your search – and thank you again for your interest in Acme.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Kind regards,<o:p></o:p></p>
<p class=MsoNormal><b>Dana Lee</b><br>Head of Product | Acme<o:p></o:p></p>
<p class=MsoNormal><img width=120 height=40 style='width:1.25in;height:.4166in' id="Picture_x0020_1" src="cid:image001.gif@01DB0000.00000000" alt="Acme logo"><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>
<p class=MsoNormal><b>From:</b> Ann Candidate &lt;ann@example.net&gt; <br><b>Sent:</b> Monday, November 16, 2026 9:00 AM<br><b>To:</b> Dana Lee &lt;dana@acme.example&gt;<br><b>Subject:</b> Checking in<o:p></o:p></p>
</div>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Hi Dana, I hope you are well. I wanted to check in on the Product Manager role; I remain very excited about it.<o:p></o:p></p>
</div></body></html>`,
    },
  },
  {
    name: "Outlook on the web, HTML only, UTF-8, base64, its quoted header block in German",
    app: "initech",
    signal: "next-step",
    text: "Hi Ann,\n\nthanks for your note! Could you come in for a second interview with our CTO on Thursday at 10:00?",
    mail: {
      shape: "html",
      charset: "utf-8",
      encoding: "base64",
      from: "Jonas Müller <jonas@initech.example>",
      subject: "AW: Data Engineer",
      date: "Thu, 19 Nov 2026 09:15:00 +0100",
      message_id: "<AM0PR07MB5123F00D@AM0PR07MB5123.eurprd07.prod.outlook.example>",
      html: `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Hi Ann,</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">thanks for your note! Could you come in for a second interview with our CTO on Thursday at 10:00?</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Best regards,<br>Jonas Müller</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>Von:</b> Ann Candidate &lt;ann@example.net&gt;<br>
<b>Gesendet:</b> Dienstag, 17. November 2026 18:40<br>
<b>An:</b> Jonas Müller &lt;jonas@initech.example&gt;<br>
<b>Betreff:</b> Data Engineer</font>
<div>&nbsp;</div></div>
<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">Dear Jonas, thank you for the interview on Monday. I would love to hear about next steps and wanted to ask when you expect to decide.</div></span></font></div>
</body></html>`,
    },
  },
  {
    name: "Gmail, multipart/alternative (its plain text is what is read), quoted-printable",
    app: "globex",
    signal: "still-deciding",
    // As its plain-text part has it, line break and all: not the HTML's.
    text: "Hi Ann,\n\nThanks for your patience. The team is still meeting candidates this week and we\nexpect to make a decision by *Friday, November 27*.",
    mail: {
      shape: "alternative",
      charset: "utf-8",
      encoding: "quoted-printable",
      from: "Jo Park <jo.park@gmail.com>",
      subject: "Re: Analyst role",
      date: "Wed, 18 Nov 2026 16:20:00 +0000",
      message_id: "<CAF=k3yQv8x+Z0aQ@mail.gmail.example>",
      text: "Hi Ann,\n\nThanks for your patience. The team is still meeting candidates this week and we\nexpect to make a decision by *Friday, November 27*.\n\nBest,\nJo\n\nOn Tue, Nov 17, 2026 at 10:12 AM Ann Candidate <ann@example.net> wrote:\n\n> Hi Jo, I wanted to ask where things stand with the Analyst role.\n>\n",
      html: `<div dir="ltr"><div>Hi Ann,</div><div><br></div><div>Thanks for your patience. The team is still meeting candidates this week and we expect to make a decision by <b>Friday, November 27</b>.</div><div><br></div><div>Best,</div><div>Jo</div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Tue, Nov 17, 2026 at 10:12 AM Ann Candidate &lt;<a href="mailto:ann@example.net">ann@example.net</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Jo, I wanted to ask where things stand with the Analyst role.</div></blockquote></div>`,
    },
  },
  {
    name: "an applicant-tracking system's notification, HTML only, tables, iso-8859-2, quoted-printable",
    app: "hooli",
    signal: "rejection",
    text: "Dear Ann Candidate,\n\nThank you for your interest in the Research Analyst position at Hooli Research & Development. We have reviewed your application carefully. Unfortunately, we have decided to pursue other candidates whose experience more closely matches our needs at this time.\n\nWe appreciate your interest in Hooli and encourage you to apply for future openings.",
    mail: {
      shape: "html",
      charset: "iso-8859-2",
      encoding: "quoted-printable",
      from: "Hooli Recruiting <no-reply@hooli.example>",
      subject: "Your application to Hooli",
      date: "Fri, 20 Nov 2026 14:00:00 +0100",
      message_id: "<0100018f.ats.4417.b7e1@mailer.hooli.example>",
      html: `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2" /><title>Your application</title>
<style type="text/css">body{margin:0;padding:0}.btn a{color:#ffffff!important}@media only screen and (max-width:600px){.container{width:100%!important}}</style></head>
<body style="margin:0;padding:0;background-color:#f4f4f4;">
<span class="preheader" style="display:none !important;visibility:hidden;mso-hide:all;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">An update on your Research Analyst application&#8202;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:24px;"><a href="https://careers.hooli.example/?utm_source=ats"><img src="https://cdn.ats.example/logos/hooli.png" alt="Hooli" width="120" height="32" style="display:block;border:0;" /></a></td></tr>
<tr><td style="padding:0 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#333333;">
<p style="margin:0 0 16px 0;">Dear Ann Candidate,</p>
<p style="margin:0 0 16px 0;">Thank you for your interest in the Research Analyst position at Hooli Research &amp; Development. We have reviewed your application carefully. Unfortunately, we have decided to pursue other candidates whose experience more closely matches our needs at this time.</p>
<p style="margin:0 0 16px 0;">We appreciate your interest in Hooli and encourage you to apply for <a href="https://careers.hooli.example/jobs?utm_medium=email" style="color:#1a73e8;">future openings</a>.</p>
<p style="margin:0 0 16px 0;">Sincerely,<br />The Hooli Talent Team</p>
</td></tr>
<tr><td style="padding:16px 24px;font-family:Arial,Helvetica,sans-serif;font-size:11px;color:#888888;">Hooli sp. z o.o., ul. Piotrkowska 1, 90-001 Łódź</td></tr>
</table></td></tr></table>
<img src="https://t.ats.example/open/4417/b7e1.gif" width="1" height="1" alt="" style="display:block;height:1px;width:1px;border:0;" />
</body></html>`,
    },
  },
  {
    name: "Outlook on the web, HTML with a PDF attached (multipart/mixed), UTF-8, quoted-printable",
    app: "initech",
    signal: "offer",
    text: "Dear Ann,\n\nWe are delighted to offer you the Data Engineer position at Initech. Your offer letter is attached; please let us know by Friday, December 4 whether you accept.",
    mail: {
      shape: "mixed",
      charset: "utf-8",
      encoding: "quoted-printable",
      from: "Lena Fischer <lena@initech.example>",
      subject: "Your offer from Initech",
      date: "Mon, 23 Nov 2026 10:30:00 +0100",
      message_id: "<AM0PR07MB5123OFFER@AM0PR07MB5123.eurprd07.prod.outlook.example>",
      html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Dear Ann,</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">We are delighted to offer you the Data Engineer position at Initech. Your offer letter is attached; please let us know by Friday, December&nbsp;4 whether you accept.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Warm regards,<br>Lena Fischer<br>People Team, Initech GmbH</div>
</body></html>`,
    },
  },
];
