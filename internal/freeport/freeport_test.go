package freeport

import (
	"net"
	"testing"
)

// Ports are never handed out twice, and each can be listened on.
func TestPortsDistinct(t *testing.T) {
	seen := map[int]bool{}
	for range 200 {
		p := Port(t)
		if seen[p] {
			t.Fatalf("port %d handed out twice", p)
		}
		seen[p] = true
	}
	ln, err := net.Listen("tcp", Addr(t))
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
}
