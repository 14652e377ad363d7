package scoring_test

import (
	"fmt"
	"time"

	"github.com/firstsight/firstsight/pkg/links"
	"github.com/firstsight/firstsight/pkg/scoring"
)

func ExampleScore() {
	p := scoring.DefaultPolicy()
	p.InternalDomains = []string{"corp.example"}
	in := scoring.Input{
		Now:        time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC),
		FromAddr:   "security@account-notice.example",
		FromName:   "Microsoft account team",
		Recipients: []string{"bob@corp.example"},
		Subject:    "Unusual sign-in activity",
		Links: []links.Link{{
			URL: "https://rnicrosoft.com/login", Scheme: "https", Host: "rnicrosoft.com", Domain: "rnicrosoft.com",
			Kind: links.KindHref, Clickable: true, Display: "Review activity",
			Context: "We detected unusual activity. Sign in to review it.",
		}},
	}
	v := scoring.Score(p, in)
	fmt.Println(v.Action, v.Links[0].Lock, v.Links[0].Level)
	for _, r := range v.Links[0].Reasons[:3] {
		fmt.Println(r)
	}
	// Output:
	// quarantine true hard
	// lookalike: rnicrosoft.com looks like microsoft.com but is a different site
	// intent_credentials: the text asks to sign in or confirm an account ("unusual activity")
	// brand_name_mismatch: the sender name mentions microsoft.com but the mail comes from account-notice.example
}

func ExamplePolicy_Validate() {
	p := scoring.DefaultPolicy()
	p.Mode = "audit"
	fmt.Println(p.Validate())
	// Output: scoring: policy: mode "audit": want "enforce" or "monitor"
}
