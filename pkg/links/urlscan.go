package links

import "slices"

// urlScan reads the URLs of one scanText call. Its candidates (each "://"
// and "www.") come in increasing order, and many may stand in one run of
// URL characters: one that proves no URL ("www.0#(", a host without a
// dot) left the scan reading on at the next, and each read the run to its
// end again, so a 64 KB run of "www.0#((" took seconds and a part of a
// few megabytes hours. urlScan remembers what the last candidate read of
// the text after it: where the run ends (urlEnd), the first character
// there that ends a host (authorityEnd), and the brackets and trailing
// punctuation of the last range trimmed (trimURL), so that the candidates
// of one run read it about once. Each answer is the one reading afresh
// gives (FuzzScanText compares them).
type urlScan struct {
	b []byte
	m scanMode
	// urlEnd from runFrom returned runEnd (runEnd < 0: not read yet).
	runFrom, runEnd int
	// The first host delimiter at or after hostFrom is at hostStop
	// (len(b): none); hostStop < 0: not read yet.
	hostFrom, hostStop int
	trim               trimRun
}

func newURLScan(b []byte, m scanMode) *urlScan {
	return &urlScan{b: b, m: m, runEnd: -1, hostStop: -1, trim: trimRun{end: -1}}
}

// urlEnd is urlEnd(b, i, m). The reading from runFrom passed every
// printable ASCII byte before runEnd and went on to the next byte (it
// skips only the bytes of a fold, a flowed break or a multi-byte
// character), and what it does at a byte depends on the bytes from there
// on alone; so from i just after such a byte it ends at runEnd too.
func (u *urlScan) urlEnd(i int) int {
	if u.runEnd >= 0 && (i == u.runFrom || u.runFrom < i && i <= u.runEnd && u.b[i-1] > ' ' && u.b[i-1] < 0x7f) {
		return u.runEnd
	}
	u.runFrom, u.runEnd = i, urlEnd(u.b, i, u.m)
	return u.runEnd
}

// authorityEnd cuts a text URL whose host runs into prose: the authority
// (up to the first /, ? or #) ends at a bracket or punctuation that cannot be
// part of a host, and a host never ends in '-' or '.'. So "www.jeep.com)-"
// is www.jeep.com, as mail clients link it.
func (u *urlScan) authorityEnd(i, end int) int {
	if u.hostStop < 0 || i < u.hostFrom || i > u.hostStop {
		u.hostFrom, u.hostStop = i, len(u.b)
		for j := i; j < len(u.b); j++ {
			if hostDelimiter(u.b[j]) {
				u.hostStop = j
				break
			}
		}
	}
	j := u.hostStop
	switch {
	case j >= end:
		return trimHostEnd(u.b, i, end)
	case u.b[j] == '/' || u.b[j] == '?' || u.b[j] == '#':
		return end
	}
	return trimHostEnd(u.b, i, j)
}

// hostDelimiter: c ends the authority (/, ? or #) or cuts a host short.
func hostDelimiter(c byte) bool {
	switch c {
	case '/', '?', '#', '(', ')', '{', '}', ',', ';', '!', '\'', '"', '*':
		return true
	}
	return false
}

// trimURL drops trailing punctuation that is more likely prose than URL,
// and closing brackets that have no opening partner inside the URL: the
// URL b[s:end] ends at the last byte before end that is neither
// punctuation (.,;:!?'*) nor a closing bracket with fewer of its opening
// brackets than closing ones from s up to it.
func (u *urlScan) trimURL(s, end int) int {
	t := &u.trim
	if end != t.end || s < t.s {
		t.read(u.b, s, end)
	}
	t.moveTo(u.b, s)
	cut := max(s, t.tail)
	for k := range t.closers {
		// Closing brackets of kind k from s up to the i-th of the
		// tail: those before the tail, then i. The walk back keeps
		// the i-th when those are at most the opening ones.
		before := t.close[k] - len(t.closers[k])
		if i := min(t.open[k]-before, len(t.closers[k])); i >= 1 {
			cut = max(cut, t.closers[k][i-1]+1)
		}
	}
	return cut
}

// trimRun is what trimURL read of b[s:end]: its brackets, and its tail,
// the punctuation and closing brackets it ends with (from tail on), with
// where the tail's closing brackets of each kind stand.
type trimRun struct {
	s, end      int
	open, close [3]int // (), [], {} in b[s:end]
	tail        int
	closers     [3][]int
}

// read counts the brackets of b[s:end] and finds its tail.
func (t *trimRun) read(b []byte, s, end int) {
	t.s, t.end = s, end
	t.open, t.close = [3]int{}, [3]int{}
	for _, c := range b[s:end] {
		t.count(c, 1)
	}
	t.tail = end
	for t.tail > s && trailing(b[t.tail-1]) {
		t.tail--
	}
	for k := range t.closers {
		t.closers[k] = t.closers[k][:0]
	}
	for i := t.tail; i < end; i++ {
		if k := closerKind(b[i]); k >= 0 {
			t.closers[k] = append(t.closers[k], i)
		}
	}
}

// moveTo moves the start of the range read to s (at or after t.s): the
// brackets before it are no longer counted, nor its closing brackets in
// the tail.
func (t *trimRun) moveTo(b []byte, s int) {
	for _, c := range b[t.s:s] {
		t.count(c, -1)
	}
	if s > t.s && s > t.tail {
		for k := range t.closers {
			n, _ := slices.BinarySearch(t.closers[k], s)
			t.closers[k] = t.closers[k][n:]
		}
	}
	t.s = s
}

func (t *trimRun) count(c byte, n int) {
	switch c {
	case '(':
		t.open[0] += n
	case '[':
		t.open[1] += n
	case '{':
		t.open[2] += n
	case ')':
		t.close[0] += n
	case ']':
		t.close[1] += n
	case '}':
		t.close[2] += n
	}
}

// trailing: c may be trimmed off a URL's end.
func trailing(c byte) bool {
	switch c {
	case '.', ',', ';', ':', '!', '?', '\'', '*', ')', ']', '}':
		return true
	}
	return false
}

// closerKind is 0, 1 or 2 for ')', ']' or '}', else -1.
func closerKind(c byte) int {
	switch c {
	case ')':
		return 0
	case ']':
		return 1
	case '}':
		return 2
	}
	return -1
}
