package filter

import "strings"

// splitOutside splits a header field value at sep where sep stands outside
// quoted strings, RFC 5322 comments "(...)" (nested) and, with angle, angle
// brackets. Comments are cut out of the parts (with space, each leaves a
// space, since a comment separates like white space) and returned beside
// them: comments[i] is part i's comment text. A backslash escapes the next
// character inside quotes and comments.
func splitOutside(v string, sep byte, angle, space bool) (parts, comments []string) {
	var part, comment strings.Builder
	depth, quoted, inAngle, escaped := 0, false, false, false
	flush := func() {
		parts, comments = append(parts, part.String()), append(comments, comment.String())
		part.Reset()
		comment.Reset()
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case escaped:
			escaped = false
		case c == '\\' && (quoted || depth > 0):
			escaped = true
		case c == '"' && depth == 0:
			quoted = !quoted
		case quoted:
		case c == '(':
			depth++
			comment.WriteByte(' ')
			continue
		case c == ')' && depth > 0:
			if depth--; depth == 0 && space {
				part.WriteByte(' ')
			}
			continue
		case depth > 0:
		case angle && c == '<':
			inAngle = true
		case angle && c == '>':
			inAngle = false
		case c == sep && !inAngle:
			flush()
			continue
		}
		if depth == 0 {
			part.WriteByte(c)
		} else {
			comment.WriteByte(c)
		}
	}
	flush()
	return parts, comments
}
