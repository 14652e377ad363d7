package links

import "log/slog"

// Kind says where a link was found and how a reader reaches it.
type Kind string

// Link kinds.
const (
	KindText     Kind = "text"     // a URL or www. host in text/plain (or text/calendar)
	KindHref     Kind = "href"     // <a href> or <area href>
	KindForm     Kind = "form"     // <form action>, <button formaction>, <input formaction>
	KindRefresh  Kind = "refresh"  // <meta http-equiv=refresh content="0;url=...">
	KindFrame    Kind = "frame"    // <iframe src>, <frame src>, <embed src>, <object data>: a page the client loads into the message without a click
	KindImage    Kind = "image"    // img/src, background, srcset, VML, video poster and media sources: never clickable, never locked
	KindCSS      Kind = "css"      // <link href>, url(...) in style: never clickable, never locked
	KindCalendar Kind = "calendar" // URL inside a text/calendar part or a contact card (text/vcard)
	KindPDF      Kind = "pdf"      // URI action of a link in a PDF attachment: clickable, never rewritten
	KindSVG      Kind = "svg"      // <a href> or script URL in an SVG attachment: clickable, never rewritten
	KindOffice   Kind = "office"   // hyperlink in a Word, Excel or PowerPoint (OOXML) attachment: clickable, never rewritten
	KindRTF      Kind = "rtf"      // HYPERLINK field or URL in the text of an RTF attachment: clickable, never rewritten
	KindTNEF     Kind = "tnef"     // link in the body a TNEF attachment (winmail.dat) holds, which Outlook shows: clickable, never rewritten
	KindArchive  Kind = "archive"  // <a href>, form or frame of an HTML file inside a zip attachment: clickable, never rewritten
	KindShortcut Kind = "shortcut" // address an attached shortcut file opens (.url, .website, .webloc, .iqy, .library-ms, .searchconnector-ms: shortcut.go): never rewritten
	KindQR       Kind = "qr"       // web address in a QR code in an image (PNG, JPEG or GIF, attached or inline, or in a PDF or Office document): opened by a phone camera, never rewritten
)

// Flag marks an evasion or oddity seen in a link.
type Flag uint32

// Link flags. A Link carries any combination.
const (
	FlagUserinfo         Flag = 1 << iota // https://paypal.com@evil.example/
	FlagIPLiteral                         // host is an IP address
	FlagObfuscatedIP                      // decimal, hex or octal IPv4 form
	FlagMixedScript                       // host labels mix Unicode scripts
	FlagPunycode                          // host has xn-- labels or non-ASCII
	FlagScriptScheme                      // javascript: or data: URL
	FlagWhitespace                        // whitespace or control characters inside the href
	FlagBackslash                         // backslashes used as slashes
	FlagProtocolRelative                  // //host/path without a scheme
	FlagDisplayMismatch                   // anchor text shows a URL/host other than the destination
	FlagNoScheme                          // www.example.com written without a scheme
	FlagOpaqueWrapper                     // a rewriter link whose target cannot be decoded (Mimecast)
	FlagTruncatedChain                    // unwrapping stopped at its depth or length bound, or the URL is longer than MaxURLBytes and only its start was read
	FlagQuoted                            // in the quoted or forwarded part of its text part (see quoteStart)
	FlagSubmits                           // where a form in an attachment sends what the reader types (a PDF SubmitForm action, an HTML form drawn in an SVG)
	FlagOpenRedirect                      // reached through a search engine's result redirect (Bing /ck/a, Google AMP, DuckDuckGo /l/), a big site's public link-out redirect (LinkedIn /redir/redirect, Facebook l.php, YouTube /redirect?q=: opaqueRedirects) or Google Translate's website proxy, not a sender's click tracker
	FlagEncodedMessage                    // inside bytes that cannot be spliced: a message attached in base64 or quoted-printable (message/rfc822), a uuencoded or yEnc part or a file uuencoded inside a text part (uufile.go); judged as an attachment's links, never rewritten
	FlagAppScheme                         // opens another program on the address inside (ms-word:ofe|u|URL, microsoft-edge:URL, search-ms: with a share, a file: share path): URL is that address
	FlagAutoLoad                          // loaded without a click by the program that opens its attachment: an Office document's remote template, OLE object, frame or subdocument
	FlagHTMLFile                          // in an HTML file attached to the message (a text/html part with a file name or Content-Disposition: attachment), which opens in the browser, not in the mail program
	FlagOpaqueRedirect                    // a big site's redirect endpoint whose target the link does not show (LinkedIn /slink?code=, Baidu /link?url=TOKEN, YouTube /redirect without a URL): URL is the redirect itself
	FlagFakeSeparator                     // the host holds a character that looks like a dot, slash or backslash and is none (U+2024, U+2215: microsoft.com\u2215login.evil.top reads as a path on microsoft.com)
	FlagPassword                          // the target of a form that holds a password field (<input type=password>): what the reader types there as a password goes to this address (pwform.go)
)

// Has reports whether all bits of g are set in f.
func (f Flag) Has(g Flag) bool { return f&g == g }

// Ref identifies one occurrence of a link in a message: the MIME part path
// and the byte offset of Raw in that part's decoded text. Rewrite is keyed by it.
type Ref struct {
	Part  string // MIME part path: "" for a single-part message, "1", "1.2", ... (1-based)
	Start int    // byte offset of Raw in the decoded part text
}

// Link is one URL found in a message.
type Link struct {
	Raw         string   // the URL exactly as written in the decoded part text (entities decoded in HTML); its start when longer than MaxURLBytes
	URL         string   // normalised absolute destination after offline unwrapping
	Chain       []string // unwrap chain, outermost wrapper first; empty if not wrapped; last element is the innermost wrapper, URL is the destination
	Scheme      string   // scheme of URL, lowercased: http, https, ftp, mailto, javascript, data, ...
	Host        string   // ASCII (A-label) lowercase host of URL, no port
	UnicodeHost string   // the same host with U-labels
	Domain      string   // registrable domain (eTLD+1, private suffixes included) of Host; Host itself for IPs
	Kind        Kind
	Clickable   bool   // false for images and CSS
	Display     string // anchor text for HTML links (trimmed, at most a few hundred bytes)
	DisplayHost string // host shown in Display when Display looks like a URL or host
	Context     string // visible text around the link (a few hundred bytes), for intent cues; in an attachment, the message's Lead, then in an Office document or SVG drawing the document's words around the link (docWords), in a PDF the words its page shows, start of page first (pdfLinkWords)
	Part        string // MIME part path, see Ref
	Start, End  int    // offsets of Raw in the decoded part text (in an attachment: see readPDF, scanSVG, scanOffice, scanImage)
	Flags       Flag
	// Via is the first host the browser opens when the link redirects
	// through a host that is neither a known rewriter (Safe Links,
	// Proofpoint, ...) nor a search engine's or Google's redirect, in
	// another registrable domain than the destination: a click tracker,
	// or anyone's page with a ?next= parameter. That host decides where
	// the reader ends up, so it is judged as well as the destination.
	// Nil otherwise.
	Via *Hop
}

// Hop is a redirecting host a link passes through (Link.Via).
type Hop struct {
	URL         string // the redirect's own URL, as unwrapped from the outside in
	Host        string // ASCII lowercase host
	UnicodeHost string
	Domain      string // registrable domain; Host itself for IPs
	Flags       Flag   // the host's own flags (IP literal, punycode, userinfo, ...)
}

// Rewritable reports whether Rewrite can replace the link: every clickable
// link except those inside an attachment (InAttachment), whose bytes
// milterd never changes.
func (l Link) Rewritable() bool { return l.Clickable && !l.InAttachment() }

// InAttachment reports whether the link was found inside a PDF, SVG,
// Office, RTF or TNEF attachment, an HTML file in a zip archive, a
// shortcut file, a QR code in an image,
// or a message attached in a transfer encoding (FlagEncodedMessage).
func (l Link) InAttachment() bool {
	if l.Flags.Has(FlagEncodedMessage) {
		return true
	}
	switch l.Kind {
	case KindPDF, KindSVG, KindOffice, KindRTF, KindTNEF, KindQR, KindArchive, KindShortcut:
		return true
	}
	return false
}

// Ref returns the occurrence key used by Rewrite.
func (l Link) Ref() Ref { return Ref{Part: l.Part, Start: l.Start} }

// LogValue shows only the host, never the full URL.
func (l Link) LogValue() slog.Value {
	return slog.GroupValue(slog.String("host", l.Host), slog.String("kind", string(l.Kind)))
}
