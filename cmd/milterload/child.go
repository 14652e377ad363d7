package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// child is a milter process started by milterload.
type child struct {
	cmd  *exec.Cmd
	addr string
	pid  int
	done chan struct{}
}

// startMilter runs argv and waits for its `msg="milter listening" ... addr=H:P` log line.
func startMilter(ctx context.Context, argv []string, verbose bool, stderr io.Writer) (*child, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		return nil, fmt.Errorf("start: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start: %w", err)
	}
	c := &child{cmd: cmd, pid: cmd.Process.Pid, done: make(chan struct{})}
	found := make(chan string, 1)
	go func() {
		defer close(c.done)
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			line := sc.Text()
			if verbose {
				fmt.Fprintln(stderr, line)
			}
			if a := listenAddr(line); a != "" {
				select {
				case found <- a:
				default:
				}
			}
		}
		cmd.Wait()
	}()
	select {
	case c.addr = <-found:
		return c, nil
	case <-c.done:
		return nil, fmt.Errorf("start: %s exited before listening", argv[0])
	case <-time.After(30 * time.Second):
	case <-ctx.Done():
	}
	c.stop()
	return nil, fmt.Errorf("start: %s did not report its milter address", argv[0])
}

// listenAddr extracts addr=H:P from a slog text "milter listening" line.
func listenAddr(line string) string {
	if !strings.Contains(line, `msg="milter listening"`) {
		return ""
	}
	for _, f := range strings.Fields(line) {
		if v, ok := strings.CutPrefix(f, "addr="); ok {
			return strings.Trim(v, `"`)
		}
	}
	return ""
}

// stop sends SIGTERM and waits up to 20 s before killing.
func (c *child) stop() {
	c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-c.done:
	case <-time.After(20 * time.Second):
		c.cmd.Process.Kill()
		<-c.done
	}
}
