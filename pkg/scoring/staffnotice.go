package scoring

import "strings"

// Pay and benefits lures for an organisation's staff: "HR Department",
// "Payroll" or "Benefits Team" writes about "your 2026 salary adjustment",
// "open enrollment" or "your W-2 is ready" from a domain of the lure's own
// and links a page nobody here has been sent. A real HR, payroll or
// benefits notice comes from our own domains, from the service the
// organisation uses (whose notices linked its portal here before), or
// under our name (org_in_name's when a stranger takes it).

// staffRoleWords are the names an employer's pay and people offices sign
// with; staffFillers may stand beside them ("HR Department", "Payroll
// Services", "People Team").
var (
	staffRoleWords = map[string]bool{"hr": true, "human": true, "resources": true, "payroll": true, "benefits": true,
		"people": true, "personnel": true, "compensation": true, "pay": true}
	staffFillers = map[string]bool{"team": true, "department": true, "dept": true, "office": true, "services": true,
		"service": true, "center": true, "centre": true, "desk": true, "admin": true, "administration": true,
		"operations": true, "ops": true, "and": true, "the": true, "of": true, "your": true}
)

// staffTopics are how such a notice names the reader's pay or benefits.
var staffTopics = []string{"salary", "payroll", "payslip", "pay slip", "pay stub", "paystub", "paycheck", "pay cheque",
	"w-2", "w2", "open enrollment", "open enrolment", "benefits enrollment", "benefit enrollment", "bonus",
	"direct deposit", "compensation", "pay increase", "pay raise", "pay rise", "pay adjustment", "401(k)", "401k", "pension"}

// staffLoneWords are the staffRoleWords that name an office alone
// ("Payroll", "HR"); the others ("People", "Human", "Pay") are also a
// magazine's, a shop's or anyone's name and need another office word
// ("People Team", "Human Resources").
var staffLoneWords = map[string]bool{"hr": true, "payroll": true, "benefits": true}

// staffName: the display name is made only of an employer's pay or
// people office's words ("HR Department", "Payroll", "Human Resources",
// "Benefits Team"), at least one of them staffRoleWords', more than one
// unless it is staffLoneWords' (a magazine's "PEOPLE" is no office).
func staffName(name string) bool {
	var buf [32]byte
	role, words, lone := false, 0, false
	for i := 0; i < len(name); {
		for i < len(name) && !isWordByte(name[i]) {
			i++ // a separator, as is any byte of a non-ASCII letter or dash
		}
		w := buf[:0]
		for ; i < len(name) && isWordByte(name[i]); i++ {
			if len(w) == len(buf) {
				return false // no office word is that long
			}
			w = append(w, lower(name[i]))
		}
		if len(w) == 0 {
			continue
		}
		words++
		lone = staffLoneWords[string(w)]
		switch {
		case staffRoleWords[string(w)]:
			role = true
		case !staffFillers[string(w)]:
			return false
		}
	}
	return role && (words > 1 || lone)
}

// staffNotice: a sender nobody here has written to names itself only as
// an employer's HR, payroll or benefits office (staffName), its subject,
// the link's text or the words around it speak of the reader's pay or
// benefits (staffTopics, whole words), and the link leads to a domain
// nobody here has ever been sent, not the sender's own site, as
// systemNotice reads it. Not from our own domains (a forged colleague is
// unauthenticated_internal's) or a shipped brand's, not to a shipped
// brand's domain or a brand family's host, not in list mail.
func (m *message) staffNotice(b *linkBase) (evid, bool) {
	l := b.l
	if !m.isStaffName() || m.in.List || !m.strangerToNewPlace(b) {
		return evid{}, false
	}
	for _, s := range [...]string{m.in.Subject, l.Display, l.Context} {
		if t, ok := staffTopic(strings.ToLower(s)); ok {
			return evid{code: CodeStaffNotice, w: m.p.Weights.StaffNotice, cls: classIntent, a: t, b: l.Domain}, true
		}
	}
	return evid{}, false
}

// isStaffName is staffName for the message's display name, read once.
func (m *message) isStaffName() bool {
	if m.staffName == 0 {
		m.staffName = 2
		if m.in.FromName != "" && staffName(m.in.FromName) {
			m.staffName = 1
		}
	}
	return m.staffName == 1
}

// staffTopic returns the first staffTopics phrase standing as whole words
// in the lowercase text s.
func staffTopic(s string) (string, bool) { return firstPhrase([]byte(s), staffTopics) }
