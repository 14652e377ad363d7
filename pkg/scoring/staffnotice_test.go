package scoring

import "testing"

// staffInput: noticeInput with a display name.
func staffInput(name, from, subject, display, context string) Input {
	in := noticeInput(from, subject, display, context)
	in.FromName = name
	return in
}

// A stranger signing only as HR, payroll or benefits about the reader's
// pay, linking a domain new here, is a lure: its link is locked above
// warn. Another company's name beside the role, a message about something
// else, a correspondent, the sender's own site, our own domains and list
// mail are not.
func TestStaffNotice(t *testing.T) {
	p := testPolicy()
	const enroll = "Open enrollment for 2026 benefits closes this Friday. Review your elections now."
	for _, tc := range []struct {
		name  string
		in    func() Input
		fires bool
	}{
		{"HR Department: a salary adjustment", func() Input {
			return staffInput("HR Department", "hr@peoplehub-benefits.example", "Your 2026 salary adjustment", "Review adjustment", "Your 2026 salary adjustment letter is ready.")
		}, true},
		{"Benefits Team: open enrollment", func() Input {
			return staffInput("Benefits Team", "benefits@peoplehub-benefits.example", "Open enrollment ends Friday", "Review my benefits", enroll)
		}, true},
		{"Payroll: a W-2 in the subject only", func() Input {
			return staffInput("Payroll", "payroll@peoplehub-benefits.example", "Your W-2 is ready", "Open", "Access it through the employee portal.")
		}, true},
		{"Human Resources, name punctuated", func() Input {
			return staffInput("Human-Resources | Team", "hr@peoplehub-benefits.example", "Notice", "View", "Your direct deposit details need review.")
		}, true},
		{"another company's name beside the role", func() Input {
			return staffInput("Kestrel HR", "hr@kestrel.example", "Your salary survey results", "Results", "The 2026 salary survey is out.")
		}, false},
		{"a magazine named People", func() Input {
			return staffInput("PEOPLE", "newsletter@people-mag.example", "Bonus: the best-paid stars' salaries", "Read more", "Who earns the biggest salary on TV?")
		}, false},
		{"People Team: a bonus", func() Input {
			return staffInput("People Team", "people@peoplehub-benefits.example", "Your 2026 bonus letter", "Review", "Your bonus letter is ready.")
		}, true},
		{"not about pay", func() Input {
			return staffInput("HR Team", "hr@peoplehub-benefits.example", "Team lunch", "RSVP", "Join us for lunch on Friday.")
		}, false},
		{"a word that only contains a topic", func() Input {
			return staffInput("HR Team", "hr@peoplehub-benefits.example", "News", "Read", "Our bonuses are paid in kind: see the w2xyz catalogue.")
		}, false},
		{"a person's name", func() Input {
			return staffInput("Pat Payne", "pat@peoplehub-benefits.example", "Your salary adjustment", "Review", "Your salary adjustment is ready.")
		}, false},
		{"someone here wrote to the sender", func() Input {
			in := staffInput("Payroll", "payroll@peoplehub-benefits.example", "Your W-2 is ready", "Download W-2", "Your W-2 is ready.")
			in.History.Sender = withOutbound(est())
			return in
		}, false},
		{"our own domain", func() Input {
			return staffInput("Payroll", "payroll@corp.example", "Your W-2 is ready", "Download W-2", "Your W-2 is ready.")
		}, false},
		{"list mail", func() Input {
			in := staffInput("Benefits Team", "benefits@peoplehub-benefits.example", "Open enrollment ends Friday", "Review my benefits", enroll)
			in.List = true
			return in
		}, false},
	} {
		v := Score(p, tc.in())
		if got := hasReason(v.Links[0].Reasons, CodeStaffNotice); got != tc.fires {
			t.Errorf("%s: staff_notice %v, want %v (%v)", tc.name, got, tc.fires, codesOf(v))
		}
		if tc.fires && (!v.Links[0].Lock || v.Level == LevelWarn) {
			t.Errorf("%s: lock %v level %s, want a lock above warn (score %.2f)", tc.name, v.Links[0].Lock, v.Level, v.Links[0].Score)
		}
	}
}

// The sender's own site and a domain linked here before: no staff_notice.
func TestStaffNoticeContext(t *testing.T) {
	p := testPolicy()
	base := func() Input {
		return staffInput("Payroll Services", "payroll@peoplehub-benefits.example", "Your 2026 payslip", "View payslip", "Your payslip is ready.")
	}
	if v := Score(p, base()); !hasReason(v.Links[0].Reasons, CodeStaffNotice) {
		t.Fatalf("the stranger's notice itself: no staff_notice (%v)", codesOf(v))
	}
	own := base()
	own.Links[0] = web("https://portal.peoplehub-benefits.example/p", "portal.peoplehub-benefits.example", "peoplehub-benefits.example")
	own.Links[0].Display, own.Links[0].Context = "View payslip", "Your payslip is ready."
	seen := base()
	seen.History.Domains = map[string]Stat{"vmportal-play.example": {FirstSeen: now.AddDate(0, 0, -3), LastSeen: now.AddDate(0, 0, -3), Messages: 1, Days: 1, Senders: 1}}
	for name, in := range map[string]Input{"the sender's own site": own, "a domain linked here before": seen} {
		if v := Score(p, in); hasReason(v.Links[0].Reasons, CodeStaffNotice) {
			t.Errorf("%s: staff_notice fired (%v)", name, codesOf(v))
		}
	}
}

// staffName takes only names made of an office's words, in any case and
// with any separators, and none with a person's or a company's name.
func TestStaffName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"HR Department", true},
		{"PAYROLL", true},
		{"Human Resources – Benefits Team", true},
		{"The People Team", true},
		{"Team", false},
		{"HR", true},
		{"Benefits", true},
		{"People Team", true},
		{"PEOPLE", false},
		{"Human", false},
		{"Pay", false},
		{"Compensation", false},
		{"Jane from HR", false},
		{"Acme Payroll", false},
		{"Payroll Zentrale", false},
		{"", false},
		{"HR supercalifragilisticexpialidocious-department", false},
	} {
		if got := staffName(tc.name); got != tc.want {
			t.Errorf("staffName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
