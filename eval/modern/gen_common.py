# Shared helpers for the synthetic mailboxes (invented people and organisations).
import os, json, random, email.utils, datetime, hashlib

KEEP = ("from", "to", "cc", "reply-to", "subject", "date", "message-id", "in-reply-to",
        "references", "mime-version", "content-type", "content-transfer-encoding", "content-disposition")

class Box:
    def __init__(self, name, owner, start):
        self.name, self.owner = name, owner
        self.msgs = []  # (date, headers(list of (k,v)), body, mailfrom, rcpts)
        self.t = start
        self.split = None
    def mid(self, dom):
        h = hashlib.sha1(("%s%d" % (dom, len(self.msgs))).encode()).hexdigest()[:16]
        return "<%s@%s>" % (h, dom)
    def add(self, when, frm, to, subject, body, ctype="text/plain; charset=utf-8",
            cc=None, extra=(), mailfrom=None, rcpts=None, msgid=None, irt=None, refs=None, reply_to=None):
        addr = email.utils.parseaddr(frm)[1]
        dom = addr.split("@")[-1]
        msgid = msgid or self.mid(dom)
        h = [("From", frm), ("To", to)]
        if cc: h.append(("Cc", cc))
        if reply_to: h.append(("Reply-To", reply_to))
        h += [("Subject", subject), ("Date", email.utils.format_datetime(when)), ("Message-ID", msgid)]
        if irt: h.append(("In-Reply-To", irt))
        if refs or irt: h.append(("References", refs or irt))
        h += list(extra)
        h += [("MIME-Version", "1.0"), ("Content-Type", ctype)]
        self.msgs.append((when, h, body, mailfrom or addr, rcpts or [self.owner]))
        return msgid
    def write(self, root, split_date):
        for variant in ("full", "stripped"):
            d = os.path.join(root, self.name, variant)
            os.makedirs(d, exist_ok=True)
            for f in os.listdir(d):
                os.remove(os.path.join(d, f))
            first_test = None
            for i, (when, h, body, mf, rc) in enumerate(sorted(self.msgs, key=lambda m: m[0])):
                fn = "%06d.eml" % (i + 1)
                if first_test is None and when >= split_date:
                    first_test = fn
                lines = []
                if variant == "stripped":
                    mf = email.utils.parseaddr(dict((k.lower(), v) for k, v in h)["from"])[1]
                lines.append("Return-Path: <%s>" % mf)
                for r in rc:
                    lines.append("Delivered-To: %s" % r)
                for k, v in h:
                    if variant == "stripped" and k.lower() not in KEEP:
                        continue
                    lines.append("%s: %s" % (k, v))
                raw = "\r\n".join(lines) + "\r\n\r\n" + body.replace("\r\n", "\n").replace("\n", "\r\n")
                open(os.path.join(d, fn), "w").write(raw)
            json.dump({"first_test_file": first_test}, open(os.path.join(d, "stream.json"), "w"))

def alt(text, html, boundary="b1"):
    """multipart/alternative body and its content type."""
    body = ("--%s\nContent-Type: text/plain; charset=utf-8\n\n%s\n--%s\nContent-Type: text/html; charset=utf-8\n\n%s\n--%s--\n"
            % (boundary, text, boundary, html, boundary))
    return body, 'multipart/alternative; boundary="%s"' % boundary

def days(start, n, rng, hours=(7, 22)):
    """n random datetimes over the days following start, sorted."""
    out = []
    for _ in range(n):
        out.append(start + datetime.timedelta(days=rng.uniform(0, 1), hours=0))
    return out
