package scoring

import "strings"

// proseOnly is text with its URLs taken out (each white-space-separated
// token that holds "://" or starts with "www."), for intent cues: the
// words of a URL ("/login/agenda", "login-check.example") are not the
// text asking anything; login_path and the host signals read URLs. Text
// without a URL is returned as it is, without allocating.
func proseOnly(s string) string {
	if !strings.Contains(s, "://") && !containsFold(s, "www.") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for tok := range strings.FieldsSeq(s) {
		if strings.Contains(tok, "://") || hasPrefixFold(strings.TrimLeft(tok, "<(\"'["), "www.") {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tok)
	}
	return b.String()
}

func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
