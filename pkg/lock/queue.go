package lock

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// CommandReleaser releases a held message by running commands, each an argv
// in which "{queue_id}" is replaced by the (validated) queue ID. No shell is
// involved. The zero value runs Postfix's
//
//	postsuper -H <id>
//	postqueue -i <id>
//
// Both need privileges the milter usually lacks: prefix them with sudo (and a
// matching sudoers rule) in Commands, or leave the releaser unset and run
// ReleaseInstructions by hand.
type CommandReleaser struct {
	Commands [][]string
	Timeout  time.Duration // per command; default 30s
}

// DefaultPostfixCommands are the commands the zero CommandReleaser runs.
var DefaultPostfixCommands = [][]string{{"postsuper", "-H", "{queue_id}"}, {"postqueue", "-i", "{queue_id}"}}

// ReleaseQueued implements QueueReleaser.
func (c CommandReleaser) ReleaseQueued(ctx context.Context, queueID string) error {
	if !ValidQueueID(queueID) {
		return fmt.Errorf("lock: release queued: %w", ErrBadID)
	}
	cmds := c.Commands
	if len(cmds) == 0 {
		cmds = DefaultPostfixCommands
	}
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	for _, argv := range cmds {
		if err := runOne(ctx, timeout, argv, queueID); err != nil {
			return err
		}
	}
	return nil
}

func runOne(ctx context.Context, timeout time.Duration, argv []string, queueID string) error {
	if len(argv) == 0 {
		return fmt.Errorf("lock: release queued: empty command")
	}
	args := make([]string, len(argv))
	for i, a := range argv {
		args[i] = strings.ReplaceAll(a, "{queue_id}", queueID)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("lock: release queued: %s: %w: %s", args[0], err, strings.TrimSpace(limitString(out.String(), 500)))
	}
	return nil
}

func limitString(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
