package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A technical mailing list's archive, replayed as one subscriber's inbox:
// posters are mostly strangers at free mail or universities, and their
// posts link code hosts, manuals, paste sites, shared files and zip
// archives, and their own sites, with "download", "password" and "invoice"
// in the text. Read as the list's mail (round 16 and 17: the
// Subject tag or the "via" From names the list address in To), they are
// not flagged; read as direct mail from each poster (the control: the same
// posts without the list's marks) some are: shadow identities (two posters
// of one name), strangers' zip files and shared documents. Without the list
// reading of round 17 the tagged posts are blocked too. The posts are made
// up here, not taken from any corpus.
func TestReplaySyntheticList(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "c.toml")
	os.WriteFile(cfg, []byte("internal_domains = [\"corp.example\"]\n"), 0o644)
	list := replayList(t, cfg, true)
	direct := replayList(t, cfg, false)
	if list.test < 200 || list.test != direct.test {
		t.Fatalf("decided %d and %d test messages, want the same 400", list.test, direct.test)
	}
	if list.blocked != 0 || list.flagged*100 > list.test*3 {
		t.Errorf("list posts: %d of %d flagged, %d blocked; want at most 3 %% flagged and none blocked", list.flagged, list.test, list.blocked)
	}
	if direct.flagged <= list.flagged {
		t.Errorf("control (no list marks): %d of %d flagged, as list posts %d: the list reading should be what keeps them open", direct.flagged, direct.test, list.flagged)
	}
}

type listRun struct{ test, flagged, blocked int }

func replayList(t *testing.T, cfg string, asList bool) listRun {
	t.Helper()
	dir := t.TempDir()
	writeListStream(t, dir, asList, 1000)
	out := filepath.Join(t.TempDir(), "d.jsonl")
	var errb bytes.Buffer
	if code := run(context.Background(), []string{"replay", "-q", "-config", cfg, "-o", out, dir}, io.Discard, &errb); code != 0 {
		t.Fatalf("replay: exit %d: %s", code, errb.String())
	}
	var r listRun
	for _, d := range readDecisions(t, out) {
		r.test++
		if d.Action != "accept" {
			r.flagged++
		}
		if d.Action == "quarantine" || d.Action == "reject" || d.Action == "lock" && d.Level != "warn" {
			r.blocked++
		}
	}
	return r
}

const synthList = "radio-users@lists.sdr.example"

var (
	synthFirst  = []string{"Alex", "Maria", "Jonas", "Wei", "Priya", "Tom", "Sara", "Ivan", "Kenji", "Lucas", "Emma", "Omar"}
	synthLast   = []string{"Schmidt", "Nguyen", "Garcia", "Kowalski", "Tanaka", "Rossi", "Patel", "Miller", "Dubois", "Larsen"}
	synthOrgs   = []string{"gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "mit.edu", "tu-berlin.de", "kth.se", "rf-labs.io", "signalcraft.com", "uni-stuttgart.de", "mailbox.org"}
	synthTopics = []string{"overflows at 56 MS/s", "device not found over 10GbE", "build fails on Ubuntu 24.04", "FPGA image mismatch", "GPSDO lock", "TX underflow", "phase coherence between two radios", "probe hangs", "SD card image", "recv() timeout"}
	synthSays   = []string{
		"I am seeing this and cannot figure out why.", "Has anyone else run into this?", "Here is the full log:",
		"You need to rebuild the FPGA image first; download it with the images downloader.", "Please check your MTU.",
		"Thanks for the quick reply!", "The default password for root is empty; log in over serial.",
		"You can download the prebuilt image from my site:", "Click on the link below for the schematic.",
		"Our invoice for the new board went through, but the shipment is late.", "I zipped the captures, download them here:",
		"See also:", "This was fixed in the latest release, please update.", "The issue is tracked here:",
	}
	synthLinks = []string{
		"https://github.com/sdr-project/driver/issues/%d", "https://github.com/sdr-project/driver/issues/%d",
		"https://docs.sdr.example/manual/page_%d.html", "https://docs.sdr.example/manual/page_%d.html",
		"https://pastebin.com/r%d", "https://drive.google.com/file/d/f%d/view?usp=sharing",
		"https://www.dropbox.com/s/x%d/capture.zip?dl=0", "https://arxiv.org/abs/2403.%05d",
		"https://lists.sdr.example/archives/%d", "https://www.%s.example/notes/%d.html",
	}
	// synthSites are the posters' own and favourite sites: some recur,
	// some are linked once.
	synthSites = []string{"kestrel-radio", "bluefin-labs", "antennaworks", "wavecore", "spectrumhound", "octave-rf",
		"marlin-dsp", "quartzclock", "fieldprobe", "northbeam", "riverlab", "tidewater-sdr", "copperline", "lumen-ant",
		"stormcell", "pinewood-rf", "harbor-signal", "glacier-dsp", "emberwave", "solstice-lab"}
)

// writeListStream writes n posts to the list as a replay stream (learn
// window: the first 60 %), or with asList false the same posts sent
// straight to the reader, without the list's Subject tag or From rewrite.
func writeListStream(t *testing.T, dir string, asList bool, n int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, 1))
	type poster struct{ name, addr string }
	var posters []poster
	for i := 0; i < 80; i++ {
		f, l := synthFirst[rng.IntN(len(synthFirst))], synthLast[rng.IntN(len(synthLast))]
		posters = append(posters, poster{f + " " + l, fmt.Sprintf("%c%s%d@%s", f[0]+32, strings.ToLower(l), i, synthOrgs[rng.IntN(len(synthOrgs))])})
	}
	at := time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC)
	for i := 1; i <= n; i++ {
		at = at.Add(time.Duration(20+rng.IntN(260)) * time.Minute)
		p := posters[int(float64(len(posters))*rng.Float64()*rng.Float64())] // some post often
		subject := synthTopics[rng.IntN(len(synthTopics))]
		if rng.IntN(3) > 0 {
			subject = "Re: " + subject
		}
		var body strings.Builder
		for k := 0; k < 1+rng.IntN(4); k++ {
			body.WriteString(synthSays[rng.IntN(len(synthSays))] + "\n")
			if rng.IntN(2) == 0 {
				if l := synthLinks[rng.IntN(len(synthLinks))]; strings.Contains(l, "%s") {
					fmt.Fprintf(&body, l+"\n", synthSites[rng.IntN(len(synthSites))], rng.IntN(500))
				} else {
					fmt.Fprintf(&body, l+"\n", 2+rng.IntN(250))
				}
			}
		}
		body.WriteString("\n" + strings.Fields(p.name)[0] + "\n")
		from, to, rcpt := p.name+" <"+p.addr+">", synthList, "jdoe@corp.example"
		if asList {
			subject = "[Radio-users] " + subject
			body.WriteString("_______________________________________________\nRadio-users mailing list -- " + synthList + "\nTo unsubscribe send an email to radio-users-leave@lists.sdr.example\n")
			if strings.HasSuffix(p.addr, "@yahoo.com") || strings.HasSuffix(p.addr, "@outlook.com") {
				from = fmt.Sprintf("%q <%s>", p.name+" via Radio-users", synthList)
			}
		} else {
			to = rcpt
		}
		envFrom := from[strings.LastIndexByte(from, '<')+1 : len(from)-1]
		m := fmt.Sprintf("Return-Path: <%s>\r\nDelivered-To: %s\r\nFrom: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <p%d@lists.sdr.example>\r\n\r\n%s",
			envFrom, rcpt, from, to, subject, at.Format(time.RFC1123Z), i, strings.ReplaceAll(body.String(), "\n", "\r\n"))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%06d.eml", i)), []byte(m), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "stream.json"), []byte(fmt.Sprintf(`{"first_test_file":"%06d.eml"}`, n*6/10+1)), 0o644)
}
