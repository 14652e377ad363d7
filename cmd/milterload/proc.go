package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// clockTicks is USER_HZ, 100 on every Linux architecture Go supports.
const clockTicks = 100

// procSample is what /proc says about a process at one moment.
type procSample struct {
	CPU     float64 // utime+stime, seconds
	HWMKB   int64   // VmHWM: peak resident set
	RSSKB   int64   // VmRSS
	AnonKB  int64   // RssAnon: heap, stacks
	FileKB  int64   // RssFile: mapped files (the bbolt mmap) and the binary
	Threads int64
	FDs     int
}

// readProc samples /proc/PID/{stat,status,fd}.
func readProc(pid int) (procSample, error) {
	var s procSample
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return s, fmt.Errorf("proc: %w", err)
	}
	if s.CPU, err = cpuSeconds(stat); err != nil {
		return s, err
	}
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return s, fmt.Errorf("proc: %w", err)
	}
	kv := statusFields(status)
	s.HWMKB, s.RSSKB, s.Threads = kv["VmHWM"], kv["VmRSS"], kv["Threads"]
	s.AnonKB, s.FileKB = kv["RssAnon"], kv["RssFile"]
	if fds, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid)); err == nil {
		s.FDs = len(fds)
	}
	return s, nil
}

// cpuSeconds reads utime and stime (fields 14 and 15) from /proc/PID/stat.
// The command name (field 2) may hold spaces, so count from its closing paren.
func cpuSeconds(stat []byte) (float64, error) {
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, fmt.Errorf("proc: malformed stat")
	}
	f := strings.Fields(string(stat[i+1:])) // f[0] is field 3 (state)
	if len(f) < 13 {
		return 0, fmt.Errorf("proc: short stat")
	}
	u, err1 := strconv.ParseInt(f[11], 10, 64)
	s, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("proc: bad utime/stime %q %q", f[11], f[12])
	}
	return float64(u+s) / clockTicks, nil
}

// statusFields returns the numeric "Key: N [kB]" lines of /proc/PID/status.
func statusFields(status []byte) map[string]int64 {
	out := map[string]int64{}
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		f := strings.Fields(v)
		if len(f) == 0 {
			continue
		}
		if n, err := strconv.ParseInt(f[0], 10, 64); err == nil {
			out[k] = n
		}
	}
	return out
}
