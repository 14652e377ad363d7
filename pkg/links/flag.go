package links

import "strings"

var flagNames = []string{"userinfo", "ip-literal", "obfuscated-ip", "mixed-script", "punycode",
	"script-scheme", "whitespace", "backslash", "protocol-relative", "display-mismatch",
	"no-scheme", "opaque-wrapper", "truncated-chain", "quoted", "submits", "open-redirect",
	"encoded-message", "app-scheme", "auto-load", "html-file", "opaque-redirect",
	"fake-separator", "password"}

// String lists the set flags by name, separated by '|'.
func (f Flag) String() string {
	var names []string
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "0"
	}
	return strings.Join(names, "|")
}
