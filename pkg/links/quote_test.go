package links

import (
	"bytes"
	"testing"
)

func TestQuoteStart(t *testing.T) {
	tests := []struct {
		name string
		text string
		html bool
		want string // the text from the quote's start; "" for none
	}{
		{"no quote", "Hello,\nsee https://a.example/x\n", false, ""},
		{"outlook original", "Thanks!\n\n-----Original Message-----\nFrom: Ann\nhttps://a.example\n", false, "-----Original Message-----\nFrom: Ann\nhttps://a.example\n"},
		{"gmail forward", "FYI\n---------- Forwarded message ---------\nFrom: x\n", false, "---------- Forwarded message ---------\nFrom: x\n"},
		{"lotus notes forward", "fyi\n---------------------- Forwarded by Ann Lee/HOU/ECT on 12/13/2000 10:02 AM ---------------------------\n", false, "---------------------- Forwarded by Ann Lee/HOU/ECT on 12/13/2000 10:02 AM ---------------------------\n"},
		{"apple forward", "look\n\nBegin forwarded message:\n\n", false, "Begin forwarded message:\n\n"},
		{"attribution line", "Sure.\n\nOn Mon, 2 Mar 2026, Ann <ann@a.example> wrote:\n> hi\n", false, "On Mon, 2 Mar 2026, Ann <ann@a.example> wrote:\n> hi\n"},
		{"german attribution", "Gern.\n\nAm Mo., 2. März 2026 um 10:00 Uhr schrieb Ann Lee <ann@a.example>:\n> hi\n", false, "Am Mo., 2. März 2026 um 10:00 Uhr schrieb Ann Lee <ann@a.example>:\n> hi\n"},
		{"french attribution", "Oui.\nLe lun. 2 mars 2026 à 10:00, Ann <ann@a.example> a écrit :\nx\n", false, "Le lun. 2 mars 2026 à 10:00, Ann <ann@a.example> a écrit :\nx\n"},
		{"portuguese attribution", "Ok\nEm seg., 2 de mar. de 2026 às 10:00, Ann <ann@a.example> escreveu:\n", false, "Em seg., 2 de mar. de 2026 às 10:00, Ann <ann@a.example> escreveu:\n"},
		{"german outlook separator", "ok\n-----Ursprüngliche Nachricht-----\nVon: Ann\n", false, "-----Ursprüngliche Nachricht-----\nVon: Ann\n"},
		{"spanish forward separator", "ok\n---------- Mensaje reenviado ---------\nDe: Ann\n", false, "---------- Mensaje reenviado ---------\nDe: Ann\n"},
		{"html french attribution with a no-break space", "<p>Oui.</p>\n<div>Le lun. 2 mars 2026, Ann a écrit&nbsp;:<br></div>\n", true, "Le lun. 2 mars 2026, Ann a écrit&nbsp;:<br></div>\n"},
		{"html french header field with a no-break space", "<p>Oui.</p>\n<p><b>De&nbsp;:</b> Ann<br><b>Envoyé\u00a0:</b> lundi<br><b>Objet :</b> notes</p>\n", true,
			"De&nbsp;:</b> Ann<br><b>Envoyé\u00a0:</b> lundi<br><b>Objet :</b> notes</p>\n"},
		{"html italian attribution", "<p>ok</p>\n<div>Il giorno lun 2 mar 2026 Ann &lt;ann@a.example&gt; ha scritto:<br></div>\n", true, "Il giorno lun 2 mar 2026 Ann &lt;ann@a.example&gt; ha scritto:<br></div>\n"},
		{"a sentence ending in a colon", "Here is what we offer:\nhttps://a.example\n", false, ""},
		{"two angle lines", "ok\n> first\n> https://a.example\n", false, "> first\n> https://a.example\n"},
		{"one angle line is an arrow", "Act now\n>> https://a.example <<\nbye\n", false, ""},
		{"angle lines apart", "> one\ntext\n> two\n", false, ""},
		{"dashes without words", "----------\nhttps://a.example\n", false, ""},
		{"wrote inside a sentence", "He wrote: see the link\n", false, ""},
		{"html cited blockquote", "<p>Yes</p><BLOCKQUOTE type=cite><a href=x>", true, "type=cite><a href=x>"},
		{"thunderbird cite prefix", "<p>ok</p><div class=\"moz-cite-prefix\">On Mon", true, "moz-cite-prefix\">On Mon"},
		{"yahoo quote", "<p>ok</p><div class=\"yahoo_quoted\">", true, "yahoo_quoted\">"},
		{"cite as a word is no markup", "<p>We cite the report at <a href=x>y</a></p>", true, ""},
		{"html quote marks are case-sensitive", "<p>Yes</p><div class=\"GMAIL_QUOTE\"><a href=x>", true, ""},
		{"html cited blockquote, quoted attribute", "<p>Yes</p><blockquote type=\"cite\">x", true, "type=\"cite\">x"},
		{"bare blockquote is layout", "<p>Yes</p><blockquote><center><a href=x>", true, ""},
		{"outlook reply", "<p>ok</p><div id=\"divRplyFwdMsg\">", true, "divRplyFwdMsg\">"},
		{"html gmail quote", "<div>ok</div><div class=\"gmail_quote\">", true, "gmail_quote\">"},
		{"html attribution", "<p>ok</p>\n<div>On Mon, Ann wrote:<br></div>\n<p>old</p>", true, "On Mon, Ann wrote:<br></div>\n<p>old</p>"},
		{"html separator", "<p>fyi</p>\n<p>-----Original Message-----</p>\n", true, "-----Original Message-----</p>\n"},
		{"html quote begins at its run, not at its line", "<div>See <a href=\"https://new.example\">this</a></div><div>On Mon, Ann wrote:<br></div><blockquote>old</blockquote>", true,
			"On Mon, Ann wrote:<br></div><blockquote>old</blockquote>"},
		{"html markup before a later attribution on one line", "<div dir=\"ltr\">ok</div><div class=\"gmail_quote\"><div>On Mon, Ann wrote:</div>", true,
			"gmail_quote\"><div>On Mon, Ann wrote:</div>"},
		{"html outlook desktop header split over source lines", "<p>Thanks</p>\n<p><b><span style='font-size:11.0pt'>From:</span></b><span\nstyle='font-size:11.0pt'> Ann Lee\n&lt;ann@a.example&gt;<br>\n<b>Sent:</b> Monday<br>\n<b>To:</b> Bob<br>\n<b>Subject:</b> RE: notes</span></p>\n", true,
			"From:</span></b><span\nstyle='font-size:11.0pt'> Ann Lee\n&lt;ann@a.example&gt;<br>\n<b>Sent:</b> Monday<br>\n<b>To:</b> Bob<br>\n<b>Subject:</b> RE: notes</span></p>\n"},
		{"zoho attribution between dashes", "ok\n\n---- On Mon, 02 Mar 2026 10:00:00 +0100 Ann <ann@a.example> wrote ----\n\nsee https://a.example/x\n", false,
			"---- On Mon, 02 Mar 2026 10:00:00 +0100 Ann <ann@a.example> wrote ----\n\nsee https://a.example/x\n"},
		{"dashes around other words", "ok\n---- Special offer, we wrote the book ----\nhttps://a.example\n", false, ""},
		{"outlook header block", "Agreed.\n\n________________________________\nFrom: Ann Lee <ann@a.example>\nSent: Monday, 2 March 2026 10:00\nTo: Bob\nSubject: notes\n\nsee https://a.example\n", false,
			"From: Ann Lee <ann@a.example>\nSent: Monday, 2 March 2026 10:00\nTo: Bob\nSubject: notes\n\nsee https://a.example\n"},
		{"tab-indented header block", "ok\n\tFrom:\tAnn [SMTP:ann@a.example]\n\tSent:\tMonday\n\tTo:\tBob\n\tSubject:\tnotes\n", false,
			"\tFrom:\tAnn [SMTP:ann@a.example]\n\tSent:\tMonday\n\tTo:\tBob\n\tSubject:\tnotes\n"},
		{"a From line alone", "From: the sales team\nWe have news at https://a.example\n", false, ""},
		{"subject too far below From", "From: Ann\nDate: today\n1\n2\n3\n4\n5\n6\n7\n8\nSubject: x\n", false, ""},
		{"html header block on one line", "<p>Agreed.</p>\n<div><b>From:</b> Ann<br><b>Sent:</b> Monday<br><b>To:</b> Bob<br><b>Subject:</b> notes</div>\n<p><a href=x>y</a></p>", true,
			"From:</b> Ann<br><b>Sent:</b> Monday<br><b>To:</b> Bob<br><b>Subject:</b> notes</div>\n<p><a href=x>y</a></p>"},
		{"html header block over several lines", "<p>ok</p>\n<p><b>From:</b> Ann</p>\n<p><b>Date:</b> Monday</p>\n<p><b>Subject:</b> notes</p>\n", true,
			"From:</b> Ann</p>\n<p><b>Date:</b> Monday</p>\n<p><b>Subject:</b> notes</p>\n"},
		{"html colons without a header block", "<p style=\"color:red\">Sent: today, see https://a.example</p>\n<p>Subject: x</p>", true, ""},
		{"german outlook header block", "Gern.\n\nVon: Ann Lee\nGesendet: Montag, 2. März 2026 10:00\nAn: Bob\nBetreff: Notizen\n", false, "Von: Ann Lee\nGesendet: Montag, 2. März 2026 10:00\nAn: Bob\nBetreff: Notizen\n"},
		{"html french header block", "<p>Oui.</p>\n<p><b>De :</b> Ann<br><b>Envoyé :</b> lundi<br><b>À :</b> Bob<br><b>Objet :</b> notes</p>\n", true,
			"De :</b> Ann<br><b>Envoyé :</b> lundi<br><b>À :</b> Bob<br><b>Objet :</b> notes</p>\n"},
		{"html tag lines are no angle quotes", "<table\n>\n<tr\n><td>x</td>\n", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := quoteStart([]byte(tt.text), tt.html)
			got := ""
			if q >= 0 {
				got = tt.text[q:]
			}
			if got != tt.want {
				t.Errorf("quoteStart = %d, text from there %q, want %q", q, got, tt.want)
			}
		})
	}
}

// TestExtractFlagsQuotedLinks: only the links in the quoted part of a
// reply carry FlagQuoted, in plain text and in HTML.
func TestExtractFlagsQuotedLinks(t *testing.T) {
	for _, tc := range []struct{ name, ctype, body string }{
		{"plain", "text/plain", "New: https://new.example/top\r\n\r\nOn Mon, Ann wrote:\r\n> the notes are at\r\n> https://old.example/notes\r\n"},
		{"html", "text/html", "<div>New: <a href=\"https://new.example/top\">here</a></div>\r\n" +
			"<div class=\"gmail_quote\"><div>On Mon, Ann wrote:<br></div><a href=\"https://old.example/notes\">notes</a></div>\r\n"},
	} {
		msg := "From: a@b.example\r\nSubject: Re: notes\r\nContent-Type: " + tc.ctype + "\r\n\r\n" + tc.body
		ls, err := Extract([]byte(msg), Options{})
		if err != nil || len(ls) != 2 {
			t.Fatalf("%s: Extract = %v, %v", tc.name, ls, err)
		}
		if ls[0].Flags.Has(FlagQuoted) || !ls[1].Flags.Has(FlagQuoted) {
			t.Errorf("%s: flags = %v, %v; want only the second quoted", tc.name, ls[0].Flags, ls[1].Flags)
		}
	}
}

func FuzzQuoteStart(f *testing.F) {
	for _, s := range []string{"a\n> b\n> c\n", "x\n-----Original Message-----\n", "<blockquote type=cite>", "On x wrote:\n", "\n\n>\n>", "<p>--forwarded by</p>\n"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, html bool) {
		q := quoteStart([]byte(s), html)
		if q < -1 || q > len(s) {
			t.Fatalf("quoteStart = %d outside [-1, %d]", q, len(s))
		}
		if q > 0 && s[q-1] != '\n' && !html {
			t.Fatalf("plain-text quote starts mid-line at %d: %q", q, s)
		}
		if q >= 0 && !html && !bytes.ContainsAny([]byte(s[q:]), ">-:") {
			t.Fatalf("quote at %d holds no marker: %q", q, s)
		}
	})
}
