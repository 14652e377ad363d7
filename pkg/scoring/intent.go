package scoring

import "strings"

// Intent categories.
const (
	intentCredentials = iota
	intentPayment
	intentExtortion
	intentDownload
	intentLure
	nIntents
)

var intentCodes = [nIntents]string{CodeIntentCredentials, CodeIntentPayment, CodeIntentExtortion, CodeIntentDownload, CodeIntentLure}

// intentCaps bound each category's sum, so a wordy message cannot pile up.
var intentCaps = [nIntents]float64{0.5, 0.35, 0.5, 0.3, 0.35}

// intentCues are transparent English cue lists: phrase (lowercase words,
// punctuation and hyphens read as spaces) and weight. A cue counts once per
// text. They were written from general knowledge of how phishing, invoice
// fraud, extortion and malware lures are phrased, not fitted to any corpus.
// Single common words carry small weights; only combinations add up.
// Besides English, each list has the most common words of the same lures
// in German, French and Spanish (spelt without accents where the accented
// letter would split the word, since words are ASCII letters and digits).
var intentCues = [nIntents][]struct {
	phrase string
	w      float64
}{
	intentCredentials: {
		{"verify your account", 0.4}, {"verify your identity", 0.4}, {"confirm your account", 0.4},
		{"confirm your identity", 0.35}, {"verify your email", 0.35}, {"update your account", 0.3},
		{"account suspended", 0.4}, {"been suspended", 0.35}, {"be suspended", 0.35},
		{"been limited", 0.35}, {"unusual activity", 0.35}, {"unusual sign in", 0.35},
		{"suspicious activity", 0.3}, {"restore access", 0.35}, {"reactivate", 0.3},
		{"sign in", 0.2}, {"log in", 0.2}, {"login", 0.15}, {"logon", 0.15},
		{"password", 0.3}, {"passcode", 0.25}, {"credentials", 0.3}, {"security alert", 0.25},
		{"verify", 0.2}, {"verification", 0.2}, {"validate", 0.2}, {"authenticate", 0.2},
		{"mailbox", 0.15}, {"quota", 0.2}, {"storage is full", 0.3}, {"expired", 0.15},
		{"expires", 0.1}, {"locked", 0.15}, {"social security number", 0.3}, {"ssn", 0.25},
		{"security question", 0.3}, {"one time code", 0.25},
		{"passwort", 0.3}, {"kennwort", 0.3}, {"anmelden", 0.2}, {"konto", 0.1},
		{"mot de passe", 0.3}, {"identifiant", 0.2}, {"connectez vous", 0.2},
		{"contrasena", 0.3}, {"iniciar sesion", 0.2}, {"cuenta", 0.1},
	},
	intentPayment: {
		{"invoice", 0.2}, {"payment", 0.15}, {"wire transfer", 0.3}, {"bank details", 0.3},
		{"banking details", 0.3}, {"gift card", 0.35}, {"gift cards", 0.35}, {"refund", 0.2},
		{"tax refund", 0.3}, {"overdue", 0.2}, {"outstanding balance", 0.25}, {"remittance", 0.2},
		{"billing information", 0.3}, {"payment details", 0.3}, {"credit card", 0.2},
		{"unpaid", 0.2}, {"bitcoin", 0.25}, {"btc", 0.2}, {"crypto wallet", 0.25},
		{"payment failed", 0.3}, {"update payment", 0.3},
		{"rechnung", 0.2}, {"zahlung", 0.15}, {"facture", 0.2}, {"paiement", 0.15},
		{"factura", 0.2}, {"pago", 0.15},
	},
	intentExtortion: {
		{"hacked", 0.3}, {"webcam", 0.3}, {"recorded you", 0.4}, {"your device", 0.1},
		{"pay within", 0.3}, {"within 24 hours", 0.25}, {"within 48 hours", 0.25},
		{"legal action", 0.25}, {"final notice", 0.25}, {"final warning", 0.3},
		{"will be deleted", 0.2}, {"will be closed", 0.25}, {"will be terminated", 0.25},
		{"permanently", 0.1}, {"immediately", 0.1}, {"urgent", 0.1}, {"failure to", 0.2},
		{"action required", 0.2}, {"avoid suspension", 0.3},
	},
	intentDownload: {
		{"download", 0.15}, {"view document", 0.25}, {"view the document", 0.25},
		{"shared a document", 0.25}, {"shared a file", 0.25}, {"shared with you", 0.2},
		{"open the attachment", 0.2}, {"secure document", 0.25}, {"secure message", 0.2},
		{"encrypted message", 0.2}, {"voicemail", 0.2}, {"voice message", 0.2}, {"fax", 0.15},
		{"scanned", 0.15}, {"review document", 0.25}, {"e signature", 0.2}, {"esign", 0.2},
		{"view pdf", 0.25}, {"pending documents", 0.25},
	},
	// Lures: prizes, rewards and windfalls, the bait of gift-card, survey,
	// lottery, advance-fee and crypto scams.
	intentLure: {
		{"you have won", 0.3}, {"you ve won", 0.3}, {"you won", 0.2}, {"winner", 0.15},
		{"congratulations", 0.15}, {"claim your", 0.2}, {"claim now", 0.2}, {"your reward", 0.2},
		{"reward", 0.1}, {"prize", 0.15}, {"lottery", 0.25}, {"jackpot", 0.2},
		{"free gift", 0.2}, {"gift card", 0.2}, {"been selected", 0.2}, {"you are selected", 0.2},
		{"airdrop", 0.25}, {"compensation fund", 0.3}, {"unclaimed", 0.2}, {"beneficiary", 0.2},
		{"inheritance", 0.2}, {"withdraw", 0.15}, {"your balance", 0.15}, {"survey", 0.1},
		{"gewinnen", 0.15}, {"gewonnen", 0.25}, {"gewinner", 0.15}, {"gutschein", 0.15},
		{"belohnung", 0.15}, {"geschenk", 0.1}, {"kostenlos", 0.1}, {"gratulieren", 0.15},
		{"gagner", 0.15}, {"gagnez", 0.15}, {"gagnant", 0.15}, {"cadeau", 0.1}, {"gratuit", 0.1},
		{"ganador", 0.15}, {"premio", 0.15}, {"regalo", 0.1}, {"gratis", 0.1},
	},
}

// cueIndex finds cues by the FNV-1a hash of their lowercase words joined
// by single spaces; prefix holds the hashes of the first one or two words of
// longer cues, so most words cost one or two lookups.
type cueIndex struct {
	cues   map[uint64]cueRef
	prefix map[uint64]bool
}

type cueRef struct {
	cat int
	id  int
	w   float64
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(lower(s[i]))) * fnvPrime
	}
	return h
}

func newCueIndex() cueIndex {
	x := cueIndex{cues: map[uint64]cueRef{}, prefix: map[uint64]bool{}}
	id := 0
	for cat, cs := range intentCues {
		for _, c := range cs {
			x.cues[fnvString(fnvOffset, c.phrase)] = cueRef{cat: cat, id: id, w: c.w}
			words := strings.Split(c.phrase, " ")
			for n := 1; n < len(words); n++ {
				x.prefix[fnvString(fnvOffset, strings.Join(words[:n], " "))] = true
			}
			id++
		}
	}
	return x
}

// intentScan accumulates the cues found in texts.
type intentScan struct {
	seen [4]uint64 // cue ids already counted
	w    [nIntents]float64
	cue  [nIntents]string // the strongest cue per category, for the reason
	best [nIntents]float64
}

// scan reads text word by word and matches 1-, 2- and 3-word cues. It does
// not allocate.
func (s *intentScan) scan(x cueIndex, text string) {
	var open [2]uint64 // hashes of open prefixes ending at the previous word
	nOpen := 0
	for i := 0; i < len(text); {
		for i < len(text) && !isWordByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if j == i {
			break
		}
		word := text[i:j]
		var next [2]uint64
		nNext := 0
		cands := [3]uint64{fnvOffset, open[0], open[1]}
		for _, h := range cands[:1+nOpen] {
			if h != fnvOffset {
				h = (h ^ ' ') * fnvPrime
			}
			h = fnvString(h, word)
			if c, ok := x.cues[h]; ok {
				s.hit(c)
			}
			if nNext < len(next) && x.prefix[h] {
				next[nNext] = h
				nNext++
			}
		}
		open, nOpen = next, nNext
		i = j
	}
}

func (s *intentScan) hit(c cueRef) {
	if s.seen[c.id/64]&(1<<(c.id%64)) != 0 {
		return
	}
	s.seen[c.id/64] |= 1 << (c.id % 64)
	s.w[c.cat] += c.w
	if c.w > s.best[c.cat] {
		s.best[c.cat] = c.w
		s.cue[c.cat] = phraseOf(c.cat, c.id)
	}
}

func phraseOf(cat, id int) string {
	for c := range cat {
		id -= len(intentCues[c])
	}
	return intentCues[cat][id].phrase
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// intentEvidence turns the cues of the link text and (at half weight) of
// the subject into one piece of evidence per category.
func intentEvidence(mult float64, link, subj *intentScan) []evid {
	var out []evid
	for c := range nIntents {
		w := min(intentCaps[c], link.w[c]+0.5*subj.w[c]) * mult
		if w <= 0 {
			continue
		}
		cue := link.cue[c]
		if cue == "" || subj.best[c]*0.5 > link.best[c] {
			cue = subj.cue[c]
		}
		out = append(out, evid{code: intentCodes[c], w: w, cls: classIntent, a: strings.TrimSpace(cue)})
	}
	return out
}
