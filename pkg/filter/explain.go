package filter

import "github.com/firstsight/firstsight/pkg/scoring"

// Explanation is explain's stable JSON shape (documented in README.md).
type Explanation struct {
	Action  string           `json:"action"`
	Score   float64          `json:"score"`
	Level   string           `json:"level"`
	Reasons []scoring.Reason `json:"reasons"`
	Notes   []string         `json:"notes"`
	Links   []LinkExplained  `json:"links"`
}

// LinkExplained is one link in an Explanation.
type LinkExplained struct {
	URL       string           `json:"url"`
	Unwrapped string           `json:"unwrapped"`
	Chain     []string         `json:"chain"`
	Host      string           `json:"host"`
	Domain    string           `json:"domain"`
	Kind      string           `json:"kind"`
	Display   string           `json:"display"`
	Decision  string           `json:"decision"` // keep | lock
	Level     string           `json:"level"`
	Score     float64          `json:"score"`
	Reasons   []scoring.Reason `json:"reasons"`
}

// Explain turns a judged result into its explanation.
func Explain(r *Result) Explanation {
	x := Explanation{Action: string(r.Action), Score: r.Verdict.Score, Level: string(r.Verdict.Level),
		Reasons: nonNil(r.Verdict.Reasons), Notes: nonNil(r.Notes), Links: []LinkExplained{}}
	for i, l := range r.Links {
		le := LinkExplained{URL: l.Raw, Unwrapped: l.URL, Chain: nonNil(l.Chain), Host: l.Host, Domain: l.Domain,
			Kind: string(l.Kind), Display: l.Display, Decision: "keep", Reasons: []scoring.Reason{}}
		if i < len(r.Verdict.Links) {
			d := r.Verdict.Links[i]
			le.Score, le.Reasons, le.Level = d.Score, nonNil(d.Reasons), string(d.Level)
			if d.Lock {
				le.Decision = "lock"
			}
		}
		x.Links = append(x.Links, le)
	}
	return x
}

// nonNil keeps JSON lists lists ([] rather than null), so scripts can
// rely on every key's type.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
