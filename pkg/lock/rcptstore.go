package lock

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// A verdict or quarantine note is stored as its JSON with the recipient
// count before and the recipient list after every other field:
//
//	{"time":...,"action":...,"recipients_total":10000,"recipients":["a@x",...]}
//
// so a list answer reads the other fields, the count and the first
// recipients it names (splitRcptsLast, storedRcpts.first), not a
// message's 10,000 addresses. It is still the record's JSON: a full
// decode (getJSON, an older milterd) reads every field and ignores
// recipients_total. A record without the count (written before, or
// rewritten by an older milterd) is decoded in full, as before.

// rcptsTotalKey marks the layout: a marshalled string escapes every
// quote, so `,"` can start only a key of the record itself.
var (
	rcptsTotalKey = []byte(`,"recipients_total":`)
	rcptsListKey  = []byte(`,"recipients":`)
)

// encodeRcptsLast is the stored form of rec, whose own recipients field
// must be empty (omitted), followed by the count and list of rcpts.
func encodeRcptsLast(rec any, rcpts []string) ([]byte, error) {
	raw, err := json.Marshal(rec)
	if err != nil {
		return nil, fmt.Errorf("lock: encode: %w", err)
	}
	if len(rcpts) == 0 {
		return raw, nil
	}
	list, err := json.Marshal(rcpts)
	if err != nil {
		return nil, fmt.Errorf("lock: encode: %w", err)
	}
	if len(raw) < 2 || raw[0] != '{' || raw[len(raw)-1] != '}' {
		return nil, fmt.Errorf("lock: encode: %T is no JSON object", rec)
	}
	out := make([]byte, 0, len(raw)+len(list)+40)
	out = append(out, raw[:len(raw)-1]...)
	if len(raw) == 2 { // "{}": no field before the count
		out = append(out, rcptsTotalKey[1:]...)
	} else {
		out = append(out, rcptsTotalKey...)
	}
	out = strconv.AppendInt(out, int64(len(rcpts)), 10)
	out = append(out, rcptsListKey...)
	out = append(out, list...)
	return append(out, '}'), nil
}

// splitRcptsLast finds the layout of encodeRcptsLast in raw: head is the
// record without its recipients (a JSON object), total their count,
// list the stored array and what follows it. ok false: raw is some
// other JSON (an older record), to be decoded in full.
func splitRcptsLast(raw []byte) (head []byte, total int, list []byte, ok bool) {
	i := bytes.Index(raw, rcptsTotalKey)
	if i < 0 {
		return nil, 0, nil, false
	}
	rest := raw[i+len(rcptsTotalKey):]
	n := 0
	for n < len(rest) && n < 10 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	total, err := strconv.Atoi(string(rest[:n]))
	if err != nil || total <= 0 || !bytes.HasPrefix(rest[n:], rcptsListKey) {
		return nil, 0, nil, false
	}
	head = make([]byte, 0, i+1)
	head = append(append(head, raw[:i]...), '}')
	return head, total, rest[n+len(rcptsListKey):], true
}

// storedRcpts is an item's recipients as a list read them: all of them
// (list; array nil), or their count and the stored array, of which it
// decodes only the first ones asked for. stored is the list filter's
// address as the item stores it, when find found it ("" otherwise).
type storedRcpts struct {
	list   []string
	array  []byte
	total  int
	stored string
}

func allRcpts(list []string) storedRcpts { return storedRcpts{list: list, total: len(list)} }

// first returns the first k (at most total) recipients.
func (r storedRcpts) first(k int) ([]string, error) {
	k = max(0, min(k, r.total))
	if r.array == nil {
		return r.list[:k:k], nil
	}
	if k == 0 {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(r.array))
	if k == r.total { // all of them: one decode of the array, not one a string
		var all []string
		if err := dec.Decode(&all); err != nil || len(all) != r.total {
			return nil, fmt.Errorf("lock: decode recipients: %d stored, %d counted (%v)", len(all), r.total, err)
		}
		return all, nil
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, fmt.Errorf("lock: decode recipients: no array (%v)", err)
	}
	out := make([]string, 0, min(k, 1024)) // total is as stored: not a size to trust
	for len(out) < k && dec.More() {
		var s string
		if err := dec.Decode(&s); err != nil {
			return nil, fmt.Errorf("lock: decode recipients: %w", err)
		}
		out = append(out, s)
	}
	if len(out) < k {
		return nil, fmt.Errorf("lock: decode recipients: %d stored, %d counted", len(out), r.total)
	}
	return out, nil
}

// find reports whether want (in any case) is one of the recipients and
// notes its first spelling in stored. It decodes the stored array only
// up to that entry; an array that ends short of the count is an error,
// as in first.
func (r *storedRcpts) find(want string) (bool, error) {
	if r.array == nil {
		for _, a := range r.list {
			if equalFold(a, want) {
				r.stored = a
				return true, nil
			}
		}
		return false, nil
	}
	dec := json.NewDecoder(bytes.NewReader(r.array))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return false, fmt.Errorf("lock: decode recipients: no array (%v)", err)
	}
	n := 0
	for ; dec.More(); n++ {
		if n == r.total { // more stored than counted: the record lies
			return false, fmt.Errorf("lock: decode recipients: more stored than the %d counted", r.total)
		}
		var a string
		if err := dec.Decode(&a); err != nil {
			return false, fmt.Errorf("lock: decode recipients: %w", err)
		}
		if equalFold(a, want) {
			r.stored = a
			return true, nil
		}
	}
	if n != r.total {
		return false, fmt.Errorf("lock: decode recipients: %d stored, %d counted", n, r.total)
	}
	return false, nil
}

// decodeRcptsLast decodes raw into rec (whose recipients field stays
// empty for a record stored by encodeRcptsLast) and returns its
// recipients: the list rec got from an older record (get picks it out),
// or the count and stored array of a newer one.
func decodeRcptsLast[R any](raw []byte, rec *R, get func(*R) []string) (storedRcpts, error) {
	if head, total, list, ok := splitRcptsLast(raw); ok {
		var r R
		if err := json.Unmarshal(head, &r); err == nil && len(get(&r)) == 0 {
			*rec = r
			return storedRcpts{array: list, total: total}, nil
		}
	}
	if err := getJSONBytes(raw, rec); err != nil {
		return storedRcpts{}, err
	}
	return allRcpts(get(rec)), nil
}

func verdictRcpts(v *VerdictRecord) []string       { return v.Recipients }
func quarantineRcpts(q *QuarantineRecord) []string { return q.Recipients }

// encodeVerdict and encodeQuarantine are the stored forms of v and q.
func encodeVerdict(v VerdictRecord) ([]byte, error) {
	rcpts := v.Recipients
	v.Recipients = nil
	return encodeRcptsLast(v, rcpts)
}

func encodeQuarantine(q QuarantineRecord) ([]byte, error) {
	rcpts := q.Recipients
	q.Recipients = nil
	return encodeRcptsLast(q, rcpts)
}
