// Package links finds every link a reader could click in an email message,
// normalises and unwraps it, and rewrites only the links chosen by the caller.
//
// It owns the MIME walk (RFC 2045, 2046, 5322, message/rfc822 recursion,
// quoted-printable and base64, legacy charsets through go-message/charset;
// an HTML part without a charset parameter in the one its <meta> declares,
// eight-bit text labelled US-ASCII or not at all as ISO-8859-1),
// link extraction from text/plain, text/html (golang.org/x/net/html
// tokenizer) and text/calendar (with its X-ALT-DESC HTML description,
// calendar.go; contact cards, text/vcard, are read unfolded as it is), URL normalisation (RFC 3986 plus the WHATWG
// leniencies browsers apply: backslashes, protocol-relative URLs, inet_aton
// IPv4 forms, IDNA hosts), offline unwrapping of other vendors' rewritten
// links (Unwrap; a target without a fragment takes its wrapper's, as a
// browser's redirect does; a GET form's action is unwrapped with its
// hidden and text fields, textareas, checked boxes (of radio buttons of one name, the last) and selects' selected
// options (a drop-down's first when none is; an option's text is its
// text nodes, not a conditional comment's, and what a style, title or
// xmp inside the select holds: html_select.go) as its query, as the browser
// submits it (a disabled field, option or button is not sent, nor one
// inside a <fieldset disabled> outside its first <legend> child; a
// fieldset read in a conditional comment disables nothing, nor does a
// real </fieldset> close it in place of the disabled one), fields
// that name it by form="ID" (the id's first element, when it is a form;
// an element the tree builder may drop, td outside a table, a late head,
// a second body, or a template's content, decides nothing alone: the
// form after it is judged with the field and without, as are a
// template's own fields) and a submit button's formaction, formmethod,
// name and value (an image button's click point, name.x=0&name.y=0) included: html_getform.go), and byte-splicing rewrites of chosen links (Rewrite).
//
// Extraction follows what a reader's client shows and auto-links: URLs and
// www. hosts in text (including <URL> wrapped across lines, iCalendar
// folding, inside a URL's scheme or "://" too, and format=flowed; delsp=yes soft breaks; in an HTML part's
// text also when character references spell them, as https&#58;// or
// www&#46;, or a share path's backslashes, &#92;&#92;host&#92;share, html_refs.go), every clickable HTML
// construct (a/area/VML href, form action, formaction, meta refresh, the
// page a frame or embedded object loads (iframe, frame and embed src,
// object data: KindFrame) and the document of an iframe srcdoc (rewritten
// inside the attribute, each reference mapped back; judged only when the
// attribute is unquoted) or of a frame's data:text/html URL (judged
// only), the first base for every link, Outlook conditional comments, the content of
// noscript and of raw-text elements inside svg or math, which mail clients
// render as markup), and, as non-clickable, image and CSS sources (img,
// srcset, input type=image, background, link href, CSS url(), and the src
// of the VML pictures Outlook draws: v:fill, v:image, v:imagedata, and
// what a video or audio element loads before play: a poster, its src, its
// sources' src and a default track's, unless preload="none"), a
// share among them read as a share (scoring's share_load). A link
// that opens another program (Office's ms-word:ofe|u|URL, microsoft-edge:,
// search-ms: on a share, a file: share) is read for the address it opens
// (FlagAppScheme, appscheme.go), as is a Windows share path (UNC,
// \\host\share\file, which Outlook opens as a share) in text, in an HTML
// part's text and in an href: file://host/share (a host of two characters
// or more, not glued to a word, a drive's "C:" or another backslash (but
// after Markdown's emphasis, *\\host\share*, without its closing marker), and
// followed by a share's name: textscan.go's uncStart; a device path's
// \\?\UNC\host\share is the share \\host\share, and a host's
// ipv6-literal.net name the IPv6 address it spells, [2001:db8::5]; it
// ends at a space but between quotes or angle brackets, "\\srv\My
// Share\a b.docx"; a drive path is no link), and a redirect's first foreign hop is kept
// (Link.Via) for scoring to judge too. UTF-7 parts are decoded (a known filter evasion), and a
// text/plain part that is really an HTML document is scanned both as text
// and as HTML. A link in the quoted or forwarded part of its text part
// (after a reply's attribution line, a forward separator, '>' quoting,
// Outlook's header block or a mail client's HTML quote markup) carries
// FlagQuoted (quote.go). ExtractAll also returns the start of the first
// text part a reader sees with a word in it, before any quote
// (Extracted.Lead; of a multipart/alternative, the HTML alternative with
// a word, which clients show, else the last with a word), so that a
// message without links can be read for what it asks. Its blocks, lines
// and table cells run together with one space between them, no mark: a
// label cell reads with its value cell ("Email gail@...", "Import duties
// Prepaid"), as scoring's form and cue readers expect (a break between
// cells, measured, spared no legitimate message and weakened phishing
// ones: scoring's TestLeadTableCells). The visible text of an HTML part
// (Link.Display, Link.Context, Extracted.Lead) is the text a mail client
// draws: script, style and comments left out, and the text of elements
// hidden by their style attribute, the hidden attribute or a simple rule
// of the document's <style> on their class or id (display:none, a font
// size of 0 or 1px, transparent text or text the colour of its
// background, the hiding every common client draws, and not when a rule
// the reading cannot place, !important, in @media or with a combinator,
// may show it; a bounded stack of open elements, no CSS engine:
// html_hidden.go, html_hidden_rules.go), but for hidden text before the
// first visible word (a preheader, which the inbox shows as the preview);
// hiding by the box (off-screen offsets, clips, a zero size with
// overflow hidden, mso-hide:all) leaves text out only where Outlook for
// Windows, Gmail and the other common clients all hide it
// (html_hidden_box.go). Extracted.HiddenSplits counts hidden text inside
// a visible word ("Pass<span style="display:none">xq</span>word"), a
// kit's salting, box hiding that only some clients draw included. In an
// image-only part (fewer than 20 words of its own) the pictures' alt
// texts are read as its visible text, an <input type=image>'s and an
// image map's <area href> included (html_alt.go). An attached HTML
// file's script is read for HTML smuggling (Extracted.HiddenRedirect:
// redirect.go, redirect_flow.go, redirect_names.go, redirect_runtime.go,
// redirect_fold.go).
// Invisible characters (zero-width spaces, soft hyphens) stay in the
// text: scoring reads words and numbers through them. PDF attachments are read for the URI
// actions of their link annotations, in plain objects and in compressed
// object streams (pdf.go), and for the URLs and share paths their Launch,
// GoToR, GoToE and ImportData actions open (pdf_launch.go; a Launch of a
// program on the reader's own computer, cmd.exe or a script, is
// Extracted.Launch, never a link), and SVG attachments for their <a> links and the
// URLs in their scripts (svg.go; Extracted.Scripted says one runs script,
// Extracted.ScriptedHTML that an attached HTML file does; the links of
// an attached HTML file carry FlagHTMLFile; the targets of a form with a
// password field (or a text field CSS masks as one, -webkit-text-security,
// or an XHTML-prefixed h:input in an SVG) carry FlagPassword, and a password field no target
// carries away is Extracted.PasswordField: pwform.go),
// and Office (OOXML) attachments for their external hyperlink
// relationships (office.go), RTF attachments for their HYPERLINK fields
// and the URLs in their text (rtf.go), PNG, JPEG and GIF images, the images of
// PDFs (pdf_image.go) and the pictures of Office documents for a QR code
// holding a web address (qr.go, with github.com/makiuchi-d/gozxing), as
// are codes drawn without an image: HTML tables of black and white cells,
// Unicode block characters and SVG rectangles (qrgrid.go), filled
// rectangles on a PDF page's first pages (pdf_vector.go), and
// zip attachments for such files and HTML pages inside (archive.go),
// shortcut files (.url, .website, .webloc, .iqy, .library-ms,
// .searchconnector-ms) for the address they open, as text and by their
// URL= keys and <url> elements, a share path (\\host\share) and an icon
// on a share included (shortcut.go: KindShortcut, also when the part is
// declared as text of any type, text/html too; KindArchive when packed);
// files uuencoded inside a text/plain body ("begin 644 notice.html"), which
// Outlook and Thunderbird show as attachments, are read as attachments of
// their names' types (uufile.go). Also read: gzip and tar attachments and
// archives inside archives, three levels deep, with the Office and RTF
// documents in them (archive.go), the file names (never the files) of RAR
// and 7z archives, also after a prefix, and of RAR volumes (rar.go;
// sevenzip.go, whose compressed headers inflate with
// github.com/ulikunitz/xz/lzma), of attachments packed in TNEF and of a
// zip cut before its central directory, and a zip's Unicode path fields
// (archive_names.go), for BidiNames and ProgramNames (a script among
// them only when it stands alone: attached, or in an archive of at most
// three files or of decoys, not in a project's or beside a project's file
// in its own folder: archiveNames, projectDepth),
// Word HYPERLINK fields, Excel HYPERLINK()
// formulas and OpenDocument files (office.go), PDF names with #xx escapes
// and values in other objects (pdf_syntax.go, pdf_refs.go), TNEF bodies
// (winmail.dat, tnef.go), yEnc bodies, saved web pages (.mht) and
// message/news as messages, and an HTML part's Content-Base (judged beside
// the page's own <base> when they differ). Everything an attachment
// inflates or decodes shares one budget per message (zipBudget). Such
// links (KindPDF, KindSVG, KindOffice, KindRTF, KindTNEF, KindQR, KindArchive,
// KindShortcut) come after
// the text parts' links, are clickable but not Rewritable, and an attachment is never
// changed. Their Context is the message's lead, what a reader reads before
// opening the attachment; a link in an Office document or an SVG drawing
// has the document's own words around it after that (docwords.go: the
// text of its paragraph and of the paragraphs before and after it, or of
// the drawing's <text> elements, within the bound an HTML link's context
// has), a link in a PDF the first words of the page that holds it, as
// many as an HTML link's context has on both sides (pdf_text.go: the
// strings its content streams show, through the font's ToUnicode CMap or
// a simple font's WinAnsi or Standard encoding and /Differences; a link
// on no page found has the first page's words, and a page inside an
// object stream is not found), and a link in a TNEF body the words
// around it in that body.
//
// Files embedded in an invitation (ATTACH;ENCODING=BASE64;VALUE=BINARY,
// which Outlook lists among the meeting's attachments) are read as the
// files of an archive are (calendar_attach.go).
//
// The entity inside opaque S/MIME signed data (application/pkcs7-mime,
// smime.p7m), which mail programs show as the message, is read as its body
// (smime.go): signed, never rewritten. Encrypted data is not read.
//
// ExtractAllContext stops reading when its context ends (stop.go) and
// returns the links found by then, marked Stopped.
//
// It refuses to: fetch or resolve any URL, log, keep state between calls,
// render, decrypt or run anything inside an attachment,
// decide which links are dangerous (that is pkg/scoring), touch the
// top-level header block, or rewrite inside signed or encrypted structures.
//
// Offsets: Link.Start and Link.End index the decoded text of the part
// (transfer encoding removed, charset converted to UTF-8). In text parts
// text[Start:End] is Link.Raw. In HTML parts text[Start:End] is the URL as
// written (entities still encoded) and Raw is its entity-decoded form.
// A URL longer than MaxURLBytes keeps only its start in Raw (boundURL);
// Start:End still span all of it, so Rewrite replaces it whole.
// Link.Part is "" for a single-part message and "1", "1.2", ... for parts
// of multiparts; a message/rfc822 attachment at "2" numbers its parts
// "2.1", "2.2", ... (or is "2" itself when it has a single part).
package links
