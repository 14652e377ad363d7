package baseline

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// maxListed bounds the link lists Inspect returns.
const maxListed = 100

// Inspect describes one key for the admin API, merged with pending data.
// kind is sender, sender-domain, name, domain, host, recipient, pair (key
// "sender>recipient"), thread (a Message-ID: was that message learned?)
// or list (an address learned mail was written to in To or Cc: its stat
// names Senders organisations, its authors' registrable domains, and
// Recipients readers, listStatMap; list_sent, the learned posts it sent
// itself, Observation.ListSent). With HashKey set the address must be typed in full;
// listed partners show as hashes. The result is JSON-friendly.
func (s *Store) Inspect(kind, key string) (map[string]any, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := map[string]any{"kind": kind}
	err := s.db.View(func(tx *bolt.Tx) error {
		rd := s.newReader(tx, unixSecs(time.Now()))
		return rd.inspect(kind, key, out)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (rd *reader) inspect(kind, key string, out map[string]any) error {
	switch kind {
	case "sender":
		k := []byte(rd.s.keys.appendAddr(nil, normAddr(key)))
		out["key"], out["stat"] = normAddr(key), statMap(rd.stat(kSender, k))
		out["links"] = rd.listPrefix(kSLink, rd.s.keys.appendID(nil, string(k)))
	case "sender-domain":
		k := []byte(normHost(key))
		out["key"], out["stat"] = string(k), statMap(rd.stat(kSenderDomain, k))
		out["links"] = rd.listPrefix(kSDLink, rd.s.keys.appendID(nil, string(k)))
	case "name":
		n, legacy := nameKeys(key)
		out["key"], out["stat"] = n, statMap(rd.nameStat(kName, n, legacy, ""))
		out["list_author"] = statMap(rd.stat(kListName, rd.addrKey(n)))
	case "domain", "host":
		kd := map[string]int{"domain": kDomain, "host": kHost}[kind]
		out["key"], out["stat"] = normHost(key), statMap(rd.stat(kd, []byte(normHost(key))))
	case "recipient":
		k := rd.s.keys.appendAddr(nil, normAddr(key))
		out["key"], out["stat"] = normAddr(key), statMap(rd.stat(kRcpt, k))
		out["links"] = rd.listPrefix(kRLink, rd.s.keys.appendID(nil, string(k)))
		out["known"] = rd.knownFor(k)
	case "pair":
		from, to, ok := strings.Cut(key, ">")
		if !ok {
			return fmt.Errorf("baseline: inspect pair %q: want sender>recipient", key)
		}
		k := rd.s.keys.appendID(nil, string(rd.s.keys.appendAddr(nil, normAddr(from))))
		k = rd.s.keys.appendID(k, string(rd.s.keys.appendAddr(nil, normAddr(to))))
		out["key"], out["stat"] = normAddr(from)+">"+normAddr(to), statMap(rd.stat(kPair, k))
		out["warned"] = statMap(rd.stat(kWarned, k))
	case "thread":
		out["key"], out["stat"] = normMsgID(key), statMap(rd.thread([]string{key}, nil))
	case "list":
		out["key"], out["stat"] = normAddr(key), listStatMap(rd.stat(kList, rd.s.keys.appendAddr(nil, normAddr(key))))
		// the posts the list sent itself (baseline/list-sent), which a post
		// it did not deliver is told from (filter's listBypass)
		out["list_sent"] = statMap(rd.stat(kListSent, rd.addrKey(normAddr(key))))
	default:
		return fmt.Errorf("baseline: inspect: unknown kind %q", kind)
	}
	return nil
}

// listPrefix lists up to maxListed two-part records under the owner id
// prefix, stored or pending, by link domain (from the dictionary).
func (rd *reader) listPrefix(kd int, prefix []byte) map[string]any {
	list := map[string]any{}
	add := func(k []byte) {
		if len(list) < maxListed && len(k) == len(prefix)+idLen {
			list[rd.linkName(k[len(prefix):])] = statMap(rd.stat(kd, k))
		}
	}
	c := rd.bucket(kd).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		add(k)
	}
	for _, b := range rd.pend {
		if b == nil {
			continue
		}
		for k := range b.links[kd] {
			if bytes.HasPrefix(k[:], prefix) {
				add(bytes.Clone(k[:]))
			}
		}
	}
	return list
}

// linkName resolves a link domain id through the dictionary.
func (rd *reader) linkName(id []byte) string {
	if v := rd.tx.Bucket(bucketLinkNames).Get(id); v != nil {
		return string(v)
	}
	for _, b := range rd.pend {
		if b != nil {
			if d, ok := b.linkNames[string(id)]; ok {
				return d
			}
		}
	}
	return "id:" + hex.EncodeToString(id)
}

func statMap(st Stat) map[string]any {
	m := map[string]any{
		"messages": st.Messages, "days": st.Days, "senders": st.Senders,
		"recipients": st.Recipients, "outbound": st.Outbound, "seen": st.Seen(),
	}
	if st.Seen() {
		m["first_seen"], m["last_seen"] = st.FirstSeen, st.LastSeen
	}
	return m
}

// listStatMap is statMap for a list record, whose senders are
// organisations (the authors' registrable domains) and whose recipients
// are the readers it reached; outbound mail teaches no list.
func listStatMap(st Stat) map[string]any {
	m := map[string]any{
		"messages": st.Messages, "days": st.Days, "organisations": st.Senders,
		"readers": st.Recipients, "seen": st.Seen(),
	}
	if st.Seen() {
		m["first_seen"], m["last_seen"] = st.FirstSeen, st.LastSeen
	}
	return m
}

// Backup writes a consistent copy of the whole DB (all packages' buckets)
// to w from a read transaction, while the daemon keeps running.
func (s *Store) Backup(w io.Writer) (int64, error) {
	var n int64
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	if err != nil {
		return n, fmt.Errorf("baseline: backup: %w", err)
	}
	return n, nil
}

// Compact copies the bbolt file at srcPath into a new, compacted file at
// dstPath (which must not exist). The daemon must not hold srcPath open:
// this is the offline `milterd compact`.
func Compact(dstPath, srcPath string) error {
	if _, err := os.Stat(dstPath); err == nil {
		return fmt.Errorf("baseline: compact: %s already exists", dstPath)
	}
	src, err := bolt.Open(srcPath, 0o400, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("baseline: compact: open %s: %w", srcPath, err)
	}
	defer src.Close()
	dst, err := bolt.Open(dstPath, 0o600, &bolt.Options{Timeout: time.Second, NoSync: true})
	if err != nil {
		return fmt.Errorf("baseline: compact: open %s: %w", dstPath, err)
	}
	if err := bolt.Compact(dst, src, 64<<20); err != nil {
		dst.Close()
		return fmt.Errorf("baseline: compact: %w", err)
	}
	if err := dst.Sync(); err != nil {
		dst.Close()
		return fmt.Errorf("baseline: compact: sync: %w", err)
	}
	return dst.Close()
}

// bucketPrefix starts the name of every bucket this package owns.
const bucketPrefix = "baseline/"

// Reset deletes everything this package stores in db (every top-level
// bucket named "baseline/..."), leaving other packages' buckets (lock
// records, quarantine reasons) untouched. It is the upgrade path when a
// new build changes the schema: reset, then warm up again from an archive.
// It returns how many buckets it deleted.
func Reset(db *bolt.DB) (int, error) {
	n := 0
	err := db.Update(func(tx *bolt.Tx) error {
		var names [][]byte
		err := tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			if bytes.HasPrefix(name, []byte(bucketPrefix)) {
				names = append(names, bytes.Clone(name))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, name := range names {
			if err := tx.DeleteBucket(name); err != nil {
				return fmt.Errorf("delete %s: %w", name, err)
			}
		}
		n = len(names)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("baseline: reset: %w", err)
	}
	return n, nil
}

// Senders counts the sender addresses in the stored history, stopping at
// limit: a cheap way to tell an empty or nearly empty history (a fresh
// install that was never warmed up) from a working one.
func (s *Store) Senders(limit int) (int, error) {
	n := 0
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(kinds[kSender].bucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, _ := c.First(); k != nil && n < limit; k, _ = c.Next() {
			n++
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("baseline: count senders: %w", err)
	}
	return n, nil
}
