package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/d--j/go-milter/mailfilter"
)

// nullMain runs the null milter: go-milter's mailfilter deciding at end of
// message, reading the whole body and accepting. It is the protocol floor.
func nullMain(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("null", flag.ContinueOnError)
	fs.SetOutput(stderr)
	listen := fs.String("listen", "inet:127.0.0.1:10026", "milter socket: inet:HOST:PORT or unix:/path")
	maxMem := fs.Int("max-mem", 512<<10, "body bytes kept in memory before spilling to a temp file (milterd's default)")
	maxSize := fs.Int64("max-size", 64<<20, "larger bodies are truncated (milterd's default max_body_bytes)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	network, addr := splitAddr(*listen)
	mf, err := mailfilter.New(network, addr, nullDecide,
		mailfilter.WithDecisionAt(mailfilter.DecisionAtEndOfMessage),
		mailfilter.WithBody(*maxMem, *maxSize+1, mailfilter.TruncateWhenTooBig),
		mailfilter.WithHeader(2048, mailfilter.TruncateWhenTooBig),
		mailfilter.WithErrorHandling(mailfilter.AcceptWhenError))
	if err != nil {
		fmt.Fprintln(stderr, "milterload null:", err)
		return 1
	}
	log.Info("milter listening", "addr", mf.Addr().String(), "network", network)
	<-ctx.Done()
	mf.Shutdown(context.Background())
	log.Info("null milter stopped", "sessions", mf.MilterCount())
	return 0
}

// nullDecide reads the whole body and accepts.
func nullDecide(_ context.Context, trx mailfilter.Trx) (mailfilter.Decision, error) {
	if b := trx.Body(); b != nil {
		if _, err := io.Copy(io.Discard, b); err != nil {
			return nil, fmt.Errorf("null: body: %w", err)
		}
	}
	return mailfilter.Accept, nil
}
