package baseline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameKeys is the normalised form of a display name under which it is
// learned and looked up (readName), and its legacy forms where they
// differ from it and from each other: legacy[0] the whole name (normName),
// under which names were learned before they were read at all, and
// legacy[1] the name as release 166667c read it (readName166667c), before
// gateway tags, middle initials, roles after a comma and surname
// particles were read ("Kovac, Anna M." was "anna m. kovac", "Dr. Anna M.
// Kovac" too, "John A. Smith - Acme Ltd" "john a. smith"). A lookup reads
// all and merges them (Lookup). Learning writes only the read form; the
// legacy records age out with Options.Retention. Stored keys may be
// HMACs of the name (Options.HashKey), so they cannot be rewritten in
// place.
func nameKeys(n string) (key string, legacy [2]string) {
	whole := normName(n)
	key = readName(whole)
	if key != whole {
		legacy[0] = whole
	}
	if old := readName166667c(whole); old != key && old != whole {
		legacy[1] = old
	}
	return key, legacy
}

// readName166667c is readName as release 166667c had it, kept only for
// the legacy key of what that release learned (nameKeys): a trailing
// organisation or role cut (cutOrg), trailing post-nominals and leading
// honorifics dropped, and "Last, First" turned when the comma ends the
// first of two or three words and no company suffix ends them; no
// gateway tags, middle initials, roles after a comma or particles read.
func readName166667c(whole string) string {
	if whole == "" || !strings.ContainsAny(whole, " ,") {
		return whole
	}
	n, ok := cutOrg(whole)
	if !ok {
		return whole
	}
	w := dropHonorifics(trimTail(strings.Fields(n)))
	if len(w) >= 2 && len(w) <= 3 && len(w[0]) > 1 && strings.HasSuffix(w[0], ",") &&
		commas(w) == 1 && !orgSuffixes[bareWord(w[len(w)-1])] {
		last := strings.TrimSuffix(w[0], ",")
		w = append(dropHonorifics(w[1:]), last)
	}
	if !personName(w) {
		return whole
	}
	return strings.Join(w, " ")
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
	// gatewayTags are the words a mail gateway or a transport rule marks
	// mail from outside with, set off before or after the sender's name
	// ("[EXT] Anna Kovac", "EXTERNAL: Anna Kovac", "*External* Anna
	// Kovac", "Anna Kovac [External]"), in the languages such rules are
	// commonly written in.
	gatewayTags = map[string]bool{
		"ext": true, "external": true, "extern": true, "externe": true, "externo": true, "externa": true,
		"esterno": true, "caution": true, "warning": true, "untrusted": true, "unverified": true,
	}
	// surnameParticles begin a surname of two or three words ("van der
	// Berg", "De La Cruz", "da Silva", "St. John"), so that "van der Berg,
	// Kai" is "Last, First" with the surname before the comma.
	surnameParticles = map[string]bool{
		"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true, "di": true,
		"da": true, "das": true, "do": true, "dos": true, "du": true, "la": true, "le": true, "les": true,
		"ten": true, "ter": true, "te": true, "st": true, "saint": true, "san": true, "santa": true,
		"mac": true, "mc": true, "al": true, "el": true, "bin": true, "ibn": true, "ben": true, "ap": true,
		"zu": true, "vom": true, "zum": true, "zur": true, "dei": true, "degli": true, "lo": true,
	}
	// givenParticles are surname particles that are also common given
	// names or their short forms ("Ben Carter", "Van Nguyen", "Al
	// Green", "Del Smith", "Mac Jones"): before a comma they begin a
	// surname only when another particle follows ("Van der Berg, Kai",
	// "Del La Cruz, Ana"), so "Ben Carter, Acme" is a person and then a
	// company, never "Acme Ben Carter" (and "van Dijk, Jan" stays whole).
	givenParticles = map[string]bool{"ben": true, "van": true, "al": true, "del": true, "mac": true}
	// roleWords name a job, office or department that follows a person's
	// name after a comma ("Anna Kovac, CEO", "Anna Kovac, Head of
	// Sales"); after the comma of "Last, First" they keep it from being
	// turned ("Kovac, CEO" is no "CEO Kovac"). Not words that are also
	// common given names ("Smith, Dean").
	roleWords = map[string]bool{
		"ceo": true, "cfo": true, "cto": true, "coo": true, "cio": true, "ciso": true, "cmo": true, "cpo": true,
		"president": true, "vp": true, "svp": true, "evp": true, "avp": true, "director": true, "manager": true,
		"head": true, "founder": true, "co-founder": true, "cofounder": true, "owner": true, "partner": true,
		"principal": true, "chair": true, "chairman": true, "chairwoman": true, "chairperson": true,
		"secretary": true, "treasurer": true, "accountant": true, "controller": true, "comptroller": true,
		"counsel": true, "attorney": true, "lawyer": true, "solicitor": true, "paralegal": true,
		"advisor": true, "adviser": true, "consultant": true, "engineer": true, "developer": true,
		"analyst": true, "officer": true, "assistant": true, "associate": true, "coordinator": true,
		"administrator": true, "specialist": true, "representative": true, "rep": true, "agent": true,
		"broker": true, "realtor": true, "recruiter": true, "lead": true, "editor": true, "professor": true,
		"lecturer": true, "teacher": true, "pastor": true, "clerk": true, "supervisor": true,
		"executive": true, "intern": true, "sales": true, "marketing": true, "finance": true, "hr": true,
		"operations": true, "payroll": true, "accounts": true, "support": true, "team": true, "ops": true,
	}
)

// readName reads a whole normalised display name (normName's form) as a
// reader reads a person's name: a gateway's tag set off before or after
// it is dropped (any "[...]" group at either end, and one of gatewayTags
// in parentheses, between stars or before a colon or separator: "[EXT]
// Anna Kovac", "EXTERNAL: Anna Kovac", "Anna Kovac *External*"); a
// trailing organisation or role set off by " | ", " - ", " – ", " — " or
// " / ", or in parentheses, is cut (not "via" a service: "Rafael Costa
// (via Google Docs)" is a service's notice in his name, not his own mail,
// and stays whole, as a service's notice teaches no name of its own:
// NoticeName in pkg/scoring); trailing post-nominals and degrees (Jr,
// Sr, II, III, PhD, MD, DDS, CPA, Esq, MBA, RN, dots aside) and leading
// honorifics (Dr, Mr, Mrs, Ms, Miss, Prof, with or without a dot) are
// dropped; "Last, First" (one comma, one to three words after it, no
// company suffix nor role) is read as "First Last", the surname before
// the comma one word or two or three beginning with particles ("van der
// Berg, Kai", "De La Cruz, Maria": surnameParticles; one that is also a
// given name, "Ben Carter, Acme", only before another particle:
// givenParticles); a role or company
// after a comma that follows two words or more is cut ("Anna Kovac, CEO",
// "Anna Kovac, Head of Sales", "Anna Kovac, Acme Ltd": a word of
// roleWords, "of", "at" or "for", or a company suffix at its end); and
// middle initials are dropped after a given name ("Anna M. Kovac", not
// "J. R. Smith"; a surname's prefix written without its apostrophe,
// "Mary O Brien", reads as an initial too: kept, it would let "Anna D
// Kovac" pass for a stranger to a known "Anna Kovac"). So "Dr. Owen Hartley", "Hartley, Owen J.", "[EXT] Owen
// Hartley", "Owen Hartley, CEO", "Owen Hartley (CEO)" and "Owen Hartley
// | Acme" are all "owen hartley".
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
	n, ok := cutOrg(dropTags(whole))
	if !ok {
		return whole // a service's notice in the person's name
	}
	w := dropHonorifics(trimTail(strings.Fields(n)))
	w = dropInitials(trimTail(readComma(w)))
	if !personName(w) {
		return whole
	}
	return strings.Join(w, " ")
}

// commas counts the commas in the words w.
func commas(w []string) int {
	c := 0
	for _, s := range w {
		c += strings.Count(s, ",")
	}
	return c
}

// cutOrg cuts a trailing organisation or role set off in parentheses or
// by one of nameSeps; not ok when it is "via" a service (a service's
// notice in the person's name, read as a whole).
func cutOrg(n string) (string, bool) {
	if strings.HasSuffix(n, ")") {
		if i := strings.LastIndexByte(n, '('); i > 0 && n[i-1] == ' ' {
			if strings.HasPrefix(n[i+1:], "via ") {
				return n, false
			}
			n = strings.TrimSpace(n[:i])
		}
	}
	for _, sep := range nameSeps {
		if i := strings.Index(n, sep); i > 0 {
			if strings.HasPrefix(n[i+len(sep):], "via ") {
				return n, false
			}
			n = n[:i]
		}
	}
	return n, true
}

// trimTail drops trailing post-nominals and a trailing comma (a comma of
// its own, "Owen Hartley ,", is dropped as a word).
func trimTail(w []string) []string {
	for len(w) > 0 && postNominals[bareWord(w[len(w)-1])] {
		w = w[:len(w)-1]
	}
	if len(w) > 0 {
		if last := strings.TrimRight(w[len(w)-1], ","); last != "" {
			w[len(w)-1] = last
		} else {
			w = w[:len(w)-1]
		}
	}
	return w
}

// readComma reads the first comma among the words w: "Last, First"
// turned to "First Last" (the surname one word, or two or three whose
// first ones are surname particles; one comma only, one to three words
// after it, no role or company after it), or a role or company after a
// name of two words or more cut ("Anna Kovac, CEO of Acme"); honorifics
// after the comma are dropped ("Hartley, Dr. Owen"). Otherwise
// w is returned as it is, its comma kept (no person's name then).
func readComma(w []string) []string {
	ci := slices.IndexFunc(w, func(s string) bool { return strings.HasSuffix(s, ",") })
	if ci < 0 || len(w[ci]) < 2 {
		return w
	}
	after := w[ci+1:]
	if roleAfter(after) {
		if ci == 0 {
			return w // "Kovac, CEO": no name before the comma
		}
		return append(w[:ci:ci], strings.TrimSuffix(w[ci], ","))
	}
	after = dropHonorifics(after)
	if len(after) == 1 && honorifics[strings.TrimSuffix(after[0], ".")] {
		return w // "Kovac, Dr": a title and no given name, nothing to turn
	}
	if strings.Count(strings.Join(w, " "), ",") != 1 || len(after) < 1 || len(after) > 3 || ci > 2 ||
		slices.ContainsFunc(w[:ci], func(s string) bool { return !surnameParticles[bareWord(s)] }) ||
		ci == 1 && givenParticles[bareWord(w[0])] {
		return w
	}
	last := append(slices.Clone(w[:ci]), strings.TrimSuffix(w[ci], ","))
	return append(slices.Clone(after), last...)
}

// roleAfter: the words after a comma name a role or a company: one of
// roleWords, "of", "at" or "for" among them ("CEO", "Head of Sales"), or a
// company suffix last ("Acme Ltd").
func roleAfter(after []string) bool {
	if len(after) == 0 {
		return false
	}
	if orgSuffixes[bareWord(after[len(after)-1])] {
		return true
	}
	return slices.ContainsFunc(after, func(s string) bool {
		b := bareWord(s)
		return roleWords[b] || b == "of" || b == "at" || b == "for"
	})
}

// dropInitials drops middle initials ("m.", "m", "m.j.") between a given
// name and the last word: "anna m. kovac" is "anna kovac". A name that
// begins with an initial keeps them all ("j. r. smith").
func dropInitials(w []string) []string {
	if len(w) < 3 || isInitial(w[0]) {
		return w
	}
	out := w[:1]
	for _, s := range w[1 : len(w)-1] {
		if !isInitial(s) {
			out = append(out, s)
		}
	}
	return append(out, w[len(w)-1])
}

// isInitial: one letter, with or without its dot, or two each with a dot
// ("m.j.").
func isInitial(s string) bool {
	bare := strings.ReplaceAll(s, ".", "")
	switch utf8.RuneCountInString(bare) {
	case 1:
		r, _ := utf8.DecodeRuneInString(bare)
		return unicode.IsLetter(r)
	case 2:
		return strings.Count(s, ".") == 2 && strings.HasSuffix(s, ".") && !strings.Contains(s, "..") &&
			strings.IndexFunc(bare, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
	}
	return false
}

// dropTags drops a gateway's tags before and after the name: any group in
// square brackets at either end, and a word of gatewayTags in
// parentheses or between stars at either end, or before a colon or a
// separator at the start ("ext: anna kovac", "external - anna kovac").
// Something always stays.
func dropTags(n string) string {
	for range 3 {
		m := strings.TrimSpace(n)
		if strings.HasPrefix(m, "[") {
			if j := strings.IndexByte(m, ']'); j > 0 {
				m = strings.TrimSpace(m[j+1:])
			}
		} else if rest, ok := leadingTag(m); ok {
			m = rest
		}
		if strings.HasSuffix(m, "]") {
			if i := strings.LastIndexByte(m, '['); i > 0 {
				m = strings.TrimSpace(m[:i])
			}
		} else if i := strings.LastIndexByte(m, ' '); i > 0 && markedTag(m[i+1:]) {
			m = strings.TrimSpace(m[:i])
		}
		if m == "" || m == n {
			break
		}
		n = m
	}
	return n
}

// leadingTag: n begins with a word of gatewayTags set off ("(ext) ",
// "*external* ", "ext: ", "external - ", "external | "); rest is what
// follows it.
func leadingTag(n string) (rest string, ok bool) {
	word, rest, ok := strings.Cut(n, " ")
	if !ok {
		return "", false
	}
	if markedTag(word) {
		return strings.TrimSpace(rest), true
	}
	if t, isColon := strings.CutSuffix(word, ":"); isColon && gatewayTags[t] {
		return strings.TrimSpace(rest), true
	}
	if sep, r, ok := strings.Cut(rest, " "); ok && gatewayTags[word] && (sep == "-" || sep == "|" || sep == "\u2013" || sep == "\u2014" || sep == ":") {
		return strings.TrimSpace(r), true
	}
	return "", false
}

// markedTag: a word of gatewayTags in parentheses or between stars
// ("(external)", "*ext*"), a colon after it allowed.
func markedTag(s string) bool {
	s = strings.TrimSuffix(s, ":")
	if len(s) < 3 {
		return false
	}
	if s[0] == '(' && s[len(s)-1] == ')' || s[0] == '*' && s[len(s)-1] == '*' {
		return gatewayTags[s[1:len(s)-1]]
	}
	return false
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
