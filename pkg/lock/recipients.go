package lock

import (
	"fmt"
	"strconv"
)

// ListRecipients is how many recipients each item of a list answer
// (GET /api/locks, /api/verdicts, /api/quarantine) names at most, unless
// ?recipients=all (or a number) asks otherwise: the locks of one message
// to 10,000 readers would each print all 10,000 (250 KB a lock), and so
// would each verdict and held message of it. recipients_total counts
// them all; one item's answer (GET /api/locks/<id>,
// /api/quarantine/<queue-id>, a release, a relock) names every
// recipient.
const ListRecipients = 100

// MaxAnswerRecipients is how many recipients one list answer names in
// all, whatever ?recipients= and ?limit= ask (about 2.5 MB of
// addresses): limit=10000 items of a message to 10,000 readers would
// otherwise name 100 million (ListRecipients each: 1 million). Items
// past it name none, or only the filter's recipient;
// recipients_total still counts them all.
const MaxAnswerRecipients = 100_000

// RecipientsParam is the query parameter of the list answers that sets
// how many recipients each item names: "all", or a number (0: none,
// recipients_total only). Without it, ListRecipients.
const RecipientsParam = "recipients"

// LockView is a lock as the admin API answers it: the record, and
// RecipientsTotal, the number of its message's recipients, of which
// Recipients may name only some (ListRecipients in a list).
type LockView struct {
	Record
	RecipientsTotal int `json:"recipients_total"`
}

// VerdictView is a verdict as GET /api/verdicts answers it, with the
// number of its message's recipients, as LockView.
type VerdictView struct {
	VerdictRecord
	RecipientsTotal int `json:"recipients_total"`
}

// QuarantineView is a held message as the admin API answers it: the
// note, how to release it by hand, and the number of its recipients, as
// LockView.
type QuarantineView struct {
	QuarantineRecord
	Instructions    string `json:"release_instructions"`
	RecipientsTotal int    `json:"recipients_total"`
}

// rcptNamer chooses the recipients each item of one answer names: at
// most max of them (all when max < 0), the recipient the filter names
// (want) among them, and no more than budget over the whole answer.
type rcptNamer struct {
	max    int
	want   string
	budget int
}

// unbounded names at most max recipients of each item (all when
// max < 0), with no filter and no budget: one item's answer.
func unbounded(max int) *rcptNamer { return &rcptNamer{max: max, budget: -1} }

func newRcptNamer(max int, want string) *rcptNamer {
	return &rcptNamer{max: max, want: want, budget: MaxAnswerRecipients}
}

// name returns the recipients an item of the list as names.
func (n *rcptNamer) name(as []string) []string {
	k := n.count(len(as))
	if k == len(as) {
		return as
	}
	return firstWith(as, k, n.want)
}

// count is how many of an item's total recipients it names, taken from
// the answer's budget.
func (n *rcptNamer) count(total int) int {
	k := total
	if n.max >= 0 {
		k = min(k, n.max)
	}
	if n.budget >= 0 {
		floor := 0
		if n.want != "" {
			floor = min(k, 1) // the filter's recipient, even past the budget
		}
		k = max(min(k, n.budget), floor)
		n.budget = max(0, n.budget-k)
	}
	return k
}

// nameStored is name for an item whose recipients are read as stored:
// it decodes only the first ones it names, plus, when the filter's
// address is past them, that address (rs.stored, noted by
// storedRcpts.find for a verdict; without it, a quarantine note, it reads
// them all).
func (n *rcptNamer) nameStored(rs storedRcpts) ([]string, error) {
	if rs.array == nil {
		return n.name(rs.list), nil
	}
	k := n.count(rs.total)
	first, err := rs.first(k)
	if err != nil || k == rs.total || n.want == "" || k == 0 || containsFold(first, n.want) {
		return first, err
	}
	if rs.stored == "" {
		all, err := rs.first(rs.total)
		if err != nil {
			return nil, err
		}
		return firstWith(all, k, n.want), nil
	}
	return append([]string{rs.stored}, first[:k-1]...), nil
}

// firstWith returns the first k of as, or, when want (in any case) is
// one of as but not of those, its entry and the first k-1 others: a
// lock found by its 9,999th reader names that reader first.
func firstWith(as []string, k int, want string) []string {
	out := make([]string, 0, k)
	if k > 0 && want != "" && !containsFold(as[:k], want) {
		for _, a := range as[k:] {
			if equalFold(a, want) {
				out = append(out, a)
				k--
				break
			}
		}
	}
	return append(out, as[:k]...)
}

// lock is r's answer. A list of one (an older record's single
// Recipient) stays in Recipient, as stored.
func (n *rcptNamer) lock(r Record) LockView {
	v := LockView{Record: r, RecipientsTotal: len(r.AllRecipients())}
	if len(v.Recipients) > 0 {
		v.Recipients = n.name(v.Recipients)
	}
	return v
}

// verdict is v's answer; rs are its recipients as read (v holds none
// of them, or all).
func (n *rcptNamer) verdict(v VerdictRecord, rs storedRcpts) (VerdictView, error) {
	out := VerdictView{VerdictRecord: v, RecipientsTotal: rs.total}
	var err error
	if rs.total > 0 {
		out.Recipients, err = n.nameStored(rs)
	}
	return out, err
}

// quarantine is q's answer, as verdict.
func (n *rcptNamer) quarantine(q QuarantineRecord, rs storedRcpts) (QuarantineView, error) {
	out := QuarantineView{QuarantineRecord: q, Instructions: ReleaseInstructions(q.QueueID), RecipientsTotal: rs.total}
	var err error
	if rs.total > 0 {
		out.Recipients, err = n.nameStored(rs)
	}
	return out, err
}

// quarantineAll is the answer of one held message, naming every recipient.
func quarantineAll(q QuarantineRecord) QuarantineView {
	v, _ := unbounded(-1).quarantine(q, allRcpts(q.Recipients))
	return v
}

// recipientsCap reads RecipientsParam: -1 for all.
func recipientsCap(q string) (int, error) {
	switch q {
	case "":
		return ListRecipients, nil
	case "all":
		return -1, nil
	}
	n, err := strconv.Atoi(q)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("lock: %s=%q: give all or a number of recipients (default %d)", RecipientsParam, q, ListRecipients)
	}
	return n, nil
}
