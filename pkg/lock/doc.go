// Package lock owns what happens after a link is locked: lock IDs and lock
// records, the public lock page people land on when they click a rewritten
// link, and the admin side (JSON API, dashboard, allowlist, quarantine notes,
// verdict log and hourly counters).
//
// # Storage
//
// The daemon opens one bbolt DB and hands it to NewStore. This package only
// touches buckets whose names start with "lock/":
//
//	lock/records     lock ID -> Record (JSON)
//	lock/bytime      created (8 bytes, big-endian unix nanos) + ID -> nil
//	lock/allow       allow ID -> Allow (JSON)
//	lock/verdicts    time (8 bytes) + seq (4 bytes) -> VerdictRecord (JSON)
//	lock/quarantine  queue ID -> QuarantineRecord (JSON)
//	lock/stats       hour start (8 bytes, unix seconds) -> Counters (JSON)
//	lock/meta        "secret" -> 32 random bytes (CSRF tokens on lock pages)
//
// Writes on the SMTP path come in two kinds. CreateLocks commits before it
// returns (one transaction per locked message), so a lock URL never points at
// a missing record. RecordVerdict only queues: the verdict log and counters
// are written behind, by Run every StoreOptions.FlushInterval and by Flush and
// Close, never one commit per message. Old verdicts, stats, quarantine notes
// and expired locks are pruned by Run.
//
// # HTTP
//
// NewHandler serves the public lock page (/l/<id>, Public), the admin JSON
// API (/api/..., bearer token) and the dashboard (/admin/, login with the
// same token, session cookie) (Admin). The lock page is built with
// html/template and embedded CSS, needs no JavaScript, loads nothing
// external, and only ever redirects to the URL stored for its ID.
//
// # What it refuses to do
//
// It does not score, learn or parse mail: the baseline, the explainer and the
// metrics are interfaces (Deps) that the glue provides. It never logs from the
// Store; the HTTP handlers log through the *slog.Logger they are given. It
// imports no other package of this project.
package lock
