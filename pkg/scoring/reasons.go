package scoring

import "strconv"

// Reason codes. They are stable: headers, logs, scripts and
// Policy.QuarantineWhen refer to them.
const (
	// Novelty of the link.
	CodeOrgFirstSeen    = "org_first_seen"
	CodeOrgRare         = "org_rare"
	CodeHostFirstSeen   = "host_first_seen"
	CodeRcptFirstSeen   = "rcpt_first_seen"
	CodeRcptRare        = "rcpt_rare"
	CodeSenderFirstLink = "sender_first_link"
	CodePairFirst       = "pair_first_contact"
	CodeSharedDocument  = "shared_document"

	// Sender.
	CodeSenderFirst    = "sender_first_contact"
	CodeSenderRare     = "sender_rare"
	CodeSenderDomFirst = "sender_domain_first_seen"
	CodeSenderDomRare  = "sender_domain_rare"
	CodeUnsolicited    = "unsolicited"
	CodeFreemail       = "freemail_sender"
	CodeShadowIdentity = "shadow_identity"
	CodeBrandName      = "brand_name_mismatch"
	CodeReplyTo        = "reply_to_mismatch"
	CodeReplyFree      = "reply_to_freemail"
	CodeReplyLook      = "reply_to_lookalike"
	CodePartnerName    = "partner_name_domain"
	CodeReplyNew       = "reply_to_new_domain"
	CodeNotePay        = "note_payment_reply"
	CodeNameDomain     = "name_domain_mismatch"
	CodeOrgInName      = "org_in_name"
	CodeAuthFail       = "auth_fail"
	CodeDisguisedText  = "disguised_text"
	CodeDisguisedFile  = "disguised_file"
	CodeMalformedFrom  = "malformed_from"
	CodeSenderLook     = "sender_lookalike"
	CodeOwnAddress     = "from_own_address"
	CodeUnauthInternal = "unauthenticated_internal"

	// Link form.
	CodeDisplayMismatch  = "display_mismatch"
	CodeIPLiteral        = "ip_literal"
	CodePrivateAddress   = "private_address"
	CodeObfuscatedIP     = "obfuscated_ip"
	CodeUserinfo         = "userinfo"
	CodeScriptLink       = "script_link"
	CodePunycode         = "punycode"
	CodeMixedScript      = "mixed_script"
	CodeRcptAddrInURL    = "rcpt_address_in_url"
	CodeRcptAddrFragment = "rcpt_address_in_fragment"
	CodeRcptDomInURL     = "rcpt_domain_in_url"
	CodeRedirectChain    = "redirect_chain"
	CodeAppScheme        = "app_scheme"
	CodeTruncatedChain   = "truncated_chain"
	CodeShortener        = "shortener"
	CodeFreeHosting      = "free_hosting"
	CodeSuspiciousTLD    = "suspicious_tld"
	CodeFormLink         = "form_link"
	CodeRefreshLink      = "refresh_link"
	CodeRiskyFile        = "risky_file"
	CodeDeepSubdomain    = "deep_subdomain"
	CodeLoginPath        = "login_path"
	CodeHyphenatedHost   = "hyphenated_host"
	CodeFileText         = "file_text"
	CodeQRLink           = "qr_link"
	CodePageLink         = "page_link"
	CodeAutoLoad         = "auto_load"
	CodeDeviceLogin      = "device_login"
	CodeOAuthConsent     = "oauth_consent"

	// Lookalikes.
	CodeLookalike     = "lookalike"
	CodeOrgInHost     = "org_in_host"
	CodeBrandInDomain = "brand_in_domain"
	CodeBrandSubject  = "brand_in_subject"
	CodeBrandSender   = "brand_sender_elsewhere"

	// Intent.
	CodeIntentCredentials = "intent_credentials"
	CodeIntentPayment     = "intent_payment"
	CodeIntentExtortion   = "intent_extortion"
	CodeIntentDownload    = "intent_download"
	CodeIntentLure        = "intent_lure"
	CodeCallback          = "callback_number"
	CodePasswordReply     = "password_reply"
	CodeScanRequest       = "scan_request"
	CodeCallRefused       = "call_refused"
	CodeBankChange        = "bank_change"
	CodeSystemNotice      = "system_notice"
	CodeStaffNotice       = "staff_notice"
	CodeEvidenceLink      = "evidence_link"

	// Context that lowers risk.
	CodeInternalSender  = "internal_sender"
	CodeInternalKnown   = "internal_known"
	CodeSolicited       = "solicited"
	CodeEstablishedPair = "established_pair"
	CodeRecurringPair   = "recurring_pair"
	CodeThreadReply     = "thread_reply"
	CodeKnownList       = "known_list"
	CodeSenderOwnDomain = "sender_own_domain"
	CodeSitePages       = "site_pages"
	CodeNamedSite       = "named_site"
	CodeQuotedLink      = "quoted_link"
	CodeOrgOutbound     = "org_outbound_domain"
	CodeOrgDomain       = "org_domain"

	// Decisions.
	CodeAllowlisted    = "allowlisted"
	CodeNotClickable   = "not_clickable"
	CodeUnregistrable  = "unregistrable_host"
	CodeSigned         = "signed"
	CodeAttachmentLink = "attachment_link"
	CodeVia            = "redirect_via"
	// CodeScripted is evidence about the message itself, kept with the
	// sender evidence.
	CodeScripted  = "scripted_attachment"
	CodeScanLimit = "scan_limit"
	CodePaste     = "paste_command"
	CodePasteFile = "paste_attachment"
	CodeProgram   = "program_file"
	CodeShareLoad = "share_load"
	// CodePasswordForm is form evidence of a link (a form's target) or,
	// for a password field no target carries away, about the message.
	CodePasswordForm = "password_form"
	// CodeHiddenText is form evidence about the message: its HTML hides
	// letters inside the words it shows (links.Extracted.HiddenSplits).
	CodeHiddenText = "hidden_text"
	CodeQuarantine = "quarantine_rule"
	CodeScore      = "message_score"
)

// class groups evidence for the level rule: only form, lookalike and intent
// evidence may lift a lock above warn.
type class uint8

const (
	classNovelty class = iota
	classSender
	classForm
	classLookalike
	classIntent
	classContext
	classInfo
	// classPlace is a link's form that adds risk but may not lift a lock
	// above warn: a private or loopback address (private_address), which
	// no outsider serves, so it says little about who set the link.
	classPlace
)

// strong reports whether the class may lift a lock above warn.
func (c class) strong() bool { return c == classForm || c == classLookalike || c == classIntent }

// evid is one piece of evidence before it becomes a Reason. Texts are built
// only for the verdict that is returned, so scoring many recipients stays cheap.
type evid struct {
	code string
	a, b string   // subjects of the sentence (domains, names, cue words)
	w    float64  // signed contribution to the score
	n    [3]int32 // counts for the sentence
	cls  class
	// _ pads an evid from 72 to 80 bytes, five whole 16-byte moves: on
	// amd64 a 72-byte copy or clear ends with a move overlapping the one
	// before it, and evidence is copied at every signal's return and
	// append. Padded, BenchmarkScore20Links5Rcpts ran 4-7 % faster.
	_ [8]byte
}

var knownCodes = map[string]bool{}

// IsDecision reports whether code names an outcome rather than evidence
// (quarantine_rule, message_score, allowlisted, signed, ...): it carries
// no weight, and a shortened list of reasons puts it first.
func IsDecision(code string) bool {
	switch code {
	case CodeAllowlisted, CodeNotClickable, CodeUnregistrable, CodeSigned, CodeAttachmentLink, CodeVia, CodeQuarantine, CodeScore:
		return true
	}
	return false
}

func init() {
	for _, c := range []string{
		CodeOrgFirstSeen, CodeOrgRare, CodeHostFirstSeen, CodeRcptFirstSeen, CodeRcptRare,
		CodeSenderFirstLink, CodePairFirst, CodeSharedDocument, CodeSenderFirst, CodeSenderRare, CodeSenderDomFirst,
		CodeSenderDomRare, CodeUnsolicited, CodeFreemail, CodeShadowIdentity, CodeBrandName,
		CodeReplyTo, CodeReplyFree, CodeReplyLook, CodePartnerName, CodeReplyNew, CodeNotePay, CodeNameDomain, CodeOrgInName, CodeAuthFail, CodeDisguisedText, CodeDisguisedFile, CodeMalformedFrom, CodeSenderLook, CodeOwnAddress, CodeUnauthInternal, CodeDisplayMismatch, CodeIPLiteral, CodePrivateAddress, CodeObfuscatedIP, CodeUserinfo,
		CodeScriptLink, CodePunycode, CodeMixedScript, CodeRcptAddrInURL, CodeRcptAddrFragment, CodeRcptDomInURL,
		CodeRedirectChain, CodeAppScheme, CodeTruncatedChain, CodeShortener, CodeFreeHosting, CodeSuspiciousTLD,
		CodeFormLink, CodeRefreshLink, CodeRiskyFile, CodeDeepSubdomain, CodeLoginPath, CodeHyphenatedHost, CodeFileText, CodeQRLink, CodePageLink, CodeAutoLoad, CodeDeviceLogin, CodeOAuthConsent, CodeLookalike,
		CodeOrgInHost, CodeBrandInDomain, CodeBrandSubject, CodeBrandSender, CodeIntentCredentials, CodeIntentPayment,
		CodeIntentExtortion, CodeIntentDownload, CodeIntentLure, CodeCallback, CodePasswordReply, CodeScanRequest, CodeCallRefused, CodeBankChange, CodeSystemNotice, CodeStaffNotice, CodeEvidenceLink, CodeInternalSender, CodeInternalKnown, CodeSolicited,
		CodeEstablishedPair, CodeRecurringPair, CodeThreadReply, CodeKnownList, CodeSenderOwnDomain, CodeSitePages, CodeNamedSite, CodeQuotedLink, CodeOrgOutbound, CodeOrgDomain,
		CodeAllowlisted, CodeNotClickable, CodeUnregistrable, CodeSigned, CodeAttachmentLink, CodeVia, CodeQuarantine, CodeScore, CodeScripted, CodeScanLimit, CodePaste, CodePasteFile, CodeProgram, CodeShareLoad, CodePasswordForm, CodeHiddenText,
	} {
		knownCodes[c] = true
	}
}

func knownCode(c string) bool { return knownCodes[c] }

// contextCodes are the codes of context evidence (what lowers the risk).
var contextCodes = map[string]bool{
	CodeInternalSender: true, CodeInternalKnown: true, CodeSolicited: true, CodeEstablishedPair: true,
	CodeRecurringPair: true, CodeThreadReply: true, CodeKnownList: true, CodeSenderOwnDomain: true, CodeSitePages: true, CodeNamedSite: true,
	CodeQuotedLink: true, CodeOrgOutbound: true, CodeOrgDomain: true,
}

// Lowers reports whether the reason speaks for the message: it lowered the
// risk, or is context whose weight came to nothing (a credit for the
// sender when the sender carried no risk to offset) but still says who
// wrote, which a reader judging a lock page should see on that side.
func (r Reason) Lowers() bool { return r.Weight < 0 || r.Weight == 0 && contextCodes[r.Code] }

// reason turns evidence into a Reason with its sentence.
func (e evid) reason() Reason {
	return Reason{Code: e.code, Text: e.text(), Weight: round3(e.w)}
}

// String is the one-line form used in logs and explain: "code: sentence".
func (r Reason) String() string { return r.Code + ": " + r.Text }

func round3(f float64) float64 {
	if f < 0 {
		return -round3(-f)
	}
	return float64(int64(f*1000+0.5)) / 1000
}

func itoa(n int32) string { return strconv.Itoa(int(n)) }

// seenIn says how often something was seen: "in 3 messages on 2 days".
// The message count decays with time while the days do not, so when it has
// fallen below the days only the days are told ("on 3 days"), never "in 1
// message on 3 days".
func seenIn(msgs, days int32) string {
	if msgs < days {
		return "on " + plural(days, "day", "days")
	}
	return "in " + plural(msgs, "message", "messages") + " on " + plural(days, "day", "days")
}

func plural(n int32, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}
