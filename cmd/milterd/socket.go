package main

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/user"
	"strconv"
	"time"

	"github.com/firstsight/firstsight/internal/config"
)

// removeStaleSocket deletes a leftover socket file; it refuses to delete
// anything that is not a socket.
func removeStaleSocket(path string) error {
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("milter: socket %s: %w", path, err)
	}
	if st.Mode()&fs.ModeSocket == 0 {
		return fmt.Errorf("milter: %s exists and is not a socket", path)
	}
	// A socket someone still answers on is not stale: removing it would
	// cut a running milterd off from its MTA without a word.
	if c, err := net.DialTimeout("unix", path, time.Second); err == nil {
		c.Close()
		return fmt.Errorf("milter: socket %s is in use by another running process (another milterd?)", path)
	}
	return os.Remove(path)
}

// chownSocket applies the configured mode and group, so a chrooted Postfix
// smtpd (user postfix) can connect.
func chownSocket(path string, s config.Socket) error {
	mode, _ := strconv.ParseUint(s.Mode, 8, 32)
	if err := os.Chmod(path, fs.FileMode(mode)); err != nil {
		return fmt.Errorf("milter: chmod socket: %w", err)
	}
	if s.Group == "" {
		return nil
	}
	g, err := user.LookupGroup(s.Group)
	if err != nil {
		return fmt.Errorf("milter: socket group: %w", err)
	}
	gid, _ := strconv.Atoi(g.Gid)
	if err := os.Chown(path, -1, gid); err != nil {
		return fmt.Errorf("milter: chgrp socket: %w", err)
	}
	return nil
}
