package scoring

import (
	"io/fs"
	"strings"
	"testing"
)

// TestDataFiles: every shipped list cites its source and licence, parses,
// and holds lowercase entries without duplicates.
func TestDataFiles(t *testing.T) {
	files, err := fs.Glob(dataFS, "data/*.txt")
	if err != nil || len(files) < 6 {
		t.Fatalf("data files: %v %v", files, err)
	}
	for _, f := range files {
		b, _ := fs.ReadFile(dataFS, f)
		head := string(b[:min(len(b), 1200)])
		if !strings.Contains(head, "# Source:") || !strings.Contains(head, "Licence") {
			t.Errorf("%s: header lacks Source or Licence", f)
		}
		seen := map[string]bool{}
		for _, l := range lines(strings.TrimPrefix(f, "data/")) {
			k := strings.Fields(l)[0]
			if seen[k] {
				t.Errorf("%s: duplicate %q", f, k)
			}
			seen[k] = true
			if f != "data/confusables.txt" && k != strings.ToLower(k) {
				t.Errorf("%s: %q is not lowercase", f, k)
			}
		}
	}
	d := data()
	if !d.shorteners["bit.ly"] || !d.freeHosting["web.app"] || !d.tlds["top"] || !d.freemail["gmail.com"] ||
		d.brands.tokens["paypal"] != "paypal.com" || d.confusable['\u0430'] != "a" || len(d.sequences) == 0 {
		t.Error("data tables are missing known entries")
	}
	for f, m := range map[string]map[string]bool{"platforms.txt": d.platforms, "sharing.txt": d.sharing} {
		for h := range m {
			if d.freeHosting[h] || d.shorteners[h] {
				t.Errorf("%s: %q is also a shortener or free hosting", f, h)
			}
		}
	}
	for h := range d.tenants { // a subscriber's host there is the service's to name, never a sign-up's
		if hl := d.matchHostLists("corp." + h); hl.shared() || hl.isFreeHosting || registrable(h) != h {
			t.Errorf("tenants.txt: %q is shared, free hosting or no registrable domain", h)
		}
	}
	if hl := d.matchHostLists("acme.zendesk.com"); !hl.isPlatform || !hl.shared() || hl.isFreeHosting {
		t.Errorf("acme.zendesk.com: %+v", hl)
	}
	if hl := d.matchHostLists("www.rigzone.com"); hl.shared() {
		t.Errorf("www.rigzone.com: %+v", hl)
	}
	for _, tc := range []struct {
		name, host     string
		short, sharing bool
	}{
		{"a shortener", "goo.gl", true, false},
		{"Google Photos' share links under it", "photos.app.goo.gl", false, true},
		{"Google Maps' share links under it", "maps.app.goo.gl", false, true},
		{"Firebase Dynamic Links' host under it", "app.goo.gl", true, false},
		{"another host under it", "x.app.goo.gl", true, false},
	} {
		hl := d.matchHostLists(tc.host)
		if hl.isShortener != tc.short || hl.isSharing != tc.sharing {
			t.Errorf("%s: matchHostLists(%s) = %+v, want shortener %v, sharing %v", tc.name, tc.host, hl, tc.short, tc.sharing)
		}
	}
}

// TestBareListedHost: matchHostLists skips looking up a host's last
// label unless the lists hold a single-label entry (bareListed, which
// data sets from the lists); then such an entry matches.
func TestBareListedHost(t *testing.T) {
	d := data()
	bare := false
	for h := range d.hostLists {
		bare = bare || !strings.Contains(h, ".")
	}
	if d.bareListed != bare {
		t.Errorf("bareListed %v, lists hold a single-label entry: %v", d.bareListed, bare)
	}
	tb := &tables{hostLists: map[string]uint8{"zz": listFreeHosting, "host.example": listShortener}, bareListed: true}
	if hl := tb.matchHostLists("a.host.example"); !hl.isShortener || hl.shortener != "host.example" || hl.isFreeHosting {
		t.Errorf("a.host.example: %+v", hl)
	}
	if hl := tb.matchHostLists("site.zz"); !hl.isFreeHosting || hl.freeHosting != "zz" {
		t.Errorf("site.zz: %+v", hl)
	}
}
