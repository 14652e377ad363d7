package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// message builds the next message and says whether it carries an anomalous link.
func (g *generator) message() ([]byte, bool) {
	g.seq++
	g.clock = g.clock.Add(time.Duration(30+g.r.IntN(300)) * time.Second)
	s := g.senders[g.r.IntN(len(g.senders))]
	rcpt := g.rcpts[g.r.IntN(len(g.rcpts))]
	bad := g.r.Float64() < g.anomalous
	size := g.size()
	var ctype, body string
	switch k := g.kind(s); k {
	case "plain":
		ctype, body = "text/plain; charset=utf-8", g.plain(s, size, bad)
	case "html":
		ctype, body = "text/html; charset=utf-8", g.html(s, size, bad)
	case "b64html":
		ctype, body = "text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64", b64(g.html(s, size*3/4, bad))
	case "alt":
		ctype, body = g.alternative(s, size, bad)
	default:
		ctype, body = g.withAttachment(s, size, bad)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "Return-Path: <%s>\r\nDelivered-To: %s\r\n", s.addr, rcpt)
	fmt.Fprintf(&b, "Received: from mx.%s (mx.%s [192.0.2.%d])\r\n\tby mx.corp.test with ESMTPS id Q%08d\r\n\tfor <%s>; %s\r\n",
		domainOf(s.addr), domainOf(s.addr), 1+g.seq%250, g.seq, rcpt, g.clock.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "From: %s <%s>\r\nTo: <%s>\r\nSubject: %s %s %d\r\nDate: %s\r\n", s.name, s.addr, rcpt,
		g.word(), g.word(), g.seq, g.clock.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "Message-ID: <gen.%d.%d@%s>\r\nMIME-Version: 1.0\r\nContent-Type: %s\r\n\r\n", g.seq, g.r.IntN(1e9), domainOf(s.addr), ctype)
	b.WriteString(body)
	return b.Bytes(), bad
}

func domainOf(addr string) string { return addr[strings.LastIndexByte(addr, '@')+1:] }

// kind picks the body shape: newsletters are mostly HTML, people mostly text.
func (g *generator) kind(s sender) string {
	p := g.r.Float64()
	if s.newsletter {
		switch {
		case p < 0.45:
			return "alt"
		case p < 0.80:
			return "html"
		case p < 0.97:
			return "b64html"
		}
		return "attach"
	}
	switch {
	case p < 0.60:
		return "plain"
	case p < 0.85:
		return "alt"
	case p < 0.90:
		return "b64html"
	}
	return "attach"
}

// plain is a text body of about size bytes with a link every few paragraphs.
func (g *generator) plain(s sender, size int, bad bool) string {
	var b strings.Builder
	b.WriteString("Hello,\r\n\r\n")
	badAt := size / 2
	for b.Len() < size {
		b.WriteString(wrap(g.sentence()+" "+g.sentence()+" "+g.sentence(), 72))
		if g.r.IntN(4) == 0 {
			b.WriteString("See " + g.link(s) + "\r\n")
		}
		if bad && b.Len() > badAt {
			b.WriteString("Please confirm here: " + g.badLink(s) + "\r\n")
			bad = false
		}
		b.WriteString("\r\n")
	}
	b.WriteString("Regards,\r\n" + s.name + "\r\n")
	return b.String()
}

// html is a newsletter-like page of about size bytes with many links.
func (g *generator) html(s sender, size int, bad bool) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\r\n<html><head><meta charset=\"utf-8\"><title>" + g.word() + "</title></head>\r\n<body>\r\n<table width=\"600\">\r\n")
	badAt := size / 3
	for b.Len() < size {
		fmt.Fprintf(&b, "<tr><td style=\"padding:8px;font-family:Arial\"><a href=\"%s\"><img src=\"https://%s/img/%d.png\" alt=\"%s\"></a>\r\n",
			g.link(s), s.hosts[0], g.r.IntN(1000), g.word())
		fmt.Fprintf(&b, "<p>%s</p>\r\n<p><a href=\"%s\">%s %s</a></p></td></tr>\r\n", wrap(g.sentence()+" "+g.sentence(), 76), g.link(s), g.word(), g.word())
		if bad && b.Len() > badAt {
			fmt.Fprintf(&b, "<tr><td><a href=\"%s\">Verify your account</a></td></tr>\r\n", g.badLink(s))
			bad = false
		}
	}
	fmt.Fprintf(&b, "</table>\r\n<p><a href=\"%s\">Unsubscribe</a></p>\r\n</body></html>\r\n", g.link(s))
	return b.String()
}

func (g *generator) boundary() string { return fmt.Sprintf("=_b%d_%08x", g.seq, g.r.Uint32()) }

func (g *generator) alternative(s sender, size int, bad bool) (string, string) {
	bd := g.boundary()
	var b strings.Builder
	b.WriteString("This is a multi-part message in MIME format.\r\n")
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s", bd, g.plain(s, size/3, bad))
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s", bd, g.html(s, size*2/3, bad))
	fmt.Fprintf(&b, "--%s--\r\n", bd)
	return "multipart/alternative; boundary=\"" + bd + "\"", b.String()
}

// withAttachment is a short text plus a binary attachment taking most of the size.
func (g *generator) withAttachment(s sender, size int, bad bool) (string, string) {
	bd := g.boundary()
	data := make([]byte, size*3/4)
	for i := range data {
		data[i] = byte(g.r.Uint32())
	}
	var b strings.Builder
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s", bd, g.plain(s, 1500, bad))
	fmt.Fprintf(&b, "--%s\r\nContent-Type: application/pdf; name=\"%s.pdf\"\r\nContent-Disposition: attachment; filename=\"%s.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n%s",
		bd, g.word(), g.word(), b64(string(data)))
	fmt.Fprintf(&b, "--%s--\r\n", bd)
	return "multipart/mixed; boundary=\"" + bd + "\"", b.String()
}

// b64 encodes s in 76-column CRLF lines.
func b64(s string) string {
	enc := base64.StdEncoding.EncodeToString([]byte(s))
	var b strings.Builder
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n")
	return b.String()
}

// wrap breaks text into CRLF lines of at most width bytes.
func wrap(text string, width int) string {
	var b strings.Builder
	line := 0
	for _, w := range strings.Fields(text) {
		if line > 0 && line+1+len(w) > width {
			b.WriteString("\r\n")
			line = 0
		} else if line > 0 {
			b.WriteByte(' ')
			line++
		}
		b.WriteString(w)
		line += len(w)
	}
	b.WriteString("\r\n")
	return b.String()
}
