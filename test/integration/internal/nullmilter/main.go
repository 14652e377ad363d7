// Command nullmilter is a stand-in filter for the integration harness: it accepts
// every message and stamps it with an X-Firstsight header, after removing any copy
// the sender supplied. It logs the same "milter listening" line as milterd, so the
// harness can start either. It exists to test the harness itself, not Firstsight.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/d--j/go-milter/mailfilter"
)

func main() {
	listen := flag.String("listen", "inet:127.0.0.1:0", "milter socket (inet:HOST:PORT or unix:PATH)")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(*listen, log); err != nil {
		log.Error("nullmilter failed", "err", err)
		os.Exit(1)
	}
}

func run(listen string, log *slog.Logger) error {
	network, address, ok := strings.Cut(listen, ":")
	if !ok || (network != "inet" && network != "unix") {
		return fmt.Errorf("nullmilter: bad -listen %q", listen)
	}
	if network == "inet" {
		network = "tcp"
	}
	f, err := mailfilter.New(network, address, decide,
		mailfilter.WithDecisionAt(mailfilter.DecisionAtEndOfMessage),
		mailfilter.WithBody(1<<20, 64<<20, mailfilter.RejectMessageWhenTooBig))
	if err != nil {
		return fmt.Errorf("nullmilter: listen: %w", err)
	}
	log.Info("milter listening", "addr", f.Addr().String())
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	<-ctx.Done()
	f.Close()
	return nil
}

func decide(_ context.Context, trx mailfilter.Trx) (mailfilter.Decision, error) {
	n, err := io.Copy(io.Discard, trx.Body())
	if err != nil {
		return nil, err
	}
	fields := trx.Headers().Fields()
	for fields.Next() {
		if fields.CanonicalKey() == "X-Firstsight" {
			fields.Del()
		}
	}
	trx.Headers().Add("X-Firstsight", fmt.Sprintf("action=accept score=0.00 reasons=nullmilter bytes=%d", n))
	return mailfilter.Accept, nil
}
