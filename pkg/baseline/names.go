package baseline

import (
	"strings"
	"unicode"
)

// nameKeys is the normalised form of a display name under which it is
// learned and looked up (readName), and its legacy form (normName, the
// whole name) when that differs: records learned before names were read
// this way sit under the legacy form, so a lookup reads both and merges
// them (Lookup). Learning writes only the read form; the legacy records
// age out with Options.Retention. Stored keys may be HMACs of the name
// (Options.HashKey), so they cannot be rewritten in place.
func nameKeys(n string) (key, legacy string) {
	whole := normName(n)
	key = readName(whole)
	if key != whole {
		legacy = whole
	}
	return key, legacy
}

// Name reading: what a reader takes for the person's name in a display
// name (readName).
var (
	// honorifics dropped before a name ("Dr. Owen Hartley").
	honorifics = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "miss": true, "prof": true}
	// postNominals dropped after a name ("Owen Hartley, PhD", "Owen Hartley Jr.").
	postNominals = map[string]bool{
		"jr": true, "sr": true, "ii": true, "iii": true, "phd": true, "md": true, "dds": true,
		"cpa": true, "esq": true, "mba": true, "rn": true,
	}
	// orgSuffixes end a company's name, never a person's given name:
	// "Acme, Inc." is no "Inc Acme".
	orgSuffixes = map[string]bool{
		"inc": true, "ltd": true, "llc": true, "llp": true, "corp": true, "co": true, "plc": true,
		"gmbh": true, "ag": true, "sa": true, "bv": true, "nv": true, "oy": true, "ab": true, "as": true,
	}
	// nameSeps set off an organisation or role after a name ("Owen
	// Hartley | Acme", "Owen Hartley - Acme Ltd"); a hyphen inside a
	// word ("Hartley-Smith") is part of the name.
	nameSeps = []string{" | ", " - ", " \u2013 ", " \u2014 ", " / "}
)

// readName reads a whole normalised display name (normName's form) as a
// reader reads a person's name: a trailing organisation or role set off
// by " | ", " - ", " – ", " — " or " / ", or in parentheses, is cut
// (not "via" a service: "Rafael Costa (via Google Docs)" is a service's
// notice in his name, not his own mail, and stays whole, as a service's
// notice teaches no name of its own: NoticeName in pkg/scoring);
// trailing post-nominals and degrees (Jr, Sr, II, III, PhD, MD, DDS, CPA,
// Esq, MBA, RN, dots aside) and leading honorifics (Dr, Mr, Mrs, Ms,
// Miss, Prof, with or without a dot) are dropped; and "Last, First" (one
// comma, one word before it, one or two after, no company suffix) is
// read as "First Last". So "Dr. Owen Hartley", "Hartley, Owen", "Owen
// Hartley (CEO)" and "Owen Hartley | Acme" are all "owen hartley".
//
// The reading is kept only when it leaves a person's name: two to four
// words of letters (an inner hyphen, apostrophe or dot allowed: "j.",
// "o'neil", "hartley-smith") with four letters or more. Otherwise the
// whole name stands, as before: "Dr. Owen" stays "dr. owen" rather than
// matching every Owen, and "Acme - Billing" stays itself rather than
// becoming "acme".
func readName(whole string) string {
	if whole == "" || !strings.ContainsAny(whole, " ,") {
		return whole // one word: nothing to read
	}
	n := whole
	if strings.HasSuffix(n, ")") {
		if i := strings.LastIndexByte(n, '('); i > 0 && n[i-1] == ' ' {
			if strings.HasPrefix(n[i+1:], "via ") {
				return whole // a service's notice in the person's name
			}
			n = strings.TrimSpace(n[:i])
		}
	}
	for _, sep := range nameSeps {
		if i := strings.Index(n, sep); i > 0 {
			if strings.HasPrefix(n[i+len(sep):], "via ") {
				return whole
			}
			n = n[:i]
		}
	}
	w := strings.Fields(n)
	for len(w) > 0 && postNominals[bareWord(w[len(w)-1])] {
		w = w[:len(w)-1]
	}
	if len(w) > 0 {
		if last := strings.TrimRight(w[len(w)-1], ","); last != "" {
			w[len(w)-1] = last
		} else {
			w = w[:len(w)-1] // a comma of its own ("Owen Hartley ,")
		}
	}
	w = dropHonorifics(w)
	// "Last, First": the comma ends the first word.
	if commas := strings.Count(strings.Join(w, " "), ","); commas == 1 && len(w) >= 2 && len(w) <= 3 &&
		strings.HasSuffix(w[0], ",") && len(w[0]) > 1 && !orgSuffixes[bareWord(w[len(w)-1])] {
		last := strings.TrimSuffix(w[0], ",")
		w = append(dropHonorifics(w[1:]), last)
	}
	if !personName(w) {
		return whole
	}
	return strings.Join(w, " ")
}

// dropHonorifics drops leading honorifics, each with or without its dot,
// as long as a word stays after them.
func dropHonorifics(w []string) []string {
	for len(w) > 1 && honorifics[strings.TrimSuffix(w[0], ".")] {
		w = w[1:]
	}
	return w
}

// bareWord is a word without its dots and a trailing comma ("ph.d.," is
// "phd").
func bareWord(s string) string {
	return strings.ReplaceAll(strings.TrimRight(s, ","), ".", "")
}

// personName: two to four words, each of letters (one at least) with an inner hyphen,
// apostrophe or dot (or a final dot: an initial), four letters or more in
// all.
func personName(w []string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	letters := 0
	for _, word := range w {
		if word == "" {
			return false
		}
		prev := rune(0)
		for i, r := range word {
			switch {
			case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
				letters++
			case (r == '-' || r == '\'' || r == '\u2019') && i > 0 && unicode.IsLetter(prev) && i < len(word)-1:
			case r == '.' && i > 0 && unicode.IsLetter(prev):
			default:
				return false
			}
			prev = r
		}
	}
	return letters >= 4
}
