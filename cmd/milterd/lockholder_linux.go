package main

import (
	"fmt"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// lockHolder finds the process holding path's lock in /proc/locks; ok is
// false when none is found (the holder gone, or /proc not mounted).
func lockHolder(path string) (holder, bool) {
	var st syscall.Stat_t
	if err := syscall.Stat(path, &st); err != nil {
		return holder{}, false
	}
	f, err := os.Open("/proc/locks")
	if err != nil {
		return holder{}, false
	}
	defer f.Close()
	dev := uint64(st.Dev) //nolint:unconvert // Dev is uint32 on some architectures
	pid, ok := lockPID(f, fileID{major: unix.Major(dev), minor: unix.Minor(dev), inode: uint64(st.Ino)})
	if !ok {
		return holder{}, false
	}
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil || len(cmdline) == 0 {
		return holder{pid: pid, name: "a process"}, true
	}
	return describe(pid, cmdline, sameProgram(pid)), true
}

// sameProgram: process pid runs this program's executable (false when
// /proc does not say, as for another user's process).
func sameProgram(pid int) bool {
	self, err1 := os.Readlink("/proc/self/exe")
	exe, err2 := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid))
	return err1 == nil && err2 == nil && exe == self
}
