// Package baseline is Firstsight's memory of what the organisation's mail
// normally looks like: who sends which link domains to whom, since when, how
// often and on how many days. It is a leaf package: it depends on bbolt (and
// golang.org/x/net/idna for host normalisation) only.
//
// # What it owns
//
// Buckets whose names start with "baseline/" in the daemon's single bbolt DB:
// per link domain and host, per sender address, sender domain and display
// name, per recipient, per sender→recipient pair, link domains per sender,
// sender domain and recipient, and a bounded list of each recipient's most
// frequent domains, the Message-IDs of learned mail (for replies to
// it), and the To and Cc addresses learned mail was written to, with the
// registrable domains of its authors (a mailing list's address, when many
// organisations write to it). Keys are lowercase, hosts are IDNA A-labels; two-part
// keys (pair, sender/sender-domain/recipient links) are two 8-byte keyed ids
// (HMAC with a random per-DB salt), with each link domain's name kept once
// for Inspect. Values are compact varint records (see record.go), with small
// exact distinct-sets that turn into a 64-register HyperLogLog past 8 members.
//
// # Writes and reads
//
// Observe aggregates in memory (write-behind); Flush writes everything
// pending in one bbolt Update (a helper goroutine reads and merges the
// stored records through a read transaction while the writer Puts); Run
// flushes every Options.FlushInterval and prunes entries older than
// Options.Retention. Lookup answers one message's
// questions in one read transaction and merges observations not yet flushed,
// so learning is visible at once. A crash loses at most the pending interval.
//
// # Recency and poisoning
//
// Stat.Messages is an exponentially decayed count (Options.HalfLife) rounded
// up, so a key stays "seen" until pruned but an old contact looks weak. Days,
// Senders and Recipients are counts over the retained life of the key. The
// store never decides what is "established": Options.Established is the
// documented rule, and the scorer sees the raw counts.
//
// # Display names
//
// A display name is learned and looked up as a reader reads a person's
// name (readName in names.go, the one place names are normalised): case,
// spacing, invisible and compatibility characters aside, and a gateway's
// tag, titles, degrees, middle initials (an O, D or L before the last
// word too: "Anna D Kovac" is "Anna Kovac"), "Last, First" (a surname of particles
// too: "van der Berg, Kai", not "Ben Carter, Acme") and a trailing
// organisation or role (after a comma too: "Owen Hartley, CEO") too, when what is left is
// a person's name of two to four words ("Dr. Owen Hartley", "Hartley,
// Owen", "[EXT] Owen J. Hartley" and "Owen Hartley | Acme" are one name;
// "Dr. Owen" and "Acme - Billing" stay whole). Records learned before
// names were read so sit under the whole name, or under release
// 166667c's simpler reading ("Kovac, Anna M." was "anna m. kovac"):
// nameKeys' legacy keys, possibly hashes, so they cannot be rewritten.
// Lookup merges them with the read name's until Options.Retention prunes
// them; only the same writing, or one 166667c read alike, reaches them
// ("Anna Kovac" does not reach that "anna m. kovac", as it did not then). The author's name
// on a list post (Observation.AuthorName) is kept apart, under the
// author's address (baseline/list-name, counting the authors, and
// baseline/list-name-addr, the name with one author's mailbox: her
// address without a +tag, and at Gmail without dots, so pat+list@ posts
// as pat@: mailbox in keys.go): a lookup
// answers Facts.ListAuthorName and, for the queried sender (or
// Query.Author, a post's author when the sender is its list),
// Facts.ListAuthorNameSender. A list's posts that it sent itself, from an
// envelope address of its own (Observation.ListSent), are counted
// under the list's address (baseline/list-sent, Facts.ListSent, asked
// with Query.Author), so that a post it did not send is told from the
// list's own only where the list is known to send them so.
//
// # Privacy
//
// With Options.HashKey set, addresses and display names are stored as
// HMAC-SHA256 keyed hashes (truncated to 16 bytes); domains and hosts stay in
// clear text (they are needed for lookalike checks). The trade-off: the DB no
// longer reveals who talks to whom, but inspection needs the exact address
// typed in, listings show hashes, and losing the key orphans the history.
//
// # What it refuses to do
//
// It does not parse mail, extract links, compute registrable domains, score,
// or decide what to learn from: callers pass what they want remembered.
package baseline
