package scoring

// Weights are the evidence weights, by signal. Risk weights add to a link's
// score; context weights (the Less* fields) are subtracted. A zero field takes
// its default; a negative field turns the signal off. Novelty weights are
// scaled by how unestablished the key is (1 for never seen, 0 for well
// established), so history only ever lowers them.
type Weights struct {
	// Novelty of the link (recipient-independent and per recipient).
	OrgNovel     float64 `toml:"org_novel"`                // 0.30 link domain new/rare to the organisation
	HostNovel    float64 `toml:"host_novel"`               // 0.05 known domain, host never seen
	RcptNovel    float64 `toml:"rcpt_novel"`               // 0.10 link domain new to this recipient
	SenderLink   float64 `toml:"sender_link"`              // 0.10 this sender never linked to the domain
	PairNovel    float64 `toml:"pair_novel"`               // 0.05 sender never wrote to this recipient
	SharedDoc    float64 `toml:"shared_document"`          // 0.30 a new sender's document on a sharing platform established here
	SenderNovel  float64 `toml:"sender_novel"`             // 0.30 sender address new/rare
	SenderDom    float64 `toml:"sender_domain_novel"`      // 0.25 sender domain new/rare
	Unsolicited  float64 `toml:"unsolicited"`              // 0.15 nobody here ever wrote to the sender
	Freemail     float64 `toml:"freemail"`                 // 0.15 new sender at a free mail provider
	Shadow       float64 `toml:"shadow_identity"`          // 0.35 known display name, new address
	BrandName    float64 `toml:"brand_name_mismatch"`      // 0.40 brand in display name, sent from elsewhere
	NameDomain   float64 `toml:"name_domain_mismatch"`     // 0.40 display name shows another domain or address
	OrgInName    float64 `toml:"org_in_name"`              // 0.50 a stranger's display name spells the name of one of our domains
	AuthFail     float64 `toml:"auth_fail"`                // 0.60 a trusted verifier says the From domain failed DMARC (or DKIM)
	Disguised    float64 `toml:"disguised_text"`           // 0.50 a subject or sender-name word mixes Latin with look-alike letters of another script
	Malformed    float64 `toml:"malformed_from"`           // 0.50 the From field does not name exactly one author with an address
	SenderLook   float64 `toml:"sender_lookalike"`         // 0.90 the sender's domain is a near miss of one of ours or of a shipped brand
	OwnAddress   float64 `toml:"from_own_address"`         // 0.60 unauthenticated mail that says it is from the recipient's own address
	UnauthInt    float64 `toml:"unauthenticated_internal"` // 0.60 with internal_mail_authenticated: unauthenticated mail from an internal domain
	ReplyFree    float64 `toml:"reply_to_freemail"`        // 0.50 a sender domain with history here, replies to free mail
	ReplyLook    float64 `toml:"reply_to_lookalike"`       // 0.60 a sender domain with history here, replies to a near miss of it
	PartnerName  float64 `toml:"partner_name_domain"`      // 0.50 a never-seen domain carrying a known correspondent's name as a word
	ReplyNew     float64 `toml:"reply_to_new_domain"`      // 0.30 a correspondent (we wrote to it), replies to a domain never seen here
	NotePay      float64 `toml:"note_payment_reply"`       // 0.50 a note service's notice asks for a payment, replies to an unknown free-mail address
	Scripted     float64 `toml:"scripted_attachment"`      // 0.90 an SVG attachment or HTML file carries script, or a PDF launches a program: it runs code when opened
	ScanLimit    float64 `toml:"scan_limit"`               // 0.60 more MIME parts, nesting or links than are read, or an ambiguous structure (a cut body: from strangers)
	Paste        float64 `toml:"paste_command"`            // 0.60 the text or an attached page tells the reader to paste and run a command (Win+R, powershell)
	Program      float64 `toml:"program_file"`             // 0.60 an attached file, or a file in an attached archive, is a program, shortcut or disk image
	PasswordForm float64 `toml:"password_form"`            // 0.60 a form of the message or an attachment asks for a password (<input type=password>)
	HiddenText   float64 `toml:"hidden_text"`              // 0.50 a stranger's HTML hides letters inside the words it shows (Pass<span style="display:none">xq</span>word)
	ReplyTo      float64 `toml:"reply_to_mismatch"`        // -1 (off): Reply-To domain differs from From; reported, weight 0 by default because the dev corpus makes Reply-To presence an artefact; try 0.1 in production

	// Link form.
	DisplayMismatch  float64 `toml:"display_mismatch"`         // 0.60
	IPLiteral        float64 `toml:"ip_literal"`               // 0.50
	PrivateAddress   float64 `toml:"private_address"`          // 0.25 a private, loopback or link-local address (instead of ip_literal); never lifts a lock above warn
	ObfuscatedIP     float64 `toml:"obfuscated_ip"`            // 0.80
	Userinfo         float64 `toml:"userinfo"`                 // 0.60
	ScriptLink       float64 `toml:"script_link"`              // 0.80
	Punycode         float64 `toml:"punycode"`                 // 0.30
	MixedScript      float64 `toml:"mixed_script"`             // 0.70
	RcptAddrInURL    float64 `toml:"rcpt_address_in_url"`      // 0.20
	RcptAddrFragment float64 `toml:"rcpt_address_in_fragment"` // 0.50 the recipient's address starts the URL's fragment
	RcptDomInURL     float64 `toml:"rcpt_domain_in_url"`       // 0.15
	RedirectChain    float64 `toml:"redirect_chain"`           // 0.20
	TruncatedChain   float64 `toml:"truncated_chain"`          // 0.30
	Shortener        float64 `toml:"shortener"`                // 0.35
	FreeHosting      float64 `toml:"free_hosting"`             // 0.35
	SuspiciousTLD    float64 `toml:"suspicious_tld"`           // 0.30
	FormLink         float64 `toml:"form_link"`                // 0.50
	RefreshLink      float64 `toml:"refresh_link"`             // 0.40
	RiskyFile        float64 `toml:"risky_file"`               // 0.40
	DeepSubdomain    float64 `toml:"deep_subdomain"`           // 0.15
	LoginPath        float64 `toml:"login_path"`               // 0.20 a sign-in or account word in a new domain's URL path
	HyphenatedHost   float64 `toml:"hyphenated_host"`          // 0.20 a new domain's host label of three or more hyphenated words
	FileText         float64 `toml:"file_text"`                // 0.35 the link's text is a document's file name, the link a new domain's page
	QRLink           float64 `toml:"qr_link"`                  // 0.55 a QR code in an image leads to a new domain, not the sender's site
	PageLink         float64 `toml:"page_link"`                // 0.55 a link drawn in an SVG attachment leads to a new domain, not the sender's site
	AutoLoad         float64 `toml:"auto_load"`                // 0.55 an attached document loads a template or object from a new domain when it opens
	DeviceLogin      float64 `toml:"device_login"`             // 0.60 the link opens a provider's device sign-in page (device-code phishing)
	OAuthConsent     float64 `toml:"oauth_consent"`            // 0.60 the link opens a provider's page granting an application access (consent phishing)
	AppScheme        float64 `toml:"app_scheme"`               // 0.60 the link opens another program (Office, Windows search, a file share) on the address inside

	// Lookalikes.
	Lookalike     float64 `toml:"lookalike"`              // 0.90
	OrgInHost     float64 `toml:"org_in_host"`            // 0.50 protected domain as a label of a foreign host
	BrandInDomain float64 `toml:"brand_in_domain"`        // 0.40 brand name inside a foreign domain
	BrandSubject  float64 `toml:"brand_in_subject"`       // 0.30 the subject names a brand; the link goes to a bare IP, free hosting or an abused TLD new here
	BrandSender   float64 `toml:"brand_sender_elsewhere"` // 0.40 mail from a brand's own domain, not vouched for by a verifier, asks to sign in or pay at a new domain that is no brand's

	// Intent: multiplier of the cue-list weights (see intent.go); the subject
	// counts at half weight.
	Intent float64 `toml:"intent"` // 1.0
	// Callback: a message without a judged link asks to call a phone
	// number about a payment (callback.go).
	Callback float64 `toml:"callback_number"` // 0.30
	// PasswordReply: a message without a judged link asks the reader to
	// send their password (passwordreply.go).
	PasswordReply float64 `toml:"password_reply"` // 0.30
	// ScanRequest: a message without a judged link or a QR code read
	// asks to scan a code to sign in (scanrequest.go).
	ScanRequest float64 `toml:"scan_request"` // 0.30
	// CallRefused: the message asks to send money to a changed account and
	// refuses a call to confirm it (callrefused.go).
	CallRefused float64 `toml:"call_refused"` // 0.30
	// BankChange: the message announces that the writer's bank details
	// changed or asks to pay to a new account (bankchange.go); whether it
	// holds the message is Policy.BankChangeAction's.
	BankChange float64 `toml:"bank_change"` // 0.30
	// SystemNotice: a stranger's message presents itself as a phone, fax
	// or secure-mail system's notice and links a domain new here
	// (systemnotice.go).
	SystemNotice float64 `toml:"system_notice"` // 0.55
	// StaffNotice: a stranger signing only as HR, payroll or benefits
	// writes about the reader's pay and links a domain new here.
	StaffNotice float64 `toml:"staff_notice"` // 0.55
	// EvidenceLink: a stranger's complaint (damage, a dirty room, a
	// copyright claim) offers its photos or evidence behind a link to a
	// domain new here (evidencelink.go).
	EvidenceLink float64 `toml:"evidence_link"` // 0.55

	// Context that lowers risk (subtracted).
	LessInternal      float64 `toml:"less_internal_sender"`   // 1.00 authenticated sender in an internal domain
	LessInternalKnown float64 `toml:"less_internal_known"`    // 0.15 established, unauthenticated address in an internal domain
	LessSolicited     float64 `toml:"less_solicited"`         // 0.30 we wrote to the sender
	LessPair          float64 `toml:"less_established_pair"`  // 0.30 long-established sender->recipient pair
	LessRecurring     float64 `toml:"less_recurring_pair"`    // 0.30 the sender wrote to this recipient on several days, warned each time
	LessThread        float64 `toml:"less_thread_reply"`      // 0.25 the message answers mail delivered here or sent from here
	LessList          float64 `toml:"less_known_list"`        // 0.25 the message is written to an address many organisations write to (a mailing list)
	LessOwnDomain     float64 `toml:"less_sender_own_domain"` // 0.25 link to the sender's own domain
	LessSitePages     float64 `toml:"less_site_pages"`        // 0.25 the message links 5 or more pages of the link's domain (at most the link's novelty)
	LessNamedSite     float64 `toml:"less_named_site"`        // 0.25 the message's words name the link's site (at most the link's remaining novelty)
	LessQuoted        float64 `toml:"less_quoted_link"`       // 0.25 the link is in the quoted or forwarded part (at most the link's remaining novelty)
	LessOutbound      float64 `toml:"less_org_outbound"`      // 0.50 the organisation sends this domain out
	LessOrgDomain     float64 `toml:"less_org_domain"`        // 1.00 link to one of our own domains
}

// DefaultWeights returns the documented default weights.
func DefaultWeights() Weights {
	return Weights{
		OrgNovel: 0.30, HostNovel: 0.05, RcptNovel: 0.10, SenderLink: 0.10, PairNovel: 0.05, SharedDoc: 0.30,
		SenderNovel: 0.30, SenderDom: 0.25, Unsolicited: 0.15, Freemail: 0.15,
		Shadow: 0.35, BrandName: 0.40, NameDomain: 0.40, OrgInName: 0.50, AuthFail: 0.60, Disguised: 0.50, Malformed: 0.50, SenderLook: 0.90, OwnAddress: 0.60, UnauthInt: 0.60, ReplyFree: 0.50, ReplyLook: 0.60, PartnerName: 0.50, ReplyNew: 0.30, NotePay: 0.50, Scripted: 0.90, ScanLimit: 0.60, Paste: 0.60, Program: 0.60, PasswordForm: 0.60, HiddenText: 0.50, ReplyTo: -1,
		DisplayMismatch: 0.60, IPLiteral: 0.50, PrivateAddress: 0.25, ObfuscatedIP: 0.80, Userinfo: 0.60,
		ScriptLink: 0.80, Punycode: 0.30, MixedScript: 0.70, RcptAddrInURL: 0.20, RcptAddrFragment: 0.50,
		RcptDomInURL: 0.15, RedirectChain: 0.20, TruncatedChain: 0.30, Shortener: 0.35,
		FreeHosting: 0.35, SuspiciousTLD: 0.30, FormLink: 0.50, RefreshLink: 0.40,
		RiskyFile: 0.40, DeepSubdomain: 0.15, LoginPath: 0.20, HyphenatedHost: 0.20, FileText: 0.35, QRLink: 0.55, PageLink: 0.55, AutoLoad: 0.55, DeviceLogin: 0.60, OAuthConsent: 0.60, AppScheme: 0.60,
		Lookalike: 0.90, OrgInHost: 0.50, BrandInDomain: 0.40, BrandSubject: 0.30, BrandSender: 0.40,
		Intent: 1.0, Callback: 0.30, PasswordReply: 0.30, ScanRequest: 0.30, CallRefused: 0.30, BankChange: 0.30, SystemNotice: 0.55, StaffNotice: 0.55, EvidenceLink: 0.55,
		LessInternal: 1.0, LessInternalKnown: 0.15, LessSolicited: 0.30, LessPair: 0.30, LessRecurring: 0.30, LessThread: 0.25, LessList: 0.25, LessOwnDomain: 0.25, LessSitePages: 0.25, LessNamedSite: 0.25, LessQuoted: 0.25,
		LessOutbound: 0.50, LessOrgDomain: 1.0,
	}
}

// nWeights is the number of fields of Weights (a test checks it).
const nWeights = 88

func (w *Weights) ptrs() [nWeights]*float64 {
	return [nWeights]*float64{
		&w.OrgNovel, &w.HostNovel, &w.RcptNovel, &w.SenderLink, &w.PairNovel, &w.SharedDoc,
		&w.SenderNovel, &w.SenderDom, &w.Unsolicited, &w.Freemail,
		&w.Shadow, &w.BrandName, &w.NameDomain, &w.OrgInName, &w.AuthFail, &w.Disguised, &w.Malformed, &w.SenderLook, &w.OwnAddress, &w.UnauthInt, &w.ReplyFree, &w.ReplyLook, &w.PartnerName, &w.ReplyNew, &w.NotePay, &w.Scripted, &w.ScanLimit, &w.Paste, &w.Program, &w.PasswordForm, &w.HiddenText, &w.ReplyTo,
		&w.DisplayMismatch, &w.IPLiteral, &w.PrivateAddress, &w.ObfuscatedIP, &w.Userinfo,
		&w.ScriptLink, &w.Punycode, &w.MixedScript, &w.RcptAddrInURL, &w.RcptAddrFragment,
		&w.RcptDomInURL, &w.RedirectChain, &w.TruncatedChain, &w.Shortener,
		&w.FreeHosting, &w.SuspiciousTLD, &w.FormLink, &w.RefreshLink,
		&w.RiskyFile, &w.DeepSubdomain, &w.LoginPath, &w.HyphenatedHost, &w.FileText, &w.QRLink, &w.PageLink, &w.AutoLoad, &w.DeviceLogin, &w.OAuthConsent, &w.AppScheme,
		&w.Lookalike, &w.OrgInHost, &w.BrandInDomain, &w.BrandSubject, &w.BrandSender,
		&w.Intent, &w.Callback, &w.PasswordReply, &w.ScanRequest, &w.CallRefused, &w.BankChange, &w.SystemNotice, &w.StaffNotice, &w.EvidenceLink,
		&w.LessInternal, &w.LessInternalKnown, &w.LessSolicited, &w.LessPair, &w.LessRecurring, &w.LessThread, &w.LessList, &w.LessOwnDomain, &w.LessSitePages, &w.LessNamedSite, &w.LessQuoted,
		&w.LessOutbound, &w.LessOrgDomain,
	}
}

// withDefaults fills zero weights from DefaultWeights and clamps negative
// (turned off) weights to zero.
func (w Weights) withDefaults() Weights {
	d := DefaultWeights()
	dp := d.ptrs()
	for i, p := range w.ptrs() {
		switch {
		case *p == 0:
			*p = *dp[i]
		case *p < 0:
			*p = 0
		}
	}
	return w
}
