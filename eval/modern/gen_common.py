# Shared helpers for the synthetic mailboxes (invented people and organisations).
import os, json, random, email.utils, datetime, hashlib

KEEP = ("from", "to", "cc", "reply-to", "subject", "date", "message-id", "in-reply-to",
        "references", "mime-version", "content-type", "content-transfer-encoding", "content-disposition")

class Box:
    # how write opens each message file (EuroBox writes raw 8-bit bytes)
    open_kw = {}

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
                open(os.path.join(d, fn), "w", **self.open_kw).write(raw)
            json.dump({"first_test_file": first_test}, open(os.path.join(d, "stream.json"), "w"))

# Every mailbox's learn window runs from start to split and its test window
# from split to end.
UTC = datetime.timezone.utc
start = datetime.datetime(2026, 8, 24, tzinfo=UTC)
split = datetime.datetime(2026, 11, 2, tzinfo=UTC)
end = datetime.datetime(2026, 11, 26, tzinfo=UTC)


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

# Attachments (invented documents, built byte for byte, deterministic).
import base64, io, zipfile

def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))

def mixed(parts, boundary="m1"):
    """multipart/mixed body and its content type. parts: (ctype, body) of the
    message text, then (ctype, filename, bytes) of each attachment."""
    out = []
    for p in parts:
        if len(p) == 2:
            out.append("--%s\nContent-Type: %s\n\n%s\n" % (boundary, p[0], p[1]))
        else:
            out.append('--%s\nContent-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n\n%s\n'
                       % (boundary, p[0], p[1], p[1], b64(p[2])))
    return "".join(out) + "--%s--\n" % boundary, 'multipart/mixed; boundary="%s"' % boundary

def pdf_file(objs):
    """A PDF file of the numbered objects objs (object 1 the catalog), with
    its cross-reference table and trailer."""
    out, offs = b"%PDF-1.4\n", []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (n, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += "".join("%010d 00000 n \n" % o for o in offs).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def pdf(lines, links=()):
    """A one-page PDF (Helvetica, WinAnsi) showing lines, with a link
    annotation for each URL in links."""
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = "BT /F1 11 Tf 72 740 Td 14 TL " + " ".join("(%s) '" % esc(l) for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R%s >>"
            % (" /Annots [%s]" % " ".join("%d 0 R" % (6 + i) for i in range(len(links))) if links else ""),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops)]
    for i, u in enumerate(links):
        objs.append("<< /Type /Annot /Subtype /Link /Rect [72 %d 300 %d] /Border [0 0 0] /A << /S /URI /URI (%s) >> >>" % (100 + 20 * i, 114 + 20 * i, esc(u)))
    return pdf_file(objs)

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()

def docx(paras):
    """A Word document of paragraphs; a paragraph is text, or a list of
    text and (text, url) runs, the latter hyperlinks."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    rels, body = [], []
    for p in paras:
        runs = []
        for r in ([p] if isinstance(p, str) else p):
            if isinstance(r, str):
                runs.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(r))
            else:
                rid = "rId%d" % (len(rels) + 10)
                rels.append('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%s" TargetMode="External"/>' % (rid, esc(r[1])))
                runs.append('<w:hyperlink r:id="%s"><w:r><w:t>%s</w:t></w:r></w:hyperlink>' % (rid, esc(r[0])))
        body.append("<w:p>%s</w:p>" % "".join(runs))
    R = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    return _zip([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships %s><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' % R),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>' % (W, "".join(body))),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships %s>%s</Relationships>' % (R, "".join(rels)))])

def zipped(files):
    """A zip archive of (name, text or bytes)."""
    return _zip(files)

def wav(seconds=1):
    """A silent 8 kHz mono WAV, as voicemail-to-email attaches."""
    n = 8000 * seconds
    import struct
    return b"RIFF" + struct.pack("<I", 36 + n) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 8000, 1, 8) + b"data" + struct.pack("<I", n) + b"\x80" * n

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# QR codes: eval/modern/qr/NAME.txt holds a code's modules as rows of 0 and
# 1 (written once by qr/qrmatrix.go; python here has no QR library).
import struct, zlib

def qr_rows(name):
    return [l.strip() for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "qr", name + ".txt")) if l.strip()]

def qr_png(name, scale=4):
    """A grey-scale PNG of the code, scale pixels a module."""
    rows = qr_rows(name)
    raw = b""
    for r in rows:
        line = b"".join((b"\x00" if c == "1" else b"\xff") * scale for c in r)
        raw += (b"\x00" + line) * scale
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    w, h = len(rows[0]) * scale, len(rows) * scale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")

def qr_pdf(lines, name, module=4):
    """A one-page PDF showing lines and, below them, the code drawn as
    filled rectangles (as PDF libraries draw codes, no image)."""
    rows = qr_rows(name)
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    rects = []
    top = 740 - 14 * len(lines) - 30
    for y, r in enumerate(rows):
        for x, c in enumerate(r):
            if c == "1":
                rects.append("%d %d %d %d re" % (72 + x * module, top - (y + 1) * module, module, module))
    ops = "BT /F1 11 Tf 72 740 Td 14 TL " + " ".join("(%s) '" % esc(l) for l in lines) + " ET\n0 g\n" + "\n".join(rects) + "\nf"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops)]
    return pdf_file(objs)

def armor(kind, seed, n=8):
    """An ASCII-armored OpenPGP block of invented bytes (never a real key or
    message: milterd cannot read one either)."""
    h = b""
    i = 0
    while len(h) < 57 * n:
        h += hashlib.sha256(("%s%d" % (seed, i)).encode()).digest()
        i += 1
    s = base64.b64encode(h[:57 * n]).decode()
    body = "\n".join(s[j:j + 76] for j in range(0, len(s), 76))
    return "-----BEGIN PGP %s-----\n\n%s\n=%s\n-----END PGP %s-----" % (kind, body, base64.b64encode(h[:3]).decode(), kind)

def opaque(seed, n=400):
    """Invented bytes standing for a signature or encrypted blob."""
    h = b""
    i = 0
    while len(h) < n:
        h += hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        i += 1
    return h[:n]

# Charsets and encodings as continental European mail comes (gen_euro.py):
# RFC 2047 encoded words, ISO-8859-1/-15 and UTF-8 bodies in 8bit,
# quoted-printable or base64, RFC 2231 file names. An 8bit body in a
# one-byte charset is carried as lone surrogates for the bytes above 127;
# write the message with errors="surrogateescape" to get the bytes back.
import quopri

def ew(s, cs="utf-8", enc="Q"):
    """s as RFC 2047 encoded words (several for a long text), or s if ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], 18 if enc == "Q" else 30
    for i in range(0, len(s), chunk):
        raw = s[i:i + chunk].encode(cs)
        if enc == "B":
            t = base64.b64encode(raw).decode()
        else:
            t = "".join(chr(c) if (chr(c).isalnum() and c < 128) else "_" if c == 32 else "=%02X" % c for c in raw)
        words.append("=?%s?%s?%s?=" % (cs.upper(), enc, t))
    return " ".join(words)

def who(name, addr, cs="utf-8", enc="Q"):
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, addr) if any(c in name for c in ",.()") else "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, cs, enc), addr)

def raw8(s, cs):
    """s encoded in cs, as lone surrogates for the bytes above 127 (EuroBox writes them back)."""
    return "".join(chr(c) if c < 128 else chr(0xDC00 + c) for c in s.encode(cs))

def enc_body(text, cs="utf-8", cte="8bit"):
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(cs)).decode("ascii")
    if cte == "base64":
        return b64(text.encode(cs))
    return text if cs == "utf-8" else raw8(text, cs)

def part(ctype, text, cs="utf-8", cte="8bit"):
    return "Content-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n\n%s" % (ctype, cs, cte, enc_body(text, cs, cte))

def attach(ctype, fname, data):
    if all(ord(c) < 128 for c in fname):
        disp = 'Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"' % (ctype, fname, fname)
    else:
        q = "".join(chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in "._-" else "%%%02X" % c for c in fname.encode("utf-8"))
        disp = 'Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename*=UTF-8\'\'%s' % (ctype, ew(fname), q)
    return "%s\nContent-Transfer-Encoding: base64\n\n%s" % (disp, b64(data))

def multi(sub, parts, bnd):
    body = "".join("--%s\n%s\n" % (bnd, p) for p in parts) + "--%s--\n" % bnd
    return body, 'multipart/%s; boundary="%s"' % (sub, bnd)

def alt_cs(text, html, cs="utf-8", cte="quoted-printable", bnd="a1"):
    return multi("alternative", [part("text/plain", text, cs, cte), part("text/html", html, cs, cte)], bnd)


def case_writer(rcpt, box, tz="+0000"):
    """Empties cases/BOX and returns w(name, frm, subj, body, ct, extra),
    which writes one case to rcpt there as cases/BOX/NAME.eml (CRLF, the
    envelope sender from frm's address)."""
    d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases", box)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))

    def w(name, frm, subj, body, ct="text/html; charset=utf-8", extra=""):
        addr = frm.split("<")[-1].rstrip(">")
        raw = ("Return-Path: <%s>\r\nDelivered-To: %s\r\nFrom: %s\r\nTo: %s\r\nSubject: %s\r\nDate: Wed, 26 Nov 2026 10:00:00 %s\r\n"
               "Message-ID: <%s@case.example>\r\n%sMIME-Version: 1.0\r\nContent-Type: %s\r\n\r\n%s\r\n"
               % (addr, rcpt, frm, rcpt, subj, tz, name, extra, ct, body.replace("\r\n", "\n").replace("\n", "\r\n")))
        open(os.path.join(d, name + ".eml"), "w", encoding="utf-8", errors="surrogateescape", newline="").write(raw)
    return w


def clear_cases(root, owners, prefixes):
    """Remove a case generator's own files (names starting with prefixes)
    from the case directories of the mailboxes in owners, before writing
    them again: the other generators own the rest."""
    for box in owners:
        for f in os.listdir(os.path.join(root, box)):
            if f.startswith(prefixes):
                os.remove(os.path.join(root, box, f))


def write_case(root, rcpt, box, name, frm, subj, body, ct="text/html; charset=utf-8", extra=""):
    """Write one case, name.eml in root/box, to rcpt from frm, with CRLF
    line ends; extra is more header fields, each ending in CRLF."""
    addr = frm.split("<")[-1].rstrip(">")
    raw = ("Return-Path: <%s>\r\nDelivered-To: %s\r\nFrom: %s\r\nTo: %s\r\nSubject: %s\r\nDate: Wed, 26 Nov 2026 10:00:00 +0000\r\n"
           "Message-ID: <%s@case.example>\r\n%sMIME-Version: 1.0\r\nContent-Type: %s\r\n\r\n%s\r\n"
           % (addr, rcpt, frm, rcpt, subj, name, extra, ct, body.replace("\r\n", "\n").replace("\n", "\r\n")))
    open(os.path.join(root, box, name + ".eml"), "w", encoding="utf-8", newline="").write(raw)
