package filter

import (
	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/scoring"
)

var _ History = (*baseline.Store)(nil)

// toHistory converts the baseline's answer into the scorer's input types.
func toHistory(f baseline.Facts) scoring.History {
	h := scoring.History{
		Sender:               scoring.Stat(f.Sender),
		SenderDomain:         scoring.Stat(f.SenderDomain),
		SenderName:           scoring.Stat(f.SenderName),
		SenderNameOrg:        scoring.Stat(f.SenderNameOrg),
		ListAuthorName:       scoring.Stat(f.ListAuthorName),
		ListAuthorNameSender: scoring.Stat(f.ListAuthorNameSender),
		Author:               scoring.Stat(f.Author),
		ListSent:             scoring.Stat(f.ListSent),
		Domains:              statMap(f.Domains),
		FamilyDomains:        statMap(f.FamilyDomains),
		Hosts:                statMap(f.Hosts),
		SenderLinks:          statMap(f.SenderLinks),
		SenderDomainLinks:    statMap(f.SenderDomainLinks),
		Recipients:           make(map[string]scoring.RecipientHistory, len(f.Recipients)),
		Thread:               scoring.Stat(f.Thread),
		ReplyDomain:          scoring.Stat(f.ReplyDomain),
		ReplyAddr:            scoring.Stat(f.ReplyAddr),
		Lists:                statMap(f.Lists),
	}
	for k, r := range f.Recipients {
		h.Recipients[k] = scoring.RecipientHistory{
			Recipient:   scoring.Stat(r.Recipient),
			Pair:        scoring.Stat(r.Pair),
			Warned:      scoring.Stat(r.Warned),
			Links:       statMap(r.Links),
			FamilyLinks: statMap(r.FamilyLinks),
			Known:       r.Known,
		}
	}
	return h
}

// statMap converts a map of stats; nil when it holds none, so that each of
// many recipients without a record costs no map.
func statMap(m map[string]baseline.Stat) map[string]scoring.Stat {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]scoring.Stat, len(m))
	for k, v := range m {
		out[k] = scoring.Stat(v)
	}
	return out
}
