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
//	lock/verdicts    time (8 bytes) + seq (4 bytes) -> VerdictRecord (JSON, recipients last)
//	lock/quarantine  queue ID -> QuarantineRecord (JSON, recipients last)
//	lock/quarantine-bytime  time (8 bytes, unix nanos, sign bit flipped) + queue ID -> nil
//	lock/stats       hour start (8 bytes, unix seconds) -> Counters (JSON)
//	lock/meta        "secret" -> 32 random bytes (CSRF tokens on lock pages)
//	lock/messages    message ID -> the recipients its locks share, and their latest expiry (JSON)
//
// A verdict or quarantine note of one or more recipients is stored as its
// JSON with recipients_total (their count) and then recipients as the
// last two keys (rcptstore.go), so a list answer decodes the other fields
// and only the first recipients it names, never a message's whole list;
// it is still the record's JSON, which a plain decode (an older milterd,
// Quarantined, /api/backup readers) reads in full. Records without
// recipients_total (stored before it, or rewritten by an older milterd's
// release) are decoded in full, as before. A verdict whose key is taken
// (its time and a sequence that starts again at every open) takes the
// next sequence: it never replaces one. The verdict log has no recipient
// index: a development build kept one (lock/verdict-rcpts, and
// lock/meta "verdict-rcpts"), which cost a flush 2-5 times as long and
// up to 4 times the file, and rebuilt it at open with no bound; NewStore
// deletes both in its open transaction (dropStaleVerdictIndex; the
// Store logs nothing). The quarantine
// notes' time index is kept by SaveQuarantine (a note saved again under
// its queue ID moves) and Prune (oldest first; a note whose time is later
// than its entry is indexed again); NewStore reads every note's time
// (the fields before its recipients: 50,000 notes of 10 recipients in
// 0.13 s) and adds the notes the index lacks, moves those saved again
// at another time and drops the entries of notes gone, which is what an
// older milterd's saves and prunes leave.
//
// A message's list of more than one recipient is stored once, in its
// message record, which its lock records name (Record.Msg) instead of
// each holding the list: a message to 10,000 readers with 2,000 locked
// links wrote 20 million addresses (500 MB, 4 s). Every read (Get,
// ListLocks, the API, the dashboard, a release) fills Record.Recipients
// in from it, once per message record in a transaction; a record keeps
// its first Recipient inline, which is all an older milterd reading the
// DB sees: its release teaches that recipient only, a click or release
// there rewrites the record without Msg (its list is then lost for good),
// and its Prune leaves the message records behind. Records stored before message records hold their recipients
// inline and are read, released and pruned as they were. Prune deletes a
// message record in the transaction that deletes the last of its locks
// (its expiry is the latest of theirs).
//
// A Record and a QuarantineRecord keep the message's Reply-To address when
// it is neither the sender's nor in our own domains (reply_to; the filter
// keeps no other, which no release could teach). A release hands the Learner the
// record's sender, recipients and links (the first release only), never
// the Reply-To address on its own: an admin letting one message out, or
// releasing by mistake, vouches for nobody's replies. Only a release that
// also trusts it (TrustReplyParam, trust_reply_to=1) hands it over
// (LearnEvent.ReplyTo), once per record: the record notes when
// (reply_trusted_at), a relock keeps it, and a trusting release of a
// record that taught before hands over the address alone
// (LearnEvent.ReplyOnly; for a held message released before, without
// running the queue release again). Records stored before reply_to
// existed decode without it and ignore the flag, and the answer says so
// (ReplyOutcome). The dashboard shows a kept Reply-To beside the reasons,
// whether it is trusted, and two buttons: Release, and Release and trust
// replies to ADDR (Trust replies to ADDR once released). The release log
// line names the kept Reply-To, whether trust was asked and whether it
// was taught.
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
// NewHandler returns a *Handler. Serve Handler.Public on the public listener
// (the lock-page base URL) and Handler.Admin on the admin listener (loopback
// or a unix socket); the Handler itself serves both, for one-listener setups.
//
// Public:
//
//	GET  /l/<id>           the lock page (counts a click; HEAD does not)
//	POST /l/<id>/continue  warn level or released: 303 to the stored URL only
//	POST /l/<id>/request   lock level: records an access request
//	GET  /static/...       embedded CSS
//
// Unknown, malformed and expired IDs all get the same plain 404. Lookups are
// rate limited per client IP (per /64 for IPv6) with a token bucket. Forms
// carry an HMAC token bound to the action and ID (key in lock/meta) and are
// refused when Fetch Metadata says cross-site. Every answer of the lock
// page, the admin API and the dashboard, errors (404, 405, 429...) and
// redirects included (one wrapper, secured, sets them before any handler
// runs), carries a CSP with default-src 'none' (so no script can run),
// frame-ancestors 'none', X-Frame-Options DENY, Referrer-Policy no-referrer,
// Cache-Control no-store (the embedded CSS files alone are cached) and
// nosniff; the warn page's form-action also names the stored URL's origin,
// because browsers apply form-action to the redirect that follows the POST.
// A stored URL that is not absolute http(s) is never redirected to.
//
// Admin (all JSON, "Authorization: Bearer <token>", 403 when no token is
// configured; wrong tokens rate limited per client, and while a client is
// limited only a strong token, StrongTokenLen or longer, is still taken):
//
//	GET    /api/verdicts?action=&sender=&recipient=&queue_id=&message_id=&limit=&recipients=
//	GET    /api/stats?hours=&days=
//	GET    /api/locks?sender=&recipient=&domain=&requested=1&limit=&recipients=
//	GET    /api/locks/<id>
//	POST   /api/locks/<id>/release[?trust_reply_to=1] (Deps.Learn; reply_to: what it did with the Reply-To)
//	POST   /api/locks/<id>/relock
//	GET    /api/allow
//	POST   /api/allow                 AllowRequest
//	DELETE /api/allow/<id>
//	GET    /api/quarantine?recipient=&limit=&recipients=
//	GET    /api/quarantine/<queue-id> (with release_instructions)
//	POST   /api/quarantine/<queue-id>/release[?trust_reply_to=1] (Deps.Queue if set; Deps.Learn; reply_to)
//	GET    /api/inspect?sender=&recipient=&domain=&message_id=&list=   (Deps.Inspect; list alone)
//	POST   /api/explain               raw message body (Deps.Explain)
//	GET    /api/backup                the whole DB from one read transaction
//
// Each lock, verdict and held message in an answer carries
// recipients_total, the number of its message's recipients (LockView,
// VerdictView, QuarantineView). A list (GET /api/locks, /api/verdicts,
// /api/quarantine) names at most the first ListRecipients (100) of them
// in each item's recipients, unless recipients=all (every one: for a
// message to 10,000 readers, 250 KB an item) or recipients=N (0: the
// total only) asks otherwise; an item of 100 or fewer answers as
// before, plus the total. When a recipient filter (recipient=) names an
// address the cut would leave out, the item names that address (as
// stored) first, before the first N-1 others. One list answer names at
// most MaxAnswerRecipients (100,000) addresses in all, whatever limit
// and recipients ask (limit=10000 items of 100 each would be 1 million,
// 35 MB): the items past that name none, or only the filter's address,
// and still count them all. Verdicts and held messages are read as
// stored, recipients last: a list decodes of each the fields, the count
// and the recipients it names, and walks the quarantine notes' time
// index from its newest end, reading the notes it answers and no others,
// so a request costs what it answers, not its messages' lists nor every
// note kept: 100 verdicts of 10,000 readers answer in 350 KB, not 35 MB,
// in 15 ms, not 0.5 s (BenchmarkAPIListManyRecipients). The recipient
// filter of /api/verdicts reads, newest first, each verdict's list (of
// those the other filters keep) until it finds the address
// (storedRcpts.find), until it has limit verdicts (0.6 s for 100
// verdicts of 10,000 readers filtered by the last; the index answered
// in 14 ms); that of
// /api/quarantine reads each note's whole list, newest first, until it
// has limit notes (0.8 s for 100 notes of 10,000 readers). One item's
// answer (GET /api/locks/<id>, /api/quarantine/<queue-id>, a release, a
// relock) names every recipient. The recipient filter of /api/locks
// looks the address up in a set per message record (rcptCache.has),
// built once per request.
//
// The dashboard (/admin/) logs in with the same token and keeps a random
// session ID in a Secure, HttpOnly, SameSite=Strict cookie (server-side
// table with expiry); its POST forms carry the session's CSRF token. It
// shows hourly and daily charts (server-rendered SVG, lock rate on the
// right axis), recent locks and held messages with release buttons (and a
// second one that also trusts a kept Reply-To), a
// baseline search and the allowlist. Its rows (recent locks, access
// requests, search results: locks and verdicts, held messages) name a
// message's first recipient (in a search by recipient, the one searched
// for) and "(+N more)", with a fold-out of the first 20
// (dashRecipients) that names the command listing them all (a verdict
// has none): 30 recent locks, 50 requests, 40 search rows and a held
// message of one message to 10,000 readers render in 180 KB, not 25 MB. Browsers keep Secure cookies only over
// HTTPS or on localhost: reach it through an SSH tunnel or an HTTPS proxy.
//
// # What it refuses to do
//
// It does not score, learn or parse mail: the baseline, the explainer and the
// metrics are interfaces (Deps) that the glue provides. It never logs from the
// Store; the HTTP handlers log through the *slog.Logger they are given. It
// imports no other package of this project.
package lock
