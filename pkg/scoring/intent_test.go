package scoring

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestIntent(t *testing.T) {
	checkIntentRows(t, []intentRow{
		{name: "credentials", text: "Please SIGN-IN and verify your account now.",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "a sign-in asked in the gerund", text: "Renew your access by signing in with your NetID",
			want: map[string]float64{CodeIntentCredentials: 0.2}},
		{name: "a log-in asked in the gerund", text: "Keep your files by logging in today",
			want: map[string]float64{CodeIntentCredentials: 0.2}},
		{name: "payment", text: "Your invoice is overdue: pay by wire transfer",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "extortion", text: "I recorded you with your webcam. Pay within 48 hours in bitcoin.",
			want: map[string]float64{CodeIntentExtortion: 0.5, CodeIntentPayment: 0.25}},
		{name: "download", text: "Alice shared a document with you: view document",
			want: map[string]float64{CodeIntentDownload: 0.3}},
		{name: "import duties demanded are a payment", text: "Your shipment is waiting for import duties and taxes of $4.95",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "customs duty demanded is a payment", text: "Pay the customs duty to release your parcel",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "duties and taxes, then a payment", text: "Duties and taxes are due: complete the payment",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "duties and taxes prepaid are no payment asked", text: "Your order ships with duties and taxes prepaid",
			want: map[string]float64{}},
		{name: "DDP: duties and taxes paid by sender", text: "Incoterm DDP: duties and taxes paid by sender",
			want: map[string]float64{}},
		{name: "import duties included", text: "Shipping and import duties included in the price",
			want: map[string]float64{}},
		{name: "customs duty waived", text: "Customs duty waived for this shipment",
			want: map[string]float64{}},
		{name: "no duties or taxes to pay", text: "There are no duties or taxes to pay on delivery",
			want: map[string]float64{}},
		{name: "duties and taxes of an amount are a payment", text: "Duties and taxes of $23.50 must be paid before delivery",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "duties paid by the recipient are a charge on the reader", text: "Duties and taxes paid by the recipient: settle the charge to release your parcel",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "duties covered by you are a charge", text: "Import duties covered by you. Your parcel is held",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "duties and taxes are prepaid", text: "Good news: duties and taxes are prepaid on this order",
			want: map[string]float64{}},
		{name: "duties and taxes have been paid by the sender", text: "The duties and taxes have been paid by the sender",
			want: map[string]float64{}},
		{name: "import duties and taxes prepaid", text: "Your order ships with import duties and taxes prepaid",
			want: map[string]float64{}},
		{name: "duties and taxes are not paid", text: "Duties and taxes are not paid yet",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "duties prepaid, then the remaining fee asked", text: "Customs duties prepaid. To schedule delivery, pay the remaining fee of $2.99",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "the remaining fee asked before the duties called prepaid", text: "Pay the remaining fee of $2.99 today: import duties prepaid by the sender",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "a remaining charge alone is a payment", text: "Your parcel is on hold until the remaining charges are paid",
			want: map[string]float64{CodeIntentPayment: 0.25}},
		{name: "duties prepaid and no remaining fees", text: "Customs duties prepaid. There are no remaining fees to pay on delivery",
			want: map[string]float64{}},
		{name: "no remaining charges before the duties prepaid", text: "No remaining charges: import duties prepaid by the sender",
			want: map[string]float64{}},
		{name: "remaining fees billed to the shipper", text: "Duties and taxes prepaid. Any remaining fees will be billed to the shipper",
			want: map[string]float64{}},
		{name: "remaining charges paid by the sender", text: "Customs duties prepaid; remaining charges paid by the sender",
			want: map[string]float64{}},
		{name: "remaining fees waived", text: "Customs duties prepaid and remaining fees waived for this order",
			want: map[string]float64{}},
		{name: "remaining fees billed to you are a charge", text: "Customs duties prepaid. The remaining fees are billed to you: pay now",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "remaining fee paid by card is a charge", text: "Customs duties prepaid. The remaining fee is paid by card at delivery",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "a denial elsewhere leaves the fee asked", text: "No delay expected. Pay the remaining fee of $2.99",
			want: map[string]float64{CodeIntentPayment: 0.25}},
		// the scanner lure's own wording: a scan reported done counts
		{name: "a scan reported done is a download", text: "I have scanned the signed contract for your records",
			want: map[string]float64{CodeIntentDownload: 0.15}},
		{name: "a scanned document is a download", text: "You have a new scanned document from the office copier",
			want: map[string]float64{CodeIntentDownload: 0.15}},
		{name: "scanned after another subject still counts", text: "Invoice scanned: download the file",
			want: map[string]float64{CodeIntentDownload: 0.3, CodeIntentPayment: 0.2}},
		{name: "duties prepaid, nothing left to pay", text: "Your order ships with customs duties prepaid; there is nothing more to pay on delivery",
			want: map[string]float64{}},
		{name: "settled duties beside a reward still count", text: "Duties and taxes paid. Congratulations!",
			want: map[string]float64{CodeIntentPayment: 0.3, CodeIntentLure: 0.15}},
		{name: "gift cards asked for are a payment", text: "Can you get a gift card for a client today? I will pay you back",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "lure", text: "Congratulations! You have won: claim your reward now",
			want: map[string]float64{CodeIntentLure: 0.35}},
		{name: "lure in German", text: "Wir gratulieren, Sie haben einen Gutschein gewonnen",
			want: map[string]float64{CodeIntentLure: 0.35}},
		{name: "credentials in French", text: "saisissez votre mot de passe",
			want: map[string]float64{CodeIntentCredentials: 0.3}},
		{name: "credentials in Portuguese", text: "Sua conta foi bloqueada. Acesse sua conta e atualize seus dados",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "payment in Portuguese", text: "Segue o boleto da fatura em aberto",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "lure in Portuguese", text: "Seus pontos expiram hoje: resgate agora, voce ganhou um brinde",
			want: map[string]float64{CodeIntentLure: 0.35}},
		{name: "credentials in Italian", text: "Il tuo conto e stato sospeso, accedi con le tue credenziali",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "a bank's ordinary Portuguese notice", text: "Acesse sua conta para ver seu extrato",
			want: map[string]float64{CodeIntentCredentials: 0.3}},
		{name: "a Spanish ticket is no payment slip", text: "Tu boleto electronico para el concierto",
			want: map[string]float64{CodeIntentPayment: 0.15}},
		{name: "Portuguese business mail", text: "Verifique a ata da reuniao em anexo e envie comentarios ate sexta",
			want: map[string]float64{CodeIntentCredentials: 0.1}},
		{name: "a carrier's fee", text: "Your package could not be delivered. Pay the $1.99 redelivery fee to schedule delivery",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "a carrier's notice without a fee", text: "Your item is available for pickup. Schedule a redelivery",
			want: map[string]float64{}},
		{name: "second factor", text: "Your multi-factor (2FA) enrollment lapsed",
			want: map[string]float64{CodeIntentCredentials: 0.2}},
		{name: "a second factor named twice is one cue", text: "enable two-factor authentication (2FA) by April 15. Enable 2FA: MFA",
			want: map[string]float64{CodeIntentCredentials: 0.2}},
		{name: "two names of one thing, short name first", text: "Enter your SSN (social security number) here",
			want: map[string]float64{CodeIntentCredentials: 0.3}},
		{name: "two names of one thing, long name first", text: "Enter your social security number (SSN) here",
			want: map[string]float64{CodeIntentCredentials: 0.3}},
		{name: "a second factor among other cues", text: "Your account was suspended: sign in to verify your account and re-enroll your 2FA",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "a wallet's recovery phrase", text: "Confirm your wallet: enter the recovery phrase",
			want: map[string]float64{CodeIntentCredentials: 0.35}},
		{name: "changed wiring instructions", text: "Our trust account has changed: use the updated wiring instructions for the settlement funds",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "wire instructions", text: "Wire instructions for the closing are attached",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "a wire that is not a payment", text: "The wire service reported the story; see the instructions below",
			want: map[string]float64{}},
		{name: "payroll diversion", text: "Please change my direct deposit to the new account",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "subject at half weight", text: "click below", subject: "Password expired",
			want: map[string]float64{CodeIntentCredentials: 0.225}},
		{name: "a cue counts once", text: "password password password",
			want: map[string]float64{CodeIntentCredentials: 0.3}},
		{name: "ordinary business", text: "The minutes of the gas trading meeting are attached for review.",
			want: map[string]float64{}},
		{name: "a signature's fax number is no lure", text: "Ann Lee, Sales. Tel: +1 713 555 0100 Fax: +1 713 555 0101 www.pipeline.example",
			want: map[string]float64{}},
		{name: "a shared mailbox is no lure", text: "Send questions to the Control Desk mailbox or call 713 555 0100, mailbox 1",
			want: map[string]float64{}},
		{name: "a mailbox lure", text: "Your mailbox is full: upgrade now",
			want: map[string]float64{CodeIntentCredentials: 0.45}},
		{name: "a fax lure", text: "You have received a fax from +1 713 555 0101",
			want: map[string]float64{CodeIntentDownload: 0.2}},
		{name: "a meeting invitation's passcode is no lure", text: "Join Zoom Meeting https://x.zoom.us/j/844 Meeting ID: 844 1209 3311 Passcode: 551204",
			want: map[string]float64{}},
		{name: "a passcode lure", text: "Your passcode expires today: keep your passcode",
			want: map[string]float64{CodeIntentCredentials: 0.35}},
		{name: "a certificate's expiry is no lure", text: "Alert: Certificate expires in 14 days. Priority P2, team SRE. View alert",
			want: map[string]float64{}},
		{name: "a password's expiry", text: "Your password expires today. Keep your password",
			want: map[string]float64{CodeIntentCredentials: 0.4}},
		{name: "an account's expiry", text: "Your email account expires today",
			want: map[string]float64{CodeIntentCredentials: 0.1}},
		{name: "a domain's expiry", text: "Your domain registration expires soon. Failure to renew",
			want: map[string]float64{CodeIntentCredentials: 0.1, CodeIntentExtortion: 0.2}},
		{name: "a one-time passcode lure", text: "Enter the one-time passcode we sent to your phone",
			want: map[string]float64{CodeIntentCredentials: 0.25}},
		{name: "words inside words do not count", text: "the passwordless loginator",
			want: map[string]float64{}},
		{name: "an accented letter reads as its base letter", text: "Ihre Sendung wartet: Zollgebühr offen",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "capital umlauts too", text: "ÜBERWEISUNG DRINGEND",
			want: map[string]float64{CodeIntentPayment: 0.2, CodeIntentExtortion: 0.1}},
		{name: "Spanish cues with accents match as written", text: "Introduzca su contraseña para iniciar sesión",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "credentials in French with accents", text: "Votre compte a été suspendu : vérifiez votre compte",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "bank details in French", text: "merci de confirmer vos coordonnées bancaires",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "a changed bank account in German", text: "Bitte nutzen Sie ab sofort unsere neue Bankverbindung",
			want: map[string]float64{CodeIntentPayment: 0.35, CodeIntentExtortion: 0.1}},
		{name: "a German invoice's download link is no lure", text: "anbei die Rechnung Nr. 4711. Rechnung als PDF herunterladen",
			want: map[string]float64{CodeIntentPayment: 0.2}},
		{name: "a German invoice's footer", text: "Zahlbar innerhalb von 14 Tagen auf unsere Bankverbindung",
			want: map[string]float64{CodeIntentPayment: 0.15}},
		{name: "a bank naming its TAN procedure asks for nothing", text: "Eine Anleitung: pushTAN einrichten. Wir fragen Sie niemals nach PIN oder TAN.",
			want: map[string]float64{}},
		{name: "unusual sign-in in German", text: "Ungewöhnliche Anmeldeaktivität für das Microsoft-Konto",
			want: map[string]float64{CodeIntentCredentials: 0.45}},
		{name: "unusual sign-in in French", text: "Activité de connexion inhabituelle",
			want: map[string]float64{CodeIntentCredentials: 0.35}},
		{name: "the mailbox lure in German", text: "Ihr Postfach ist voll",
			want: map[string]float64{CodeIntentCredentials: 0.3}},
		{name: "a multiplication sign is no letter", text: "3×Mahnung",
			want: map[string]float64{CodeIntentPayment: 0.2}},
		{name: "Latin-1 bytes that are not UTF-8 still split words", text: "Zollgeb\xfchr",
			want: map[string]float64{}},
		{name: "decomposed accents (NFD) read as the composed letters", text: "Votre compte a e\u0301te\u0301 suspendu : ve\u0301rifiez votre compte",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "a decomposed umlaut", text: "Ihre Sendung wartet: Zollgebu\u0308hr offen",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "a combining accent alone joins no words", text: "Zollgeb \u0308 hr",
			want: map[string]float64{}},
		{name: "an accent on a letter of another script starts no word", text: "Konto \U0001d497\u0308 gesperrt",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "letters of Latin Extended-A read as their base letters", text: "Zollgeb\u016bhr offen",
			want: map[string]float64{CodeIntentPayment: 0.3}},
	})
}

func TestIntentScanAllocs(t *testing.T) {
	x := data().cues
	text := "Dear customer, please sign in to verify your account and update payment details within 24 hours."
	n := testing.AllocsPerRun(100, func() {
		var s intentScan
		s.scan(x, text)
	})
	if n != 0 {
		t.Errorf("scan allocates %v times, want 0", n)
	}
}

func TestCuesWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for cat, cs := range intentCues {
		for _, c := range cs {
			// A phrase listed twice is one hash in cueIndex: the later
			// entry would hide the first.
			if seen[c.phrase] {
				t.Errorf("cue %q is listed twice; the later entry hides the first", c.phrase)
			}
			seen[c.phrase] = true
			// a void cue drops the cues ending at its last word as its
			// tails (cueIndex.match): none may hold it
			for v := range voidCues {
				if c.phrase != v && strings.HasSuffix(c.phrase, " "+v) {
					t.Errorf("cue %q holds the void cue %q, which would drop it", c.phrase, v)
				}
			}
			words := tokens(c.phrase)
			switch {
			case voidCues[c.phrase]:
				// a denial (voidCues) is never counted: weightless
				if len(words) == 0 || len(words) > 3 || c.w != 0 {
					t.Errorf("void cue %q (%v): want 1-3 words and weight 0", c.phrase, c.w)
				}
			case len(words) == 0 || len(words) > 3 || c.w <= 0 || c.w > intentCaps[cat]:
				t.Errorf("cue %q (%v): want 1-3 words and 0 < weight <= cap", c.phrase, c.w)
			}
			if j := joinWords(words); j != c.phrase {
				t.Errorf("cue %q is not in normal form %q", c.phrase, j)
			}
		}
	}
}

func joinWords(ws []string) string {
	out := ""
	for i, w := range ws {
		if i > 0 {
			out += " "
		}
		out += w
	}
	return out
}

// TestSettledCuesByFlag: the import charges whose report settles them
// are found by reportCue.settled, not by the identity of their words'
// slice: a deep copy of cueReports (each word list cloned) names the same
// settled cues, the five import charges and not the survey.
func TestSettledCuesByFlag(t *testing.T) {
	ids := cueIDs()
	copied := map[string]reportCue{}
	for cue, r := range cueReports {
		copied[cue] = reportCue{words: slices.Clone(r.words), settled: r.settled}
	}
	want := map[int]bool{}
	for _, cue := range []string{"duties and taxes", "customs duties", "customs duty", "import duties", "import duty"} {
		want[ids[cue]] = true
	}
	if got := settledCueIDs(copied, ids); !maps.Equal(got, want) {
		t.Errorf("settledCueIDs(copy) = %v, want %v", got, want)
	}
	if got := data().cues.settled; !maps.Equal(got, want) {
		t.Errorf("cue index settled = %v, want %v", got, want)
	}
	// a survey with the settled words is no import charge
	if got := settledCueIDs(map[string]reportCue{"survey": {words: slices.Clone(settledWords)}}, ids); len(got) != 0 {
		t.Errorf("settledCueIDs(survey with settled words) = %v, want none", got)
	}
}
