"""Builds RFC 5322 messages with Python's standard `email` package, in the MIME shapes mail
programs send, so that hearback's mail tests read messages it did not write.

Reads a JSON list of specs on stdin and writes a JSON list of base64 messages on stdout.
A spec: headers (from, to, subject, date, message_id, in_reply_to, references), and
  "shape": "html" (text/html alone), "alternative" (text/plain and text/html),
           "related" (text/html with inline images), "mixed" (html, then an attachment);
  "html", "text": the bodies; "charset" (utf-8, windows-1252, iso-8859-2...);
  "encoding": "quoted-printable", "base64" or "8bit".
"""
import base64
import json
import sys
from email import charset as email_charset
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import SMTP

# A 1x1 transparent GIF: the tracking pixel and the inline logo.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def text_part(body, subtype, spec):
    charset = spec.get("charset", "utf-8")
    encoding = spec.get("encoding", "quoted-printable")
    part = MIMENonMultipart("text", subtype, policy=SMTP, charset=charset)
    data = body.encode(charset)
    if encoding == "quoted-printable":
        import quopri

        part.set_payload(quopri.encodestring(data).decode("ascii"))
    elif encoding == "base64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    else:
        part.set_payload(data.decode(charset))
    part["Content-Transfer-Encoding"] = encoding
    return part


def build(spec):
    shape = spec["shape"]
    if shape == "html":
        msg = text_part(spec["html"], "html", spec)
    elif shape == "alternative":
        msg = MIMEMultipart("alternative", policy=SMTP)
        msg.attach(text_part(spec["text"], "plain", spec))
        msg.attach(text_part(spec["html"], "html", spec))
    elif shape == "related":
        msg = MIMEMultipart("related", policy=SMTP)
        msg.attach(text_part(spec["html"], "html", spec))
        logo = MIMEImage(PIXEL, "gif", policy=SMTP)
        logo["Content-ID"] = "<image001.gif@01DB0000.00000000>"
        logo.add_header("Content-Disposition", "inline", filename="image001.gif")
        msg.attach(logo)
    elif shape == "mixed":
        msg = MIMEMultipart("mixed", policy=SMTP)
        msg.attach(text_part(spec["html"], "html", spec))
        msg.attach(MIMEApplication(b"%PDF-1.4\n", "pdf", policy=SMTP, Name="offer.pdf"))
    else:
        raise SystemExit("unknown shape " + shape)
    msg["From"] = spec["from"]
    msg["To"] = spec.get("to", "Ann Candidate <ann@example.net>")
    msg["Subject"] = spec["subject"]
    msg["Date"] = spec["date"]
    msg["Message-ID"] = spec["message_id"]
    if "in_reply_to" in spec:
        msg["In-Reply-To"] = spec["in_reply_to"]
    if "references" in spec:
        msg["References"] = spec["references"]
    return msg.as_bytes()


email_charset.add_charset("windows-1252", email_charset.QP, email_charset.QP)
specs = json.load(sys.stdin)
json.dump([base64.b64encode(build(s)).decode("ascii") for s in specs], sys.stdout)
