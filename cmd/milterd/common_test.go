package main

import (
	"testing"

	"github.com/firstsight/firstsight/internal/config"
)

// TestEngineOptionsQR: limits.max_qr_pixels reaches the link reader; 0
// turns QR reading off rather than taking the reader's default.
func TestEngineOptionsQR(t *testing.T) {
	for _, tc := range []struct {
		pixels int
		noQR   bool
	}{{4 << 20, false}, {1 << 20, false}, {0, true}} {
		c := config.Default()
		c.Limits.MaxQRPixels = tc.pixels
		o := engineOptions(c).Links
		if o.NoQR != tc.noQR || !tc.noQR && o.MaxQRPixels != tc.pixels {
			t.Errorf("max_qr_pixels %d: links options %+v, want NoQR %v", tc.pixels, o, tc.noQR)
		}
	}
}
