package scoring

import "testing"

// GitHub's status page mails its incident notices as "GitHub" from
// githubstatus.com, a domain of GitHub's own (brands.txt): no
// brand_name_mismatch; the same name from a lookalike keeps it.
func TestBrandNameStatusPage(t *testing.T) {
	for _, tc := range []struct {
		from string
		want bool
	}{
		{"noreply@githubstatus.com", false},
		{"noreply@githubstatus-alerts.example", true},
	} {
		in := newInput()
		in.MailFrom, in.FromAddr, in.FromName = tc.from, tc.from, "GitHub"
		in.Subject = "[GitHub] Incident with Actions"
		v := Score(testPolicy(), in)
		if got := hasReason(v.Reasons, CodeBrandName); got != tc.want {
			t.Errorf("%s: brand_name_mismatch %v, want %v (%v)", tc.from, got, tc.want, codesOf(v))
		}
	}
}
