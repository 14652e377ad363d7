package links

import (
	"bytes"
	"strings"
)

// defangHost writes the dots of a host as "[.]".
func defangHost(h string) string {
	return strings.ReplaceAll(h, ".", "[.]")
}

// defangURL turns "https://evil.example/x" into "hxxps://evil[.]example/x"
// and "www.evil.example" into "www[.]evil[.]example".
func defangURL(s string) string {
	rest, prefix := s, ""
	low := asciiLower(s)
	switch {
	case strings.HasPrefix(low, "http"):
		prefix, rest = s[:1]+"xx"+s[3:4], s[4:]
	case strings.HasPrefix(low, "ftp"):
		prefix, rest = s[:1]+"x"+s[2:3], s[3:]
	}
	if i := strings.Index(rest, "://"); i >= 0 {
		prefix, rest = prefix+rest[:i+3], rest[i+3:]
	}
	host, path := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		host, path = rest[:i], rest[i:]
	}
	if h := strings.TrimLeft(host, `\\`); len(h) < len(host) { // a share path, \\host\share
		prefix, host = prefix+host[:len(host)-len(h)], h
		if i := strings.IndexByte(host, '\\'); i >= 0 {
			host, path = host[:i], host[i:]+path
		}
	}
	return prefix + defangHost(host) + path
}

// defangEdits defangs URL- and host-looking text in the HTML text[ds:de],
// skipping markup.
func defangEdits(text []byte, ds, de int) []edit {
	var es []edit
	for i := ds; i < de; {
		if text[i] == '<' {
			j := bytes.IndexByte(text[i:de], '>')
			if j < 0 {
				break
			}
			i += j + 1
			continue
		}
		j := bytes.IndexByte(text[i:de], '<')
		if j < 0 {
			j = de - i
		}
		es = append(es, defangSegment(text, i, i+j)...)
		i += j
	}
	return es
}

// defangSegment defangs the URLs and host names in the text run text[a:b].
func defangSegment(text []byte, a, b int) []edit {
	seg := text[a:b]
	var es []edit
	last := 0
	scanText(seg, scanMode{html: true}, func(u textURL) bool {
		es = append(es, hostEdits(seg, a, last, u.start)...)
		es = append(es, edit{a + u.start, a + u.end, defangURL(string(seg[u.start:u.end]))})
		last = u.end
		return true
	})
	return append(es, hostEdits(seg, a, last, len(seg))...)
}

// hostEdits defangs bare host names in seg[from:to].
func hostEdits(seg []byte, a, from, to int) []edit {
	var es []edit
	for i := from; i < to; {
		for i < to && !isAlnum(seg[i]) {
			i++
		}
		j := i
		for j < to && (isAlnum(seg[j]) || seg[j] == '.' || seg[j] == '-') {
			j++
		}
		tok := strings.TrimRight(string(seg[i:j]), ".-")
		if hostLike(tok) {
			es = append(es, edit{a + i, a + i + len(tok), defangHost(tok)})
		}
		i = max(j, i+1)
	}
	return es
}
