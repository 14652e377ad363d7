package lock

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeSendmail is a script named sendmail that answers a quarantine
// release as Sendmail 8.17 does: exit 0 whether or not a message matched,
// and only when verbose a line per message released ("ID: Removed
// quarantine of ...") or "No changes". The messages held are the file
// names in dir/held; a release removes its file.
func fakeSendmail(t *testing.T) (bin, dir string) {
	t.Helper()
	dir = t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "held"), 0o755); err != nil {
		t.Fatal(err)
	}
	script := `#!/bin/sh
v=; id=
for a; do case $a in -v) v=1;; -qI*) id=${a#-qI};; esac; done
if [ -e "` + dir + `/held/$id" ]; then
	rm "` + dir + `/held/$id"
	[ -n "$v" ] && printf 'Processing queue:\n%s: Removed quarantine of "firstsight: score 3.1"\n1 change\n' "$id"
else
	[ -n "$v" ] && printf 'queue: no matches\nNo changes\n'
fi
exit 0
`
	bin = filepath.Join(dir, "sendmail")
	if err := os.WriteFile(bin, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return bin, dir
}

// A release from Sendmail's quarantine fails with ErrNotQueued when no
// message with that queue ID is held (released by hand, delivered,
// deleted): Sendmail says so only when verbose, and exits 0 either way.
func TestReleaseQueuedSendmailNotHeld(t *testing.T) {
	bin, dir := fakeSendmail(t)
	if err := os.WriteFile(filepath.Join(dir, "held", "6AREv8a3014982"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	r := CommandReleaser{Commands: [][]string{{bin, "-qQ", "-Q", "-qI{queue_id}"}}}
	if err := r.ReleaseQueued(context.Background(), "6AREv8a3014982"); err != nil {
		t.Fatalf("release of a held message: %v", err)
	}
	for _, qid := range []string{"6AREv8a3014982", "6AREv8a3019999"} { // released already; never held
		err := r.ReleaseQueued(context.Background(), qid)
		if !errors.Is(err, ErrNotQueued) || !strings.Contains(err.Error(), qid) || !strings.Contains(err.Error(), "No changes") {
			t.Errorf("release of %s, not held: %v; want ErrNotQueued naming the queue ID and Sendmail's answer", qid, err)
		}
	}
}

// confirmed adds -v to Sendmail quarantine releases only, also behind
// sudo, and checks the output of those and of postsuper -H.
func TestConfirmedRelease(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		check    bool
	}{
		{"sendmail -qQ -Q -qI1", "sendmail -v -qQ -Q -qI1", true},
		{"sudo /usr/sbin/sendmail -qQ -Q -qI1", "sudo /usr/sbin/sendmail -v -qQ -Q -qI1", true},
		{"sendmail -v -qQ -Q -qI1", "sendmail -v -qQ -Q -qI1", true},
		{"sendmail -q", "sendmail -q", false},
		{"postsuper -H 1", "postsuper -H 1", true},
		{"sudo /usr/sbin/postsuper -c /etc/postfix -H 1", "sudo /usr/sbin/postsuper -c /etc/postfix -H 1", true},
		{"postsuper -d 1 hold", "postsuper -d 1 hold", false},
		{"postqueue -i 1", "postqueue -i 1", false},
	} {
		got, released := confirmed(strings.Fields(tc.in))
		if check := released != nil; strings.Join(got, " ") != tc.want || check != tc.check {
			t.Errorf("confirmed(%s) = %s, %v; want %s, %v", tc.in, strings.Join(got, " "), check, tc.want, tc.check)
		}
	}
}

// releasedFromHold reads postsuper's summary (Postfix 3.7, exit 0 either
// way): at least one message released.
func TestReleasedFromHold(t *testing.T) {
	for _, tc := range []struct {
		out  string
		want bool
	}{
		{"postsuper: 4ZkQ1x2Y3z: released from hold\npostsuper: Released from hold: 1 message\n", true},
		{"postsuper: Released from hold: 12 messages\n", true},
		{"postsuper: Released from hold: 0 messages\n", false},
		{"postsuper: fatal: usage: postsuper [-c config_dir] ...\n", false},
		{"", false},
	} {
		if got := releasedFromHold(tc.out, "4ZkQ1x2Y3z"); got != tc.want {
			t.Errorf("releasedFromHold(%q) = %v, want %v", tc.out, got, tc.want)
		}
	}
}
