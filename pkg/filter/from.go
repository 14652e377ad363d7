package filter

import (
	"strings"
	"unicode"
)

// listRewrittenFrom: the From is a mailing list's own posting address,
// put there by the list to keep its copies of a post passing DMARC, which
// then shows the author as "Name via List" (Mailman's munge_from, Google
// Groups). The display name ends in " via " and the list's name, and the
// address's local part spells that same name ("Jane via Radio-users
// <radio-users@lists.example>"). A service's "Name via Service" with an
// address of another name (member@surveymonkeyuser.example) is not a list.
// It returns the author as the list shows them, the part before " via "
// (a name, or the author's address when they gave none).
func listRewrittenFrom(name, addr string) (author string, ok bool) {
	i := lastVia(name)
	at := strings.LastIndexByte(addr, '@')
	if i < 0 || at <= 0 {
		return "", false
	}
	list := letters(name[i+len(" via "):])
	if list == "" || list != letters(addr[:at]) {
		return "", false
	}
	return beforeVia(name), true
}

// beforeVia is the part of a display name before its last " via ", or
// the whole name when it has none.
func beforeVia(name string) string {
	if i := lastVia(name); i >= 0 {
		return strings.Trim(name[:i], " '\"")
	}
	return name
}

// lastVia is the byte index of the last " via " in s, in any letter case.
func lastVia(s string) int {
	for i := len(s) - len(" via "); i >= 0; i-- {
		if s[i] == ' ' && s[i+4] == ' ' && strings.EqualFold(s[i+1:i+4], "via") {
			return i
		}
	}
	return -1
}

// letters keeps the letters and digits of s, in lower case.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// fromMalformed reports whether the From fields fail to name exactly one
// author with an address: no From field or several, no address, an empty
// "<>", several comma-separated entries (an unquoted comma in a display
// name makes one), or an address without a local part or a dotted domain.
// Well-formed mail from any mail library passes; the check is lenient
// about what old software wrote inside one address (a double dot in the
// local part is one address, not a malformed field).
func fromMalformed(values []string) bool {
	if len(values) != 1 {
		return true
	}
	entries := fromEntries(values[0])
	if len(entries) != 1 {
		return true
	}
	_, ok := entryAddress(entries[0])
	return !ok
}

// lenientFromAddr finds the first address in a From field the strict
// parser refused: the first entry's angle address, else a bare address.
// It returns "" when no entry has one.
func lenientFromAddr(v string) string {
	for _, e := range fromEntries(v) {
		if a, ok := entryAddress(e); ok {
			return normAddr(a)
		}
	}
	return ""
}

// fromEntries splits a field at the commas outside quoted strings,
// comments and angle brackets, dropping comments and empty entries.
func fromEntries(v string) []string {
	parts, _ := splitOutside(v, ',', true, false)
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// entryAddress returns the address of an entry that holds one, in angle
// brackets or bare, with a local part and a dotted domain.
func entryAddress(e string) (string, bool) {
	if i := strings.LastIndexByte(e, '<'); i >= 0 {
		j := strings.IndexByte(e[i:], '>')
		if j < 0 {
			return "", false
		}
		e = e[i+1 : i+j]
	} else if strings.ContainsAny(strings.TrimSpace(e), " \t") {
		return "", false // words without an address
	}
	e = strings.TrimSpace(e)
	at := strings.LastIndexByte(e, '@')
	if at <= 0 || strings.ContainsAny(e, " \t<>\"") {
		return "", false
	}
	dom := strings.TrimSuffix(e[at+1:], ".")
	if !strings.Contains(dom, ".") || strings.HasPrefix(dom, ".") || strings.Contains(dom, "..") {
		return "", false
	}
	return e, true
}
