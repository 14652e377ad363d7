package lock

import "testing"

func TestNewID(t *testing.T) {
	seen := map[string]bool{}
	for range 5000 {
		id, err := NewID()
		if err != nil {
			t.Fatal(err)
		}
		if len(id) != 22 || !ValidID(id) || id[0] == '-' {
			t.Fatalf("NewID() = %q, want 22 valid base64url chars, the first no '-' (a command line takes it for a flag)", id)
		}
		if seen[id] {
			t.Fatalf("NewID() repeated %q", id)
		}
		seen[id] = true
	}
}

func TestParsePath(t *testing.T) {
	const id = "AAAAAAAAAAAAAAAAAAAAAA"
	tests := []struct {
		name, path, id, action string
		ok                     bool
	}{
		{"page", "/l/" + id, id, "", true},
		{"continue", "/l/" + id + "/continue", id, "continue", true},
		{"request", "/l/" + id + "/request", id, "request", true},
		{"unknown action", "/l/" + id + "/delete", "", "", false},
		{"trailing slash", "/l/" + id + "/", id, "", true},
		{"short id", "/l/abc", "", "", false},
		{"bad char", "/l/AAAAAAAAAAAAAAAAAAAAA=", "", "", false},
		{"dot dot", "/l/../etc/passwd", "", "", false},
		{"no prefix", "/x/" + id, "", "", false},
		{"extra segment", "/l/" + id + "/continue/x", "", "", false},
		{"empty", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, action, ok := ParsePath(tt.path)
			if id != tt.id || action != tt.action || ok != tt.ok {
				t.Errorf("ParsePath(%q) = %q, %q, %v, want %q, %q, %v", tt.path, id, action, ok, tt.id, tt.action, tt.ok)
			}
		})
	}
}

func FuzzParsePath(f *testing.F) {
	for _, s := range []string{"/l/AAAAAAAAAAAAAAAAAAAAAA", "/l/AAAAAAAAAAAAAAAAAAAAAA/continue", "/l/%2e%2e/", "/l//", "/l/" + string(make([]byte, 70))} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		id, action, ok := ParsePath(p)
		if !ok {
			if id != "" || action != "" {
				t.Fatalf("ParsePath(%q) returned %q, %q with ok=false", p, id, action)
			}
			return
		}
		if !ValidID(id) {
			t.Fatalf("ParsePath(%q) id %q not valid", p, id)
		}
		if want := lockURL(id, action); p != want && p != want+"/" {
			t.Fatalf("ParsePath(%q) = %q, %q: path does not round-trip (%q)", p, id, action, want)
		}
	})
}

func FuzzValidID(f *testing.F) {
	f.Add("AAAAAAAAAAAAAAAAAAAAAA")
	f.Add("a/b")
	f.Fuzz(func(t *testing.T, s string) {
		if !ValidID(s) {
			return
		}
		if len(s) < minIDLen || len(s) > maxIDLen {
			t.Fatalf("ValidID(%q) accepted length %d", s, len(s))
		}
		if lockURL(s, "") != "/l/"+s {
			t.Fatalf("ValidID(%q) accepted a char that needs escaping", s)
		}
	})
}
