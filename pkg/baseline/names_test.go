package baseline

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"
)

// A display name is read as a reader reads a person's name: titles,
// degrees, "Last, First" and a trailing organisation or role aside; what
// does not leave a person's name of two words or more stays whole.
func TestReadName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Owen Hartley", "owen hartley"},
		{"Dr. Owen Hartley", "owen hartley"},
		{"Dr Owen Hartley", "owen hartley"},
		{"Prof. Dr. Owen Hartley", "owen hartley"},
		{"Mrs Ann Lee", "ann lee"},
		{"Miss Ann Lee", "ann lee"},
		{"Hartley, Owen", "owen hartley"},
		{"Hartley, Dr. Owen", "owen hartley"},
		{"Hartley, Owen J.", "owen hartley"},
		{"Owen Hartley (CEO)", "owen hartley"},
		{"Owen Hartley | Acme", "owen hartley"},
		{"Owen Hartley - Acme Ltd", "owen hartley"},
		{"Owen Hartley \u2013 Acme", "owen hartley"},
		{"Owen Hartley / Finance", "owen hartley"},
		{"Owen Hartley, PhD", "owen hartley"},
		{"Owen Hartley PhD, MBA", "owen hartley"},
		{"Owen Hartley Jr.", "owen hartley"},
		{"Owen Hartley III", "owen hartley"},
		{"Hartley, Owen, Ph.D.", "owen hartley"},
		{"Dr. Owen Hartley, MD (Chief Medical Officer)", "owen hartley"},
		{"\"Dr. Owen\u00a0Hartley\"", "owen hartley"},
		{"Owen O'Neil-Hartley", "owen o'neil-hartley"},
		// middle initials
		{"Anna M. Kovac", "anna kovac"},
		{"Anna M Kovac", "anna kovac"},
		{"Anna M.J. Kovac", "anna kovac"},
		{"Anna M. J. Kovac", "anna kovac"},
		{"Dr. Anna M. Kovac, PhD", "anna kovac"},
		{"Kovac, Anna M.", "anna kovac"},
		{"Anna Maria Kovac", "anna maria kovac"},
		{"J. R. Smith", "j. r. smith"},
		{"J. Smith", "j. smith"},
		{"Anna Kovac J.", "anna kovac j."},
		// a surname's prefix without its apostrophe reads as an initial:
		// kept, "Anna D Kovac" would hide a known "Anna Kovac" (review D)
		{"Mary O Brien", "mary brien"},
		{"Anna D Kovac", "anna kovac"},
		{"Mary O. Brien", "mary brien"},
		{"Mary O'Brien", "mary o'brien"},
		// gateway tags
		{"[EXT] Anna Kovac", "anna kovac"},
		{"[EXTERNAL]Anna Kovac", "anna kovac"},
		{"[Ext] Dr. Anna M. Kovac", "anna kovac"},
		{"EXTERNAL: Anna Kovac", "anna kovac"},
		{"Ext: Kovac, Anna", "anna kovac"},
		{"*EXTERNAL* Anna Kovac", "anna kovac"},
		{"(External) Anna Kovac", "anna kovac"},
		{"External - Anna Kovac", "anna kovac"},
		{"Anna Kovac (External)", "anna kovac"},
		{"Anna Kovac [EXT]", "anna kovac"},
		{"Anna Kovac *External*", "anna kovac"},
		{"[EXT] Anna Kovac (via Google Docs)", "[ext] anna kovac (via google docs)"},
		{"[EXT]", "[ext]"},
		{"[EXT] Anna", "[ext] anna"},
		{"External Affairs Office", "external affairs office"},
		{"Acme: Anna Kovac", "acme: anna kovac"},
		{"Caution Anna Kovac", "caution anna kovac"},
		// a role or company after a comma
		{"Anna Kovac, CEO", "anna kovac"},
		{"Anna Kovac, Head of Sales", "anna kovac"},
		{"Anna Kovac, CEO, Acme Inc.", "anna kovac"},
		{"Anna Kovac, Acme Ltd", "anna kovac"},
		{"Owen Hartley, CEO of Acme", "owen hartley"},
		{"Anna Kovac Jr, CFO", "anna kovac"},
		{"Kovac, CEO", "kovac, ceo"},
		{"Kovac, Dr", "kovac, dr"}, // a title and no given name: nothing to turn
		{"da Silva, Dr.", "da silva, dr."},
		{"Smith, Dean", "dean smith"}, // a given name, though deans sign so too
		{"Kovac, Anna, CEO", "kovac, anna, ceo"},
		{"Kovac, Sales Team", "kovac, sales team"},
		{"Anna Kovac, Acme", "anna kovac, acme"},
		// a surname of two or three words before the comma
		{"van der Berg, Kai", "kai van der berg"},
		{"De La Cruz, Maria", "maria de la cruz"},
		{"da Silva, Ana Maria", "ana maria da silva"},
		{"St. John, Paul", "paul st. john"},
		{"van der Berg, Kai J.", "kai van der berg"},
		{"Lopez Garcia, Maria", "lopez garcia, maria"},
		{"Acme Billing, Anna", "acme billing, anna"},
		// a particle that is also a given name begins a surname only before another
		{"Ben Carter, Acme", "ben carter, acme"},
		{"Van Nguyen, Acme", "van nguyen, acme"},
		{"Al Green, Finance Dept", "al green"},
		{"Ben Carter, CEO", "ben carter"},
		{"Van der Berg, Kai", "kai van der berg"},
		{"van Dijk, Jan", "van dijk, jan"},
		{"Del Rio, Ana", "del rio, ana"},
		{"Mac Jones, Acme", "mac jones, acme"},
		{"da Silva, Ana", "ana da silva"},
		{"Ben Carter", "ben carter"},
		// different people stay different
		{"Owen Hartley ,", "owen hartley"},
		{"Aaaa ,", "aaaa ,"},
		{"Owen Hartley-Smith", "owen hartley-smith"},
		{"Ann Leeds", "ann leeds"},
		// no person's name of two words is left: the whole name stands
		{"Dr. Owen", "dr. owen"},
		{"Owen (CEO)", "owen (ceo)"},
		{"Owen, PhD", "owen, phd"},
		{"Acme - Billing", "acme - billing"},
		{"Acme | Billing Team", "acme | billing team"},
		{"Acme, Inc.", "acme, inc."},
		{"Dr Who", "dr who"},
		{"Mr. Al", "mr. al"},
		{"Ms. Al Li", "al li"}, // four letters: a name
		{"Owen Hartley (via Google Docs)", "owen hartley (via google docs)"},
		{"Owen Hartley | via Dropbox", "owen hartley | via dropbox"},
		{"Team 42 - Support", "team 42 - support"},
		{"Hartley, Owen, Acme", "hartley, owen, acme"},
		{"info@acme.example", "info@acme.example"},
		{"", ""},
		{"Dr.", "dr."},
	} {
		got := readName(normName(tc.in))
		if got != tc.want {
			t.Errorf("readName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Names known here under one reading match the other writings of it, in
// both directions, and different people's names stay apart.
func TestNameReadingsLookup(t *testing.T) {
	for _, tc := range []struct {
		known, shown string
		want         bool
	}{
		{"Dr. Owen Hartley", "Owen Hartley", true},
		{"Owen Hartley", "Dr. Owen Hartley", true},
		{"Owen Hartley", "Hartley, Owen", true},
		{"Hartley, Owen", "Owen Hartley", true},
		{"Owen Hartley", "Owen Hartley (CEO)", true},
		{"Owen Hartley", "Owen Hartley | Acme", true},
		{"Owen Hartley", "Owen Hartley - Acme Ltd", true},
		{"Owen Hartley - Acme Ltd", "Owen Hartley", true},
		{"Owen Hartley, PhD", "Mr Owen Hartley", true},
		{"Owen Hartley", "Owen Hartley-Smith", false},
		{"Dr. Ann Lee", "Ann Leeds", false},
		{"Owen Hartley", "Dr. Owen", false},
		{"Owen", "Dr. Owen", false},
		{"Acme", "Acme - Billing", false},
		{"Acme Billing", "Acme - Billing", false},
		{"Anna Kovac", "Anna M. Kovac", true},
		{"Anna M. Kovac", "[EXT] Anna Kovac", true},
		{"[EXT] Anna Kovac", "Anna Kovac", true},
		{"Anna Kovac (External)", "EXTERNAL: Kovac, Anna", true},
		{"Anna Kovac, CEO", "Anna Kovac", true},
		{"Kai van der Berg", "van der Berg, Kai", true},
		{"De La Cruz, Maria", "Maria De La Cruz", true},
		{"Anna Kovac", "Anna Maria Kovac", false},
		{"Anna Kovac", "Anna Kovacs, CEO", false},
		{"Kai van der Berg", "Kai Berg", false},
		{"J. R. Smith", "J. Smith", false},
		{"Anna Kovac", "Anna D Kovac", true},
		{"Anna Kovac", "Anna L Kovac", true},
		{"Mary O Brien", "Mary O Brien | Acme", true},
		{"Anna M Kovac", "Anna Kovac", true},
		{"Ben Carter, Acme", "Acme Ben Carter", false},
		{"Ben Carter", "Carter, Ben", true},
	} {
		s := nameStore(t, false)
		s.Observe(Observation{Time: nameT0, Sender: "owen@acme.test", SenderName: tc.known, Recipients: []string{"dana@corp.test"}})
		if err := s.Flush(); err != nil {
			t.Fatal(err)
		}
		f, err := s.Lookup(Query{Now: nameT0.Add(time.Hour), Sender: "owen.hartley@free.test", SenderName: tc.shown, Recipients: []string{"dana@corp.test"}})
		if err != nil {
			t.Fatal(err)
		}
		if got := f.SenderName.Seen(); got != tc.want {
			t.Errorf("known %q, shown %q: name seen %v, want %v", tc.known, tc.shown, got, tc.want)
		}
	}
}

var nameT0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// nameStore is a store on a fresh database; hashed stores its keys
// hashed (Options.HashKey), as a site with a key does.
func nameStore(t *testing.T, hashed bool) *Store {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "b.db"), 0o600, &bolt.Options{Timeout: time.Second, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var opts Options
	if hashed {
		opts.HashKey = []byte("0123456789abcdef0123456789abcdef")
	}
	s, err := New(db, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A database learned before names were read keeps its names under their
// whole form: a lookup still finds them (merged with what was learned
// since under the read form, one address counted once), and so does the
// name's record at the sender's organisation.
func TestNameLegacyKeys(t *testing.T) {
	for _, hashed := range []bool{false, true} {
		s := nameStore(t, hashed)
		// learned the old way: the whole name as the key
		o := Observation{Time: nameT0, Sender: "owen@acme.test", SenderName: "Dr. Owen Hartley", Recipients: []string{"dana@corp.test"}}
		k := s.keysFor(o, o.Recipients)
		whole := normName(o.SenderName)
		k.name = string(s.keys.appendAddr(nil, whole))
		k.nameOrg = string(s.keys.appendAddr(nil, nameOrgKey(whole, normAddr(o.Sender))))
		s.stage(o, &k, &obsKeys{}, true, false)
		if err := s.Flush(); err != nil {
			t.Fatal(err)
		}
		look := func(sender, name string) Facts {
			f, err := s.Lookup(Query{Now: nameT0.Add(time.Hour), Sender: sender, SenderName: name, Recipients: []string{"dana@corp.test"}})
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
		if f := look("owen.hartley@free.test", "Dr. Owen Hartley"); f.SenderName.Senders != 1 {
			t.Errorf("hashed %v: legacy name not found: %+v", hashed, f.SenderName)
		}
		if f := look("billing@acme.test", "Dr. Owen Hartley"); !f.SenderNameOrg.Seen() {
			t.Errorf("hashed %v: legacy name at its organisation not found: %+v", hashed, f.SenderNameOrg)
		}
		// learned since, the new way, from the same and another address
		s.Observe(Observation{Time: nameT0.Add(24 * time.Hour), Sender: "owen@acme.test", SenderName: "Dr. Owen Hartley", Recipients: []string{"dana@corp.test"}})
		s.Observe(Observation{Time: nameT0.Add(25 * time.Hour), Sender: "owen@home.test", SenderName: "Owen Hartley", Recipients: []string{"dana@corp.test"}})
		if err := s.Flush(); err != nil {
			t.Fatal(err)
		}
		if f := look("owen.hartley@free.test", "Dr. Owen Hartley"); f.SenderName.Senders != 2 || f.SenderName.Messages < 3 {
			t.Errorf("hashed %v: legacy and new records not merged: %+v", hashed, f.SenderName)
		}
	}
}

// Names learned by release 166667c sit under its reading
// (readName166667c), which differs from today's for names with a
// gateway's tag, a middle initial, a role after a comma or a surname of
// particles: a lookup of the same writing, or of one 166667c read alike,
// finds them as it finds the whole name's records (nameKeys' second
// legacy key), also at the sender's organisation, merged with what was
// learned since. A writing 166667c read as another name ("Anna Kovac"
// for its "anna m. kovac") does not reach them, as it did not then, and
// another person's name never does.
func TestNameLegacy166667c(t *testing.T) {
	for _, tc := range []struct {
		display, old, shown string // shown: the writing looked up
		found               bool
	}{
		{"Kovac, Anna M.", "anna m. kovac", "Kovac, Anna M.", true},
		{"Dr. Anna M. Kovac", "anna m. kovac", "Dr. Anna M. Kovac", true},
		{"Dr. Anna M. Kovac", "anna m. kovac", "Anna M. Kovac", true},
		{"Dr. Anna M. Kovac", "anna m. kovac", "Kovac, Anna M.", true},
		{"John A. Smith - Acme Ltd", "john a. smith", "John A. Smith - Acme Ltd", true},
		{"John A. Smith - Acme Ltd", "john a. smith", "John A. Smith (Acme)", true},
		{"Kovac, CEO", "ceo kovac", "Kovac, CEO", true},
		{"van der Berg, Kai", "van der berg, kai", "van der Berg, Kai", true}, // 166667c's reading was the whole name
		{"Dr. Anna M. Kovac", "anna m. kovac", "Anna Kovac", false},
		{"Anna M. Kovac", "anna m. kovac", "Anna Maria Kovac", false},
		{"Mary O Brien", "mary o brien", "Mary Brien", false},
	} {
		if got := readName166667c(normName(tc.display)); got != tc.old {
			t.Errorf("readName166667c(%q) = %q, want %q", tc.display, got, tc.old)
		}
		for _, hashed := range []bool{false, true} {
			s := nameStore(t, hashed)
			// learned as 166667c did, under its reading
			o := Observation{Time: nameT0, Sender: "anna@acme.test", SenderName: tc.display, Recipients: []string{"dana@corp.test"}}
			k := s.keysFor(o, o.Recipients)
			k.name = string(s.keys.appendAddr(nil, tc.old))
			k.nameOrg = string(s.keys.appendAddr(nil, nameOrgKey(tc.old, normAddr(o.Sender))))
			s.stage(o, &k, &obsKeys{}, true, false)
			// and since, the new way, from another address
			s.Observe(Observation{Time: nameT0.Add(24 * time.Hour), Sender: "anna@home.test", SenderName: tc.display, Recipients: []string{"dana@corp.test"}})
			if err := s.Flush(); err != nil {
				t.Fatal(err)
			}
			look := func(sender string) Facts {
				f, err := s.Lookup(Query{Now: nameT0.Add(48 * time.Hour), Sender: sender, SenderName: tc.shown, Recipients: []string{"dana@corp.test"}})
				if err != nil {
					t.Fatal(err)
				}
				return f
			}
			want := 0 // senders of the name: the old record's, and the new one's where the writing reads alike now
			if tc.found {
				want++
			}
			if readName(normName(tc.shown)) == readName(normName(tc.display)) {
				want++
			}
			if f := look("anna.kovac@free.test"); f.SenderName.Senders != want {
				t.Errorf("hashed %v: %q learned as %q, %q shown: name %+v, want %d senders", hashed, tc.display, tc.old, tc.shown, f.SenderName, want)
			}
			if f := look("billing@acme.test"); f.SenderNameOrg.Seen() != tc.found {
				t.Errorf("hashed %v: %q learned as %q, %q shown: at its organisation %+v, want seen %v", hashed, tc.display, tc.old, tc.shown, f.SenderNameOrg, tc.found)
			}
		}
	}
}

// A list post's author name (Observation.AuthorName) is learned under
// the author's address, apart from the names senders carry: a lookup
// finds it as a list author's (ListAuthorName, counting the authors),
// on the author's own address too (ListAuthorNameSender), under any
// writing of the name, and never as the list's or the sender's name.
func TestListAuthorName(t *testing.T) {
	for _, hashed := range []bool{false, true} {
		s := nameStore(t, hashed)
		post := func(d int, author, name string) {
			s.Observe(Observation{Time: nameT0.AddDate(0, 0, d), Sender: "dev-bounces@lists.proj.test", Author: author, AuthorName: name,
				Recipients: []string{"dana@corp.test"}, Lists: []string{"dev@lists.proj.test"}})
		}
		post(0, "anna@home.test", "Dr. Anna M. Kovac")
		post(1, "anna@home.test", "Anna Kovac")
		// no author, or the list as its own author: nothing learned as an author's name
		s.Observe(Observation{Time: nameT0, Sender: "dev@lists.proj.test", Author: "dev@lists.proj.test", AuthorName: "Ben Osei", Recipients: []string{"dana@corp.test"}})
		s.Observe(Observation{Time: nameT0, Sender: "dev@lists.proj.test", AuthorName: "Ben Osei", Recipients: []string{"dana@corp.test"}})
		look := func(sender, name string) Facts {
			if err := s.Flush(); err != nil {
				t.Fatal(err)
			}
			f, err := s.Lookup(Query{Now: nameT0.AddDate(0, 0, 3), Sender: sender, SenderName: name, Recipients: []string{"dana@corp.test"}})
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
		f := look("anna.kovac@free.test", "[EXT] Anna Kovac")
		if f.ListAuthorName.Messages != 2 || f.ListAuthorName.Senders != 1 || f.ListAuthorNameSender.Seen() || f.SenderName.Seen() {
			t.Errorf("hashed %v: a stranger in the name: %+v / %+v / name %+v", hashed, f.ListAuthorName, f.ListAuthorNameSender, f.SenderName)
		}
		if f := look("anna@home.test", "Anna Kovac"); f.ListAuthorNameSender.Messages != 2 || f.SenderName.Seen() || f.Sender.Seen() {
			t.Errorf("hashed %v: the author herself: %+v, name %+v, sender %+v", hashed, f.ListAuthorNameSender, f.SenderName, f.Sender)
		}
		if f := look("ben@home.test", "Ben Osei"); f.ListAuthorName.Seen() {
			t.Errorf("hashed %v: a name without an author learned as one: %+v", hashed, f.ListAuthorName)
		}
		if f := look("anna.kovac@free.test", "Anna Kovacs"); f.ListAuthorName.Seen() {
			t.Errorf("hashed %v: another name found: %+v", hashed, f.ListAuthorName)
		}
		if st, err := s.Inspect("name", "Dr. Anna Kovac"); err != nil || st["list_author"].(map[string]any)["days"] != 2 || st["stat"].(map[string]any)["seen"] != false {
			t.Errorf("hashed %v: inspect name: %v %v", hashed, st, err)
		}
		// the list as sender, the post's author asked apart (Query.Author): her own posts and her address's history
		s.Observe(Observation{Time: nameT0.AddDate(0, 0, 1), Sender: "anna@home.test", SenderName: "Anna K", Recipients: []string{"dana@corp.test"}})
		byAuthor := func(author string) Facts {
			if err := s.Flush(); err != nil {
				t.Fatal(err)
			}
			f, err := s.Lookup(Query{Now: nameT0.AddDate(0, 0, 3), Sender: "dev@lists.proj.test", SenderName: "Anna Kovac", Recipients: []string{"dana@corp.test"}, Author: author})
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
		if f := byAuthor("anna@home.test"); f.ListAuthorNameSender.Messages != 2 || f.Author.Messages != 1 {
			t.Errorf("hashed %v: the list's post by its author: %+v, author %+v", hashed, f.ListAuthorNameSender, f.Author)
		}
		if f := byAuthor("anna.kovac@free.test"); !f.ListAuthorName.Seen() || f.ListAuthorNameSender.Seen() || f.Author.Seen() {
			t.Errorf("hashed %v: the list's post by a stranger: %+v / %+v, author %+v", hashed, f.ListAuthorName, f.ListAuthorNameSender, f.Author)
		}
		// the list's posts it sent itself (ListSent), under its address, asked with an author only
		if f := byAuthor("anna@home.test"); f.ListSent.Seen() {
			t.Errorf("hashed %v: a list never seen sending its posts: %+v", hashed, f.ListSent)
		}
		s.Observe(Observation{Time: nameT0.AddDate(0, 0, 2), Sender: "dev@lists.proj.test", Author: "anna@home.test", AuthorName: "Anna Kovac",
			Recipients: []string{"dana@corp.test"}, ListSent: true})
		s.Observe(Observation{Time: nameT0.AddDate(0, 0, 2), Sender: "dev@lists.proj.test", Recipients: []string{"dana@corp.test"}, ListSent: true, Warned: true})
		if f := byAuthor("anna@home.test"); f.ListSent.Messages != 1 {
			t.Errorf("hashed %v: the list's own post: %+v", hashed, f.ListSent)
		}
		if err := s.Flush(); err != nil {
			t.Fatal(err)
		}
		st, err := s.Inspect("list", "Dev@lists.proj.test")
		if sent, _ := st["list_sent"].(map[string]any); err != nil || fmt.Sprint(sent["messages"]) != "1" {
			t.Errorf("hashed %v: Inspect(list) shows no list_sent: %v, %v", hashed, st, err)
		}
		if f := look("dev@lists.proj.test", "Anna Kovac"); f.ListSent.Seen() {
			t.Errorf("hashed %v: asked without an author: %+v", hashed, f.ListSent)
		}
		post(2, "anna+dev@home.test", "Anna Kovac") // her mailbox under a +tag: no second author
		if f := look("anna.kovac@free.test", "Anna Kovac"); f.ListAuthorName.Senders != 1 {
			t.Errorf("hashed %v: a +tag counted as a second author: %+v", hashed, f.ListAuthorName)
		}
		post(2, "a.kovac@work.test", "Anna Kovac")
		if f := look("anna.kovac@free.test", "Anna Kovac"); f.ListAuthorName.Senders != 2 {
			t.Errorf("hashed %v: a second author not counted: %+v", hashed, f.ListAuthorName)
		}
	}
}

// FuzzReadName: the reading is stable (reading it again changes
// nothing), never longer than the whole name, and either the whole name
// or a person's name of two to four words without separators, tags'
// marks or middle initials after a given name.
func FuzzReadName(f *testing.F) {
	for _, s := range []string{"Dr. Owen Hartley", "Hartley, Owen", "Owen Hartley (CEO)", "Owen Hartley | Acme - Billing",
		"Acme, Inc.", "Dr. Owen", "Hartley, Dr. Owen, PhD", "Ｏｗｅｎ Ｈａｒｔｌｅｙ", "a ,b", " , ", "( )", "Mr Mr Mr",
		"[EXT] Anna M. Kovac", "EXTERNAL: Kovac, Anna", "Anna Kovac *ext*", "(ext) [x] Anna Kovac [y]", "Anna Kovac Jr, CFO",
		"van der Berg, Kai J.", "De La Cruz, Dr. Maria", "Kovac, CEO", "Mary O Brien", "Mary M O Brien", "Ben Carter, Acme", "J. R. Smith", "Anna M.J. Kovac", "ext - | anna", "[] ]["} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		whole := normName(in)
		got := readName(whole)
		if again := readName(got); again != got {
			t.Fatalf("readName(%q) = %q, read again %q", whole, got, again)
		}
		if len(got) > len(whole) {
			t.Fatalf("readName(%q) = %q, longer", whole, got)
		}
		if got != whole {
			w := strings.Fields(got)
			if !utf8.ValidString(got) || !personName(w) || strings.Join(w, " ") != got || strings.ContainsAny(got, ",|/()[]*:") {
				t.Fatalf("readName(%q) = %q, no person's name", whole, got)
			}
			if len(w) > 2 && !isInitial(w[0]) && slices.ContainsFunc(w[1:len(w)-1], isInitial) {
				t.Fatalf("readName(%q) = %q keeps a middle initial", whole, got)
			}
		}
		old := readName166667c(whole)
		if k, legacy := nameKeys(in); k != got || (legacy[0] != "" && legacy[0] != whole) ||
			(legacy[1] != "" && (legacy[1] != old || old == got || old == whole)) || legacy[1] == "" && old != got && old != whole {
			t.Fatalf("nameKeys(%q) = %q, %q", in, k, legacy)
		}
	})
}

// A list member's own mailbox is one under her +tag subaddress and, at
// Gmail, under any dots in its local part (mailbox): her posts from
// pat.nguyen+fundraisers@gmail.com count for pat.nguyen@gmail.com and
// Pat.Nguyen@gmail.com for patnguyen@googlemail.com; another mailbox,
// at the same provider or a dotted one elsewhere, stays another.
func TestListAuthorMailbox(t *testing.T) {
	for _, tc := range []struct {
		posted, writes string
		same           bool
	}{
		{"pat.nguyen+fundraisers@gmail.com", "pat.nguyen@gmail.com", true},
		{"pat.nguyen@gmail.com", "pat.nguyen+lists@gmail.com", true},
		{"Pat.Nguyen@gmail.com", "patnguyen@gmail.com", true},
		{"p.a.t.nguyen@googlemail.com", "PatNguyen+x@Gmail.com", true},
		{"pat+npo@npo-assoc.example", "pat@npo-assoc.example", true},
		{"pat.nguyen@gmail.com", "pat.nguyen.npo@gmail.com", false},
		{"pat.nguyen@gmail.com", "pat.nguyen@gmail.co", false},
		{"pat.nguyen@npo-assoc.example", "patnguyen@npo-assoc.example", false}, // dots count outside Gmail
		{"pat+npo@npo-assoc.example", "npo@npo-assoc.example", false},
		{"+pat@npo-assoc.example", "@npo-assoc.example", false},
	} {
		s := nameStore(t, false)
		s.Observe(Observation{Time: nameT0, Sender: "fundraisers-bounces@lists.npo.test", Author: tc.posted, AuthorName: "Pat Nguyen",
			Recipients: []string{"dana@corp.test"}, Lists: []string{"fundraisers@lists.npo.test"}})
		if err := s.Flush(); err != nil {
			t.Fatal(err)
		}
		f, err := s.Lookup(Query{Now: nameT0.Add(time.Hour), Sender: tc.writes, SenderName: "Pat Nguyen", Recipients: []string{"dana@corp.test"}})
		if err != nil {
			t.Fatal(err)
		}
		if !f.ListAuthorName.Seen() || f.ListAuthorNameSender.Seen() != tc.same {
			t.Errorf("posted from %s, writes from %s: author name %+v, on this mailbox %+v, want seen %v",
				tc.posted, tc.writes, f.ListAuthorName, f.ListAuthorNameSender, tc.same)
		}
	}
}
