package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// TestFreeHostingPatterns: content on IPFS (any gateway, subdomain or path
// form) and regional cloud storage buckets count as free hosting, as the
// listed hosts do; sites that merely name IPFS or AWS do not.
func TestFreeHostingPatterns(t *testing.T) {
	const cid0 = "QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco"
	const cid1 = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
	w := DefaultWeights()
	for _, c := range []struct {
		name, url, host string
		want            bool
	}{
		{"subdomain gateway, listed", "https://" + cid1 + ".ipfs.dweb.link/", cid1 + ".ipfs.dweb.link", true},
		{"subdomain gateway, any host", "https://" + cid1 + ".ipfs.cdn-node.example/", cid1 + ".ipfs.cdn-node.example", true},
		{"IPNS key subdomain", "https://k51qzi5uqu5dh71qgwangrt6r0nd4094i88nsuf5f8kpt5u7tb5o5t1uj76bz3.ipns.gw.example/", "k51qzi5uqu5dh71qgwangrt6r0nd4094i88nsuf5f8kpt5u7tb5o5t1uj76bz3.ipns.gw.example", true},
		{"path gateway, any host", "https://cf-ipfs.example/ipfs/" + cid0 + "/auth.html", "cf-ipfs.example", true},
		{"path gateway, CIDv1", "https://gw.example/ipfs/" + cid1 + "?x=1", "gw.example", true},
		{"a site about IPFS", "https://docs.ipfs.tech/concepts/", "docs.ipfs.tech", false},
		{"a short word under /ipfs/", "https://blog.example/ipfs/intro", "blog.example", false},
		{"a DNS name under /ipns/", "https://gw.example/ipns/en.wikipedia-on-ipfs.org/", "gw.example", false},
		{"S3 bucket in a region", "https://docs-2026.s3.us-east-1.amazonaws.com/index.html", "docs-2026.s3.us-east-1.amazonaws.com", true},
		{"S3 path style in a region", "https://s3.eu-west-2.amazonaws.com/docs-2026/index.html", "s3.eu-west-2.amazonaws.com", true},
		{"S3 website endpoint", "https://docs.s3-website-us-east-1.amazonaws.com/", "docs.s3-website-us-east-1.amazonaws.com", true},
		{"Oracle object storage", "https://objectstorage.us-ashburn-1.oraclecloud.com/n/x/b/docs/o/index.html", "objectstorage.us-ashburn-1.oraclecloud.com", true},
		{"an EC2 host is no bucket", "https://ec2-192-0-2-1.compute-1.amazonaws.com/", "ec2-192-0-2-1.compute-1.amazonaws.com", false},
		{"a company's Oracle cloud tenant", "https://ehxy.fa.ocs.oraclecloud.com/hcmUI/", "ehxy.fa.ocs.oraclecloud.com", false},
		{"a newly listed site builder", "https://remit-docs.base44.app/", "remit-docs.base44.app", true},
		{"Firebase's storage domain", "https://docshare-91.firebasestorage.app/index.html", "docshare-91.firebasestorage.app", true},
		{"Hostinger's free site subdomain", "https://honeydew-lark-482913.hostingersite.com/remit/", "honeydew-lark-482913.hostingersite.com", true},
		{"Plesk's temporary domain", "https://elated-bhabha.203-0-113-45.plesk.page/", "elated-bhabha.203-0-113-45.plesk.page", true},
		{"a Hugging Face Space", "https://owner-docs.hf.space/", "owner-docs.hf.space", true},
		{"githack serving a GitHub file", "https://raw.githack.com/user/repo/main/index.html", "raw.githack.com", true},
		{"githack's own site is no hosting", "https://githack.com/", "githack.com", false},
	} {
		l := web(c.url, c.host, registrable(c.host))
		e, ok := freeHosting(&w, data(), &l)
		if ok != c.want || ok && e.code != CodeFreeHosting {
			t.Errorf("%s: freeHosting(%s) = %v %v, want %v", c.name, c.url, e.code, ok, c.want)
		}
		hl := data().matchHostLists(l.Host)
		hl.ipfs(&l)
		if hl.isFreeHosting != c.want || c.want && !hl.shared() {
			t.Errorf("%s: matchHostLists+ipfs free hosting %v, want %v", c.name, hl.isFreeHosting, c.want)
		}
	}
}

// TestIPFSLinkScored: a stranger's link to a page on an IPFS gateway nobody
// lists gets free_hosting in the verdict.
func TestIPFSLinkScored(t *testing.T) {
	in := newInput()
	u := "https://gw.example-nodes.example/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/"
	in.Links = []links.Link{web(u, "gw.example-nodes.example", "example-nodes.example")}
	v := Score(testPolicy(), in)
	if reasonOf(v.Links[0].Reasons, CodeFreeHosting).Code == "" {
		t.Errorf("IPFS path link: reasons %v, want %s", v.Links[0].Reasons, CodeFreeHosting)
	}
}

// TestDisguisedLinkTextScored: a stranger's link whose text is reversed by
// a bidi override gets disguised_text, which lifts it above warn.
func TestDisguisedLinkTextScored(t *testing.T) {
	in := newInput()
	in.Subject = "Remittance advice"
	l := web("https://remit-view.example/dl/Remit.html", "remit-view.example", "remit-view.example")
	l.Display, l.Context = "Remit_8841\u202efdp.html", "Payment released. Download the remittance:"
	in.Links = []links.Link{l}
	v := Score(testPolicy(), in)
	if reasonOf(v.Links[0].Reasons, CodeDisguisedText).Code == "" || v.Links[0].Level == LevelWarn {
		t.Errorf("reversed link text: level %v reasons %v, want disguised_text above warn", v.Links[0].Level, v.Links[0].Reasons)
	}
	l.Display = "Remit_8841.pdf"
	in.Links = []links.Link{l}
	if v := Score(testPolicy(), in); reasonOf(v.Links[0].Reasons, CodeDisguisedText).Code != "" {
		t.Errorf("plain link text: reasons %v", v.Links[0].Reasons)
	}
}

// TestDisguisedLinkTextRTL: a right-to-left override over right-to-left
// letters alone (an Arabic newsletter's link text) changes nothing shown;
// over a Latin letter, a digit or a dot, or with a left-to-right
// override, it reverses them.
func TestDisguisedLinkTextRTL(t *testing.T) {
	w := DefaultWeights()
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"Arabic words in an override, popped", "\u202e\u0627\u0642\u0631\u0623 \u0627\u0644\u0645\u0632\u064a\u062f\u202c", false},
		{"Hebrew with points in an override, not popped", "\u202e\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd", false},
		{"Arabic in an override, then a reversed file name", "\u202e\u0627\u0642\u0631\u0623\u202c Remit_8841\u202efdp.html", true},
		{"a reversed file name", "Remit_8841\u202efdp.html", true},
		{"Hebrew and a digit in an override", "\u202e\u05e9\u05dc\u05d5\u05dd 2027\u202c", true},
		{"Arabic and a dot in an override", "\u202e\u0627\u0642\u0631\u0623.\u202c", true},
		{"a left-to-right override around Arabic", "\u202d\u0627\u0642\u0631\u0623\u202c", true},
		{"an empty override", "x \u202e\u202c", true},
	} {
		l := web("https://news.example/a", "news.example", "news.example")
		l.Display = tc.text
		if _, got := disguisedLinkText(&w, []links.Link{l}); got != tc.want {
			t.Errorf("%s: disguised_text %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestRcptAddressInFragment: the recipient's address starting the URL's
// fragment, plain or in base64, is a kit's; in the query or a hash route
// it is the weaker rcpt_address_in_url.
func TestRcptAddressInFragment(t *testing.T) {
	const rcpt = "bob@corp.example"
	b64 := "Ym9iQGNvcnAuZXhhbXBsZQ" // base64 of rcpt, padding left out
	for _, tc := range []struct {
		name, url, want string
	}{
		{"plain after #", "https://docview.example/r/#bob@corp.example", CodeRcptAddrFragment},
		{"base64 after #", "https://docview.example/r/#" + b64 + "==", CodeRcptAddrFragment},
		{"escaped after #", "https://docview.example/#bob%40corp.example", CodeRcptAddrFragment},
		{"in the query", "https://docview.example/r/?e=bob@corp.example", CodeRcptAddrInURL},
		{"base64 in the path", "https://docview.example/" + b64, CodeRcptAddrInURL},
		{"a hash route's parameter", "https://app.example/#/invite?email=bob%40corp.example", CodeRcptAddrInURL},
		{"another address after #: the domain only", "https://docview.example/#eve@corp.example", CodeRcptDomInURL},
	} {
		w := DefaultWeights()
		l := web(tc.url, "docview.example", "docview.example")
		e, ok := rcptInURL(&w, &l, tc.url, strings.ToLower(tc.url), newRcptForms(rcpt))
		if got := map[bool]string{true: e.code}[ok]; got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestOpaqueRedirectScored: a stranger's link to a big site's redirect
// whose target the link does not show (links.FlagOpaqueRedirect) is judged
// as a shortener: the site's history here credits none of it, and a
// plain page of the same site keeps that credit.
func TestOpaqueRedirectScored(t *testing.T) {
	hist := History{Domains: map[string]Stat{"linkedin.com": est()}, Hosts: map[string]Stat{"www.linkedin.com": est()}}
	for _, c := range []struct {
		name   string
		url    string
		flags  links.Flag
		want   bool
		action Action
	}{
		{"LinkedIn's /slink token", "https://www.linkedin.com/slink?code=eB7xQz9k", links.FlagOpaqueRedirect, true, Lock},
		{"a profile page", "https://www.linkedin.com/in/someone", 0, false, Accept},
	} {
		in := newInput()
		in.Subject = "Proposal for you"
		l := web(c.url, "www.linkedin.com", "linkedin.com")
		l.Flags = c.flags
		in.Links, in.History = []links.Link{l}, hist
		v := Score(testPolicy(), in)
		r := reasonOf(v.Links[0].Reasons, CodeShortener)
		if (r.Code != "") != c.want || v.Action != c.action {
			t.Errorf("%s: action %s, reasons %v; want shortener %v, %s", c.name, v.Action, v.Links[0].Reasons, c.want, c.action)
		}
		if c.want && !strings.Contains(r.Text, "www.linkedin.com/slink redirects") {
			t.Errorf("%s: sentence %q", c.name, r.Text)
		}
	}
}
