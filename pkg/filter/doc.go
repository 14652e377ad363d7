// Package filter is the glue between the mail server and Firstsight's
// leaves. For each message it runs one transport-independent decision core
// (Engine.Decide): extract links (pkg/links), look up the history
// (pkg/baseline), score (pkg/scoring), record locks (pkg/lock) and rewrite
// only the locked links; then it learns (Engine.Learn) what policy allows.
//
// The milter adapter (Milter) and `milterd replay` both call that same core,
// so what replay measures is what the milter does. The mapping from a
// verdict to a milter decision lives in one switch (decision.go), and the
// on_error policy is applied in one place (Milter.fail). Before any
// verdict, Milter.Decide answers an oversized body (unscanned) and more
// than MaxHeaderFields header fields (552; unscanned in monitor mode).
//
// The package owns the verdict header format and the per-message log line,
// and reads the few top-level header fields scoring needs (message.go):
// From (leniently, noting a malformed one), Reply-To, Subject, List-Id,
// To and Cc (the list a post came through, list.go, and the addresses a
// message was written to, which learned mail teaches as a mailing list's
// when many organisations write to them: known_list; with the envelope
// sender, whether the list a post names delivered it: Message.listBypass,
// Message.listEnvelope, with the trusted Authentication-Results for it)
// and the
// Authentication-Results of trusted verifiers (authres.go), with one
// small lexer for quoted strings and comments (fieldlex.go). It refuses to
// parse MIME bodies itself, to score, or to touch bbolt directly.
//
// Admin is the lock package's Learner, Inspector and Explainer: an admin's
// release teaches the baseline the message's sender, recipients and link
// domains, and its Reply-To address only when the admin also trusted it
// (lock.LearnEvent.ReplyTo, set for a release with trust_reply_to), as
// outbound mail from each recipient to it (teachReply): a release alone
// vouches for nobody's replies.
package filter
