package scoring

import (
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// TestHostFactsPerLink: links to one host share its cached facts
// (hostFacts), but what a link's own path or flags add (an IPFS path, an
// opaque redirect) stays that link's, in either order, and the ninth and
// later hosts (read into the cache's last slot) are judged as the first.
func TestHostFactsPerLink(t *testing.T) {
	hist := History{Domains: map[string]Stat{"linkedin.com": est(), "gw.example": est()},
		Hosts: map[string]Stat{"www.linkedin.com": est(), "gw.example": est()}}
	slink := web("https://www.linkedin.com/slink?code=eB7xQz9k", "www.linkedin.com", "linkedin.com")
	slink.Flags = links.FlagOpaqueRedirect
	profile := web("https://www.linkedin.com/in/someone", "www.linkedin.com", "linkedin.com")
	ipfs := web("https://gw.example/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi", "gw.example", "gw.example")
	about := web("https://gw.example/about", "gw.example", "gw.example")
	var filler []links.Link
	for _, h := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		filler = append(filler, web("https://"+h+".filler.example/", h+".filler.example", h+".filler.example"))
	}
	for _, tc := range []struct {
		name  string
		links []links.Link
	}{
		{"redirect first", []links.Link{slink, profile, ipfs, about}},
		{"page first", []links.Link{profile, slink, about, ipfs}},
		{"past the kept hosts", append(append([]links.Link{}, filler...), profile, slink, about, ipfs)},
	} {
		in := newInput()
		in.Links, in.History = tc.links, hist
		v := Score(testPolicy(), in)
		for i, l := range tc.links {
			short := hasReason(v.Links[i].Reasons, CodeShortener)
			free := hasReason(v.Links[i].Reasons, CodeFreeHosting)
			wantShort := l.Flags.Has(links.FlagOpaqueRedirect)
			wantFree := l.Host == "gw.example" && l.URL != about.URL
			if short != wantShort || free != wantFree {
				t.Errorf("%s: %s: shortener %v free_hosting %v, want %v %v (%v)", tc.name, l.URL, short, free, wantShort, wantFree, v.Links[i].Reasons)
			}
		}
	}
}
