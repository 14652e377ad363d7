// Package freeport hands tests loopback TCP ports to listen on, since
// milterd's configuration refuses port 0 (a random port nobody could
// find). A port is one that was free a moment ago and that no other call
// in the test binary returned: the kernel may hand a port just closed out
// again, and two listeners of one daemon (its milter and its lock page)
// then collided ("bind: address already in use").
package freeport

import (
	"net"
	"strconv"
	"sync"
	"testing"
)

// handed are the ports Port returned.
var (
	mu     sync.Mutex
	handed = map[int]bool{}
)

// Port returns a free loopback TCP port never returned before.
func Port(t testing.TB) int {
	t.Helper()
	mu.Lock()
	defer mu.Unlock()
	for range 100 {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port := ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		if !handed[port] {
			handed[port] = true
			return port
		}
	}
	t.Fatal("freeport: no free loopback port that was not handed out before")
	return 0
}

// Addr is Port as 127.0.0.1:PORT.
func Addr(t testing.TB) string {
	t.Helper()
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(Port(t)))
}
