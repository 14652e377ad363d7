//go:build !linux

package links

import "time"

var cpuStart = time.Now()

// threadCPU falls back to wall time where the thread CPU clock is unavailable.
func threadCPU() time.Duration { return time.Since(cpuStart) }
