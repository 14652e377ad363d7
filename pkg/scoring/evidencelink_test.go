package scoring

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
)

// evidenceInput: noticeInput with the message's opening.
func evidenceInput(from, subject, lead, display, context string) Input {
	in := noticeInput(from, subject, display, context)
	in.Lead = lead
	return in
}

// A stranger's complaint offering its photos or evidence behind a link to
// a domain new here is a lure: its link is locked above warn. Photos
// without a grievance, a grievance without photos, a grievance only in the
// words around the link (an advertisement's), a footer's copyright, a
// correspondent, a domain linked here before, the sender's own site and
// list mail are not.
func TestEvidenceLink(t *testing.T) {
	p := testPolicy()
	const guest = "laura.bennett88@gmail.com"
	const damage = "I stayed with you last week and was charged for damage that was already in the room. Refund it, otherwise I will report it to Booking.com."
	for _, tc := range []struct {
		name   string
		in     func() Input
		fires  bool
		warnOK bool // fires, but the domain's history leaves the score under a lock above warn
	}{
		{"a guest charged for damage, photos on a file host", func() Input {
			return evidenceInput(guest, "Question about my reservation", damage, "https://listen.vmportal-play.example/msg?id=1",
				"I took photos when we checked in, please look at them here:")
		}, true, false},
		{"a complaint in the subject, the photos in the link's text", func() Input {
			return evidenceInput("support@partner-help.example", "Guest complaint about your property", "Please respond within 24 hours.", "View the complaint and photos", "")
		}, true, false},
		{"a copyright claim with its evidence", func() Input {
			return evidenceInput("mia.photography@gmail.com", "Copyright infringement notice", "Our images are used on your website without permission. Remove them or we will take legal action.",
				"evidence", "You can see the evidence here:")
		}, true, false},
		{"bed bugs, a video", func() Input {
			return evidenceInput(guest, "bed bugs in room 12", "We found bed bugs in our room last night. I will leave a bad review.", "video", "Here is the video:")
		}, true, false},
		{"a guest's words through a platform's relay, a brand's own domain", func() Input {
			return evidenceInput("dweber.448812@guest.booking.com", "We received this message from Daniel Weber", "We received this message from Daniel Weber. "+damage,
				"https://www.mediafire.example/file/q8m2/room_photos.zip", "I took photos at check-in, you can see them here:")
		}, true, false},
		{"the relay, its domain answered before (other guests' addresses)", func() Input {
			in := evidenceInput("dweber.448812@guest.booking.com", "We received this message from Daniel Weber", damage,
				"https://www.mediafire.example/file/q8m2/room_photos.zip", "I took photos at check-in, you can see them here:")
			in.History.SenderDomain = withOutbound(est())
			return in
		}, true, true},
		{"a company's domain answered before", func() Input {
			in := evidenceInput("claims@coastline-insure.example", "Your guest's complaint", damage, "photos", "I took photos at check-in, you can see them here:")
			in.History.SenderDomain = withOutbound(est())
			return in
		}, false, false},
		{"a customer's broken jar, photos, asking for a replacement", func() Input {
			return evidenceInput("carla.duarte77@gmail.com", "damaged candle - photos", "my order #44120 arrived today but the jar was broken.",
				"https://photos.app.goo.gl/Qm3xT9vLpK2aBc7d8", "Photos here: Could you send a replacement?")
		}, false, false},
		{"photos without a grievance", func() Input {
			return evidenceInput(guest, "thank you!", "We had a lovely stay, thanks again.", "photos", "Some photos of the harbour from our trip:")
		}, false, false},
		{"a grievance without photos", func() Input {
			return evidenceInput(guest, "complaint", damage, "my booking", "Here is my booking:")
		}, false, false},
		{"the grievance only in the words around the link", func() Input {
			return evidenceInput("deals@archive-offers.example", "Family archive offer", "", "Learn more", "Protect your photos from water damage and keep proof of ownership. Order within 48 hours, otherwise we will release your slot.")
		}, false, false},
		{"a contraction: I'll post it on TripAdvisor", func() Input {
			return evidenceInput(guest, "Question about my stay", "I was charged for damage that was already there. Refund it or I’ll post it on TripAdvisor.",
				"https://files.fresh-share.example/x", "I took photos at check-in, look at them here:")
		}, true, false},
		{"photographs, otherwise, I'll report", func() Input {
			return evidenceInput(guest, "Question about my stay", "I was charged for damage that was already there. Refund it. Otherwise, I'll report it to Booking.com.",
				"https://files.fresh-share.example/x", "I took photographs at check-in, see them here:")
		}, true, false},
		{"a scratched table, refund within 24 hours", func() Input {
			return evidenceInput(guest, "Charge on my card", "You charged me 300 EUR for a scratched table that was like that when we arrived. Refund within 24 hours.",
				"https://files.fresh-share.example/x", "The photos are here:")
		}, true, false},
		{"a deadline: within 24h", func() Input {
			return evidenceInput(guest, "Damage charge", "I was charged for damage that was already there. Answer within 24h.", "https://files.fresh-share.example/x", "Photos are here:")
		}, true, false},
		{"a deadline: within two days", func() Input {
			return evidenceInput(guest, "Damage charge", "I was charged for damage that was already there. Answer within two business days.", "https://files.fresh-share.example/x", "Photos are here:")
		}, true, false},
		{"a deadline: by tomorrow", func() Input {
			return evidenceInput(guest, "Damage charge", "I was charged for damage that was already there. Refund it by tomorrow.", "https://files.fresh-share.example/x", "Photos are here:")
		}, true, false},
		{"the album, otherwise I will report it", func() Input {
			return evidenceInput(guest, "Damage charge", "I was charged for damage that was already there. Otherwise I will report it.", "https://files.fresh-share.example/x", "I uploaded the album here:")
		}, true, false},
		{"urgent next to a demand: refund it immediately", func() Input {
			return evidenceInput(guest, "Damage charge", "I was charged for damage that was already there. Refund it immediately.", "https://files.fresh-share.example/x", "Photos are here:")
		}, true, false},
		{"a threat to sue", func() Input {
			return evidenceInput(guest, "Damage charge", "I was charged for damage that was already there. I'm going to sue you.", "https://files.fresh-share.example/x", "Photos are here:")
		}, true, false},
		{"Sue signs her complaint", func() Input {
			return evidenceInput("sue.harper@fastmail.example", "Complaint about room 12", "Hi, this is Sue from room 12. The carpet was stained when we arrived; we'd like a partial refund please.",
				"https://photos.sue-harper.example/album/3", "I put photos on my site:")
		}, false, false},
		{"an otherwise happy guest", func() Input {
			return evidenceInput(guest, "Small complaint", "The shower was dirty when we arrived, otherwise the stay was lovely! Could you pass it on to housekeeping?",
				"https://www.flickr.example/photos/x", "Photos here:")
		}, false, false},
		{"a tenant's urgent leak", func() Input {
			return evidenceInput("m.ortiz.unit4b@outlook.com", "Urgent: water damage in 4B", "The ceiling in my bathroom is leaking and there is water damage on the floor. Please send someone.",
				"https://tenant-photos.example/abc", "Photos here:")
		}, false, false},
		{"a roofer's damage report, approve immediately", func() Input {
			return evidenceInput("dispatch@riverside-roofing.example", "Storm damage assessment - 14 Elm St",
				"Following the inspection, we found storm damage on the north slope. Please approve the repair immediately so we can schedule.",
				"https://app.companycam.example/p/77", "View the inspection photos")
		}, false, false},
		{"a quoted word is no contraction", func() Input {
			return evidenceInput(guest, "Small complaint", "The room was 'dirty' by their standard, we'll come back anyway.", "https://www.flickr.example/photos/x", "Photos here:")
		}, false, false},
		{"a footer's copyright", func() Input {
			return evidenceInput("deals@archive-offers.example", "4 DVDs for $49", "Copyright 2026 Archive Offers.", "videos", "See our videos")
		}, false, false},
		{"someone here wrote to the sender", func() Input {
			in := evidenceInput(guest, "Question about my reservation", damage, "photos", "I took photos, look at them here:")
			in.History.Sender = withOutbound(est())
			return in
		}, false, false},
		{"list mail", func() Input {
			in := evidenceInput(guest, "Guest complaint", damage, "photos", "I took photos, look at them here:")
			in.List = true
			return in
		}, false, false},
	} {
		v := Score(p, tc.in())
		if got := hasReason(v.Links[0].Reasons, CodeEvidenceLink); got != tc.fires {
			t.Errorf("%s: evidence_link %v, want %v (%v)", tc.name, got, tc.fires, codesOf(v))
		}
		if tc.fires && !tc.warnOK && (!v.Links[0].Lock || v.Level == LevelWarn) {
			t.Errorf("%s: lock %v level %s, want a lock above warn (score %.2f)", tc.name, v.Links[0].Lock, v.Level, v.Links[0].Score)
		}
	}
}

// The sender's own site and a domain linked here before: no evidence_link.
func TestEvidenceLinkContext(t *testing.T) {
	p := testPolicy()
	base := func() Input {
		return evidenceInput("laura.bennett88@gmail.com", "Question about my reservation", "I was charged for damage, refund it or I will report it.", "photos", "look at the photos here:")
	}
	if v := Score(p, base()); !hasReason(v.Links[0].Reasons, CodeEvidenceLink) {
		t.Fatalf("the stranger's complaint itself: no evidence_link (%v)", codesOf(v))
	}
	own := base()
	own.FromAddr, own.MailFrom = "claims@vmportal-play.example", "claims@vmportal-play.example"
	seen := base()
	seen.History.Domains = map[string]Stat{"vmportal-play.example": {FirstSeen: now.AddDate(0, 0, -3), LastSeen: now.AddDate(0, 0, -3), Messages: 1, Days: 1, Senders: 1}}
	for name, in := range map[string]Input{"the sender's own site": own, "a domain linked here before": seen} {
		if v := Score(p, in); hasReason(v.Links[0].Reasons, CodeEvidenceLink) {
			t.Errorf("%s: evidence_link fired (%v)", name, codesOf(v))
		}
	}
}

// A stranger's complaint presses in more words than a list holds ("I'll be
// reporting you", "within the next 24 hours", "otherwise I'm
// contacting"), and a guest's or a tenant's plain complaint holds words a
// threat's list would read ("come by tomorrow", "within a few days",
// "within two hours of check-in", "I'll post it back").
func TestEvidenceLinkPressing(t *testing.T) {
	p := testPolicy()
	const guest = "laura.bennett88@gmail.com"
	const host = "https://files.fresh-share.example/x"
	const damage = "I was charged for damage that was already there. "
	lure := func(press string) Input {
		return evidenceInput(guest, "Damage charge", damage+press, host, "Photos are here:")
	}
	const tenant = "m.ortiz.unit4b@outlook.com"
	const album = "https://tenant-photos.example/abc"
	for _, tc := range []struct {
		name  string
		in    Input
		fires bool
	}{
		{"otherwise, I'm contacting", lure("Refund it, otherwise I'm contacting Booking.com."), true},
		{"I'll be reporting you", lure("Refund it or I'll be reporting you to Booking.com."), true},
		{"I'm going to post these online", lure("Refund it or I'm going to post these online."), true},
		{"a 1-star review", lure("Refund it or I'll leave a 1-star review."), true},
		{"you have 24 hours", lure("You have 24 hours to refund it."), true},
		{"within the next 24 hours", lure("Refund it within the next 24 hours."), true},
		{"I'll be suing", lure("Refund it or I'll be suing."), true},
		{"as soon as possible", lure("Refund it as soon as possible or my bank will handle it."), true},
		{"post pictures of this on a site", lure("I will post pictures of this on TripAdvisor."), true},
		{"post the photos of the room on a site", lure("I will post the photos of the room on Google."), true},
		{"post my experience on every site", lure("I will post my experience on every review site."), true},
		{"reimburse me within 48 hours", lure("Reimburse me within 48 hours."), true},
		{"resolved within 24 hours", lure("I expect this resolved within 24 hours."), true},
		{"contact me by tomorrow", lure("Contact me by tomorrow."), true},
		{"a payment subject, an urgent visit", evidenceInput(tenant, "Payment for the repair",
			"The water damage in unit 4B is worse. Urgent: the plumber needs access today.", album, "Photos here:"), false},
		{"a reply subject, a claim filed immediately", evidenceInput(tenant, "Reply: damaged parcel",
			"The parcel arrived damaged, the courier says to file the claim immediately.", album, "Photos here:"), false},
		{"an insurer's 30 days to respond", evidenceInput(tenant, "Your claim for the water damage",
			"We reviewed the photos of the water damage. You have 30 days to respond with any further receipts.", album, "Photos here:"), false},
		{"urgent, a refund in the subject", evidenceInput(guest, "Refund for the damage charge", damage+"This is urgent.", host, "Photos are here:"), true},
		{"a tenant asks someone to come by tomorrow", evidenceInput(tenant, "Mould in the bathroom, flat 4B",
			"There is mould on the bathroom ceiling again. Could someone come by tomorrow to look at it?", album, "Photos here:"), false},
		{"a tenant's mould came back within a few days", evidenceInput(tenant, "Mould in the bathroom, flat 4B",
			"I cleaned the mould but it came back within a few days. Could you send someone to look at the extractor fan?", album, "Photos here:"), false},
		{"within two hours of check-in", evidenceInput(guest, "Bed bugs in room 12",
			"Within two hours of check-in we found bed bugs on the mattress. We would like to be moved to another room.", host, "Photos here:"), false},
		{"a customer will post the vase back", evidenceInput("carla.duarte77@gmail.com", "Order 44120 arrived damaged",
			"The vase in order 44120 arrived damaged. I'll post it back tomorrow if you send me a returns label.", host, "Photos here:"), false},
		{"a guest will post the key back", evidenceInput(guest, "Scratched car in your car park",
			"My car was scratched in your car park on Saturday. Also, I still have the room key, I will post it back this week.", host, "Photos here:"), false},
	} {
		v := Score(p, tc.in)
		if got := hasReason(v.Links[0].Reasons, CodeEvidenceLink); got != tc.fires {
			t.Errorf("%s: evidence_link %v, want %v (level %s, score %.2f, %v)", tc.name, got, tc.fires, v.Level, v.Links[0].Score, codesOf(v))
		} else if got && (!v.Links[0].Lock || v.Level == LevelWarn) {
			t.Errorf("%s: lock %v level %s, want a lock above warn (score %.2f)", tc.name, v.Links[0].Lock, v.Level, v.Links[0].Score)
		}
	}
}

// TestEvidenceReaders: expanded reads contractions as words and leaves
// quoted words alone; evidenceDeadline reads a deadline's shape;
// evidenceUrgentDemand counts "immediately" or "urgent" only next to a
// demand in the same sentence.
func TestEvidenceReaders(t *testing.T) {
	var n noticeScan
	for _, tc := range []struct{ in, want string }{
		{"I'll post it", "i will post it"},
		{"We won\u2019t wait, I CAN'T, you didn't", "we will not wait, i cannot, you did not"},
		{"I'm going to sue, we're done, I've had it, I'd report", "i am going to sue, we are done, i have had it, i would report"},
		{"the 'dirty' room, guests' photos, rock 'n' roll", "the 'dirty' room, guests' photos, rock 'n' roll"},
		{"o'clock '", "o'clock '"},
	} {
		if got := string(n.expanded(tc.in)); got != tc.want {
			t.Errorf("expanded(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		s        string
		deadline bool
	}{
		{"respond within 24 hours", true}, {"reply within 24h.", true}, {"pay within 48 hrs", true}, {"refund within 3 business days", true},
		{"answer within twenty-four hours", true}, {"refund within 2days", true}, {"refund it by tomorrow.", true}, {"pay by end of day", true},
		{"reply within eight hours", true}, {"reply within nine days", true}, {"reply within eleven days", true},
		{"reply within fourteen days", true}, {"reply within thirty days", true}, {"reply within a day", true}, {"reply within 1 week", true},
		{"refund it within the next 24 hours", true}, {"remove them within the next day", true}, {"you have 24 hours to refund it", true},
		{"you have two hours to reply", true}, {"you have seventy-two hours to pay", true},
		// "you have" days is an insurer's or a supplier's term
		{"you have 30 days to respond with any further receipts", false}, {"you have 14 days to pay the attached invoice", false},
		{"within the building", false}, {"within 24 metres", false}, {"within 10 minutes walk", false}, {"refund it by tomorrowland", false},
		{"within", false}, {"within 24", false}, {"within tenh", false},
		// a deadline without a demand in its sentence, a narration, a visit
		{"within 24h.", false}, {"by end of day", false}, {"refund it. we leave within two days", false},
		{"it came back within a few days, please reply", false}, {"within two hours of check-in we found them, refund it", false},
		{"could you come by tomorrow to look at it and reply", false}, {"please pop by tomorrow and pay the plumber", false},
		{"you have 24 photos, reply", false}, {"reply within the next few days", false},
	} {
		if got := evidenceDeadline([]byte(tc.s)); got != tc.deadline {
			t.Errorf("evidenceDeadline(%q) = %v, want %v", tc.s, got, tc.deadline)
		}
	}
	for _, tc := range []struct {
		s      string
		demand bool
	}{
		{"refund it immediately", true}, {"urgent: remove our photos", true}, {"please respond urgently", true},
		{"approve the repair immediately so we can schedule", false}, {"urgent: water damage in 4b", false},
		{"i want a refund. immediately after we arrived the shower broke", false}, {"urgently", false},
		{"refund it as soon as possible or my bank will handle it", true}, {"as soon as possible", false},
	} {
		if got := evidenceUrgentDemand([]byte(tc.s), false); got != tc.demand {
			t.Errorf("evidenceUrgentDemand(%q) = %v, want %v", tc.s, got, tc.demand)
		}
	}
	if !evidenceUrgentDemand([]byte("this is urgent."), true) || evidenceUrgentDemand([]byte("this is an urgency."), true) {
		t.Errorf("evidenceUrgentDemand: an urgent word with a demand in the subject")
	}
	for _, tc := range []struct {
		s      string
		threat bool
	}{
		{"refund it, otherwise i am contacting booking.com", true}, {"otherwise, i will report it", true},
		{"otherwise my lawyer will", true}, {"otherwise, as i said", true}, {"otherwise as you know we", false},
		{"otherwise the stay was lovely", false}, {"otherwise the stay was lovely and we", false},
		{"otherwise. i", false}, {"otherwisei", false}, {"otherwise", false},
	} {
		if got := evidenceOtherwise([]byte(tc.s)); got != tc.threat {
			t.Errorf("evidenceOtherwise(%q) = %v, want %v", tc.s, got, tc.threat)
		}
	}
	for _, tc := range []struct {
		s      string
		threat bool
	}{
		{"i will post it on tripadvisor", true}, {"i am going to post these online", true}, {"we will post the photos publicly", true},
		{"i will post them to reddit.com", true}, {"i will post online", true},
		{"i will post it back tomorrow", false}, {"i will post it back this week", false}, {"i will post it on monday", false},
		{"i will post it on the 3rd", false}, {"i will post the key to you", false}, {"i will post them to.", false}, {"will post", false},
	} {
		if got := evidencePost([]byte(tc.s)); got != tc.threat {
			t.Errorf("evidencePost(%q) = %v, want %v", tc.s, got, tc.threat)
		}
	}
}

// FuzzEvidenceReaders: expanded, evidenceDeadline and evidenceUrgentDemand
// take any text; expanded holds no upper-case ASCII letter and leaves a
// text without apostrophes as long as it was.
func FuzzEvidenceReaders(f *testing.F) {
	f.Add("I'll post it within 24h, won\u2019t I? Refund it immediately.")
	f.Add("within ")
	f.Add("'\xe2\x80\x99n't can't")
	f.Fuzz(func(t *testing.T, s string) {
		var n noticeScan
		e := n.expanded(s)
		if bytes.ContainsAny(e, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Fatalf("expanded(%q) = %q holds capitals", s, e)
		}
		if !strings.Contains(s, "'") && !strings.Contains(s, "\u2019") && len(e) != len(s) {
			t.Fatalf("expanded(%q) = %q changed length", s, e)
		}
		evidenceDeadline(e)
		evidenceUrgentDemand(e, false)
		evidenceOtherwise(e)
		evidencePost(e)
	})
}

// TestEvidenceLinkLinear: the evidence readers take time in proportion to
// the text, whatever its repeats.
func TestEvidenceLinkLinear(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	var n noticeScan
	for _, unit := range []string{
		"within " + strings.Repeat(" ", 50) + "1111 ",
		"within twenty four ",
		"within the next " + strings.Repeat(" ", 50) + "twenty ",
		"you have " + strings.Repeat(" ", 50) + "a ",
		"refund within 24 hours of ",
		"come by tomorrow ",
		"urgent refund urgent ",
		"a'll b'm c'n't won't can't ",
		"x'" + strings.Repeat("y", 100) + " ",
		"immediately" + strings.Repeat(" ", 31) + "pay ",
		"otherwise" + strings.Repeat(", ", 40) + "x ",
		"otherwise otherwise ",
		"will post it on " + strings.Repeat(" ", 40),
		"going to post to " + strings.Repeat("a", 60) + " ",
	} {
		small := strings.Repeat(unit, 2000)
		big := strings.Repeat(unit, 8000)
		read := func(s string) func() {
			return func() {
				e := n.expanded(s)
				evidenceDeadline(e)
				evidenceUrgentDemand(e, false)
				evidenceOtherwise(e)
				evidencePost(e)
				firstPhrase(e, evidenceThreats)
			}
		}
		lineartest.Check(t, fmt.Sprintf("evidence readers(%.20q x n)", unit), read(small), read(big))
	}
}
