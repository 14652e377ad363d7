package filter

import (
	"github.com/d--j/go-milter/mailfilter"
)

// decision maps an action to the MTA's answer. It is the only such mapping.
func decision(r *Result) mailfilter.Decision {
	switch r.Action {
	case ActionQuarantine:
		return mailfilter.QuarantineResponse(r.QuarantineReason())
	case ActionReject:
		return mailfilter.CustomErrorResponse(550, "5.7.1 Message refused by content policy")
	case ActionTempFail:
		return mailfilter.TempFail
	default: // accept, lock (body replaced), unscanned
		return mailfilter.Accept
	}
}
