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
// ReleaseInstructions by hand. Both MTAs exit 0 from a release that
// released nothing, so a release fails with ErrNotQueued unless the MTA
// says it released the message: postsuper -H's count of messages released
// from hold, or the line a release from Sendmail's quarantine (sendmail
// -qQ -Q -qI{queue_id}, run verbose) prints for it.
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
	args, released := confirmed(args)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("lock: release queued: %s: %w: %s", args[0], err, strings.TrimSpace(limitString(out.String(), 500)))
	}
	if released != nil && !released(out.String(), queueID) {
		return fmt.Errorf("lock: release queued: %s: queue ID %s: %w (%s)", args[0], queueID, ErrNotQueued, oneLine(limitString(out.String(), 500)))
	}
	return nil
}

// confirmed recognises a release that exits 0 whether or not the MTA
// held the message, perhaps behind sudo, and returns what its output must
// show for the release to count (nil for other commands): Postfix's
// postsuper -H <id> says how many messages it released from hold;
// Sendmail's sendmail -qQ -Q -qI<id> says which it released only when
// verbose, so -v is added to it.
func confirmed(args []string) (out []string, released func(out, queueID string) bool) {
	if prog, ok := program(args, "postsuper"); ok && slices.Contains(args[prog+1:], "-H") {
		return args, releasedFromHold
	}
	prog, ok := program(args, "sendmail")
	if !ok {
		return args, nil
	}
	rest := args[prog+1:]
	if !slices.Contains(rest, "-qQ") || !slices.ContainsFunc(rest, func(a string) bool { return strings.HasPrefix(a, "-qI") }) {
		return args, nil
	}
	if slices.Contains(rest, "-v") {
		return args, unquarantined
	}
	return slices.Insert(slices.Clone(args), prog+1, "-v"), unquarantined
}

// program is the index of the argument that runs name (any directory).
func program(args []string, name string) (int, bool) {
	i := slices.IndexFunc(args, func(a string) bool { return path.Base(a) == name })
	return i, i >= 0
}

// releasedFromHold: postsuper's summary says it released at least one
// message ("postsuper: Released from hold: 1 message"); "0 messages" when
// none was held under that ID.
func releasedFromHold(out, _ string) bool {
	const said = "Released from hold: "
	for line := range strings.Lines(out) {
		_, n, ok := strings.Cut(line, said)
		if ok && n != "" && n[0] >= '1' && n[0] <= '9' {
			return true
		}
	}
	return false
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
