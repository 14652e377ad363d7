package metrics

import "github.com/firstsight/firstsight/pkg/lock"

// *Metrics plugs into pkg/lock's interfaces without pkg/lock importing it.
var (
	_ lock.Events        = (*Metrics)(nil)
	_ lock.FlushObserver = (*Metrics)(nil)
	_ lock.FlushObserver = FlushObserver{}
)
