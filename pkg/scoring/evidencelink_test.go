package scoring

import "testing"

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
			return evidenceInput("deals@archive-offers.example", "Family archive offer", "", "Learn more", "Protect your photos from water damage and keep proof of ownership.")
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
