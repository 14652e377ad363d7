package lock

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path"
	"slices"
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
// ReleaseInstructions by hand. A release from Sendmail's quarantine
// (sendmail -qQ -Q -qI{queue_id}) runs verbose and fails with ErrNotQueued
// when Sendmail released nothing: it exits 0 either way.
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
	args, check := verbose(args)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("lock: release queued: %s: %w: %s", args[0], err, strings.TrimSpace(limitString(out.String(), 500)))
	}
	if check && !unquarantined(out.String(), queueID) {
		return fmt.Errorf("lock: release queued: %s: queue ID %s: %w (sendmail: %s)", args[0], queueID, ErrNotQueued, oneLine(limitString(out.String(), 500)))
	}
	return nil
}

// verbose recognises a release from Sendmail's quarantine (sendmail -qQ
// -Q -qI<id>, perhaps behind sudo) and adds -v to it: Sendmail exits 0
// whether or not a held message matched, and says which it released only
// when verbose. check: the output must then name the queue ID.
func verbose(args []string) (out []string, check bool) {
	prog := slices.IndexFunc(args, func(a string) bool { return path.Base(a) == "sendmail" })
	if prog < 0 {
		return args, false
	}
	rest := args[prog+1:]
	if !slices.Contains(rest, "-qQ") || !slices.ContainsFunc(rest, func(a string) bool { return strings.HasPrefix(a, "-qI") }) {
		return args, false
	}
	if slices.Contains(rest, "-v") {
		return args, true
	}
	return slices.Insert(slices.Clone(args), prog+1, "-v"), true
}

// unquarantined: Sendmail's verbose output says it released queueID
// ("ID: Removed quarantine of ..."); "No changes" when nothing matched.
func unquarantined(out, queueID string) bool {
	for line := range strings.Lines(out) {
		if strings.HasPrefix(line, queueID+": Removed quarantine") {
			return true
		}
	}
	return false
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func limitString(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
