package scoring

import (
	"slices"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

func TestPolicyValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Policy)
		want string // substring of the error; empty for valid
	}{
		{name: "defaults", edit: func(*Policy) {}},
		{name: "zero value", edit: func(p *Policy) { *p = Policy{} }},
		{name: "monitor", edit: func(p *Policy) { p.Mode = ModeMonitor }},
		{name: "bad mode", edit: func(p *Policy) { p.Mode = "audit" }, want: "mode"},
		{name: "bad signed action", edit: func(p *Policy) { p.SignedAction = "reject" }, want: "signed_action"},
		{name: "levels out of order", edit: func(p *Policy) { p.LevelLockScore = 0.5 }, want: "level_lock_score"},
		{name: "quarantine below lock", edit: func(p *Policy) { p.QuarantineThreshold = 0.5 }, want: "quarantine_threshold"},
		{name: "reject below quarantine", edit: func(p *Policy) { p.RejectEnabled, p.RejectThreshold = true, 2 }, want: "reject_threshold"},
		{name: "unknown code", edit: func(p *Policy) { p.QuarantineWhen = [][]string{{"shadow"}} }, want: "unknown reason code"},
		{name: "empty combination", edit: func(p *Policy) { p.QuarantineWhen = [][]string{{}} }, want: "empty"},
		{name: "bad domain", edit: func(p *Policy) { p.InternalDomains = []string{"Corp.Example"} }, want: "internal_domains"},
		// own_tenants names our own hosts below a service's domain: the
		// service's domain itself, a public suffix, or a shared parent
		// platforms.txt names would make every customer's host ours
		{name: "own tenant", edit: func(p *Policy) {
			p.OwnTenants = []string{"corp.okta.com", "corp.my.salesforce.com", "corp-21876543.hs-sites.com", "corp.github.io"}
		}},
		{name: "a service's whole domain as own tenant", edit: func(p *Policy) { p.OwnTenants = []string{"okta.com"} }, want: "own_tenants"},
		{name: "another service's whole domain", edit: func(p *Policy) { p.OwnTenants = []string{"corp.zoom.us", "hs-sites.com"} }, want: "hs-sites.com"},
		{name: "a public suffix as own tenant", edit: func(p *Policy) { p.OwnTenants = []string{"github.io"} }, want: "own_tenants"},
		{name: "a shared platform's parent as own tenant", edit: func(p *Policy) { p.OwnTenants = []string{"my.site.com"} }, want: "own_tenants"},
		{name: "a top-level domain as own tenant", edit: func(p *Policy) { p.OwnTenants = []string{"com"} }, want: "own_tenants"},
		// a host below a service's domain under which each customer names
		// a host of its own (families.txt's tenant hosts): listing it would
		// make every enterprise's or org's host ours
		{name: "Box's parent of enterprise hosts", edit: func(p *Policy) { p.OwnTenants = []string{"app.box.com"} }, want: "app.box.com"},
		{name: "Box's parent of shared-link hosts", edit: func(p *Policy) { p.OwnTenants = []string{"corp.app.box.com", "ent.box.com"} }, want: "ent.box.com"},
		{name: "Salesforce's parent of My Domain hosts", edit: func(p *Policy) { p.OwnTenants = []string{"my.salesforce.com"} }, want: "my.salesforce.com"},
		{name: "Salesforce's parent of sandbox hosts", edit: func(p *Policy) { p.OwnTenants = []string{"sandbox.my.salesforce.com"} }, want: "sandbox.my.salesforce.com"},
		{name: "our hosts below those parents", edit: func(p *Policy) {
			p.OwnTenants = []string{"corp.app.box.com", "corp.ent.box.com", "corp.box.com", "corp--uat.sandbox.my.salesforce.com"}
		}},
		// Salesforce's Lightning and Visualforce parents under force.com
		// and Qualtrics' data centres (tenants.txt's hosts)
		{name: "Salesforce's parent of Lightning hosts", edit: func(p *Policy) { p.OwnTenants = []string{"lightning.force.com"} }, want: "lightning.force.com"},
		{name: "Salesforce's parent of Visualforce hosts", edit: func(p *Policy) { p.OwnTenants = []string{"corp.lightning.force.com", "vf.force.com"} }, want: "\"vf.force.com\""},
		{name: "a Qualtrics data centre", edit: func(p *Policy) { p.OwnTenants = []string{"co1.qualtrics.com"} }, want: "co1.qualtrics.com"},
		{name: "another Qualtrics data centre", edit: func(p *Policy) { p.OwnTenants = []string{"corp.fra1.qualtrics.com", "fra1.qualtrics.com"} }, want: "\"fra1.qualtrics.com\""},
		// a host the company runs itself or its users publish on: no
		// customer names it, so listing it is a mistake
		{name: "Box's home page", edit: func(p *Policy) { p.OwnTenants = []string{"www.box.com"} }, want: "\"www.box.com\" is the service's own host"},
		{name: "Box's sign-in pages", edit: func(p *Policy) { p.OwnTenants = []string{"corp.box.com", "account.box.com"} }, want: "\"account.box.com\""},
		{name: "Okta's documentation", edit: func(p *Policy) { p.OwnTenants = []string{"help.okta.com"} }, want: "help.okta.com"},
		{name: "Salesforce's sign-in page", edit: func(p *Policy) { p.OwnTenants = []string{"login.salesforce.com"} }, want: "login.salesforce.com"},
		{name: "a family's host of users' content", edit: func(p *Policy) { p.OwnTenants = []string{"outlook.live.com"} }, want: "outlook.live.com"},
		{name: "Zoom's home page", edit: func(p *Policy) { p.OwnTenants = []string{"www.zoom.us"} }, want: "www.zoom.us"},
		{name: "a subscription service's home page", edit: func(p *Policy) { p.OwnTenants = []string{"www.qualtrics.com"} }, want: "www.qualtrics.com"},
		{name: "www below a host is a customer's", edit: func(p *Policy) {
			p.OwnTenants = []string{"www.corp.box.com", "www.corp.okta.com", "corp-www.zoom.us", "www.corp.example.net"}
		}},
		{name: "our hosts below Salesforce's and Qualtrics' parents", edit: func(p *Policy) {
			p.OwnTenants = []string{"corp.lightning.force.com", "corp--uat.vf.force.com", "corp.co1.qualtrics.com", "corp.qualtrics.com"}
		}},
	} {
		p := DefaultPolicy()
		tc.edit(&p)
		err := p.Validate()
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: Validate() = %v, want nil", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: Validate() = %v, want error with %q", tc.name, err, tc.want)
		case err != nil && !strings.HasPrefix(err.Error(), "scoring: policy: "):
			t.Errorf("%s: error %q lacks the package prefix", tc.name, err)
		}
	}
}

func TestPolicyTOML(t *testing.T) {
	src := `
mode = "monitor"
lock_threshold = 1.2
internal_domains = ["corp.example"]
quarantine_when = [["shadow_identity", "intent_credentials"]]
[weights]
shortener = 0.5
reply_to_mismatch = 0.1
less_solicited = -1
`
	var p Policy
	dec := toml.NewDecoder(strings.NewReader(src)).DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		t.Fatal(err)
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	q := p.withDefaults()
	if q.Mode != ModeMonitor || q.LockThreshold != 1.2 || q.LevelHardScore != 2.3 || q.OrgDomains[0] != "corp.example" {
		t.Errorf("withDefaults() = %+v", q)
	}
	w := q.Weights
	if w.Shortener != 0.5 || w.ReplyTo != 0.1 || w.LessSolicited != 0 || w.OrgNovel != 0.3 {
		t.Errorf("weights = %+v", w)
	}
}

func TestDefaultWeightsComplete(t *testing.T) {
	d := DefaultWeights()
	for i, p := range d.ptrs() {
		if *p == 0 {
			t.Errorf("default weight %d is zero (zero means default)", i)
		}
	}
	var w Weights
	if n, m := len(w.ptrs()), countFloatFields(w); n != m {
		t.Errorf("ptrs() lists %d fields, Weights has %d", n, m)
	}
}

// WithALabels adds the A-label of each Unicode domain once: a second pass
// changes nothing and copies nothing.
func TestWithALabels(t *testing.T) {
	ds := []string{"corp.example", "münchen.example"}
	once := WithALabels(ds)
	if want := []string{"corp.example", "münchen.example", "xn--mnchen-3ya.example"}; !slices.Equal(once, want) {
		t.Fatalf("got %q, want %q", once, want)
	}
	if twice := WithALabels(once); &twice[0] != &once[0] || len(twice) != len(once) {
		t.Error("an expanded list was expanded again")
	}
	if ascii := []string{"corp.example"}; &WithALabels(ascii)[0] != &ascii[0] {
		t.Error("an ASCII list was copied")
	}
}

// TestBrandOnFreemailRequest: a brand's name on a free-mail address asking
// for a payment or a sign-in is held even without a link (call-back
// lures); the brand's own mail, or the same name without a request, is not.
func TestBrandOnFreemailRequest(t *testing.T) {
	const toad = "Your order of Norton 360 was charged $399.99. To cancel and get a refund, call our billing desk."
	for _, tc := range []struct {
		name, fromName, from, lead string
		held                       bool
	}{
		{"a brand name on gmail asking for a refund call", "PayPal Billing", "billing.desk8891@gmail.com", toad, true},
		{"the brand's own address", "PayPal", "service@paypal.com", toad, false},
		{"a brand name on gmail without a request", "PayPal fan club", "fans@gmail.com", "Our next meeting is on Friday.", false},
		{"a person's name on gmail asking for a refund call", "Alice Doe", "alice.doe@gmail.com", toad, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{Now: now, MailFrom: tc.from, FromAddr: tc.from, FromName: tc.fromName,
				Recipients: []string{"bob@corp.example"}, Subject: "Order confirmation", Lead: tc.lead}
			v := Score(testPolicy(), in)
			if held := v.Action == Quarantine; held != tc.held {
				t.Errorf("action %s, want held %v (%v)", v.Action, tc.held, v.Reasons)
			}
		})
	}
}
