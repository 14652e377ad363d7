# Make is the single source of truth for building and testing Firstsight.
# `make test` is the README's test command and what .ci/run calls.

GO              ?= go
FUZZTIME        ?= 40000x
INTEGRATION_TIMEOUT ?= 10m
BIN             ?= bin

.PHONY: all build check test fmt-check vet unit fuzz-smoke integration deps bench bench-corpus bench-profile soak eval eval-halves eval-modern clean

all: build

build:
	$(GO) build -o $(BIN)/milterd ./cmd/milterd

## check: the README's test command, what .ci/run calls: install the test
## prerequisites (root, apt), then run every test.
check: deps test

## test: every test; real-MTA tests need `make deps` (root) first.
test: fmt-check vet unit fuzz-smoke integration

fmt-check:
	@out=$$(gofmt -l .); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	$(GO) vet -tags integration ./test/integration/...

unit:
	$(GO) test -race ./...

fuzz-smoke:
	FUZZTIME=$(FUZZTIME) GO=$(GO) scripts/fuzz-smoke.sh

## integration: real Postfix, Sendmail and miltertest against a freshly built milterd.
## With CI=true a missing prerequisite fails instead of skipping.
integration:
	$(GO) test -tags integration -count=1 -timeout $(INTEGRATION_TIMEOUT) -v ./test/integration/...

## deps: install postfix, swaks, miltertest, chromium and a private Sendmail (root, apt).
deps:
	scripts/install-test-deps.sh

## bench: benchmarks only (no tests): Go benchmarks, the paired milterd/null run
## with the memory run, and the Postfix run when root with postfix installed.
bench:
	$(GO) test -run '^$$' -bench . ./...
	GO=$(GO) bench/paired.sh
	@if [ "$$(id -u)" = 0 ] && command -v postfix >/dev/null; then GO=$(GO) bench/postfix.sh; \
	else echo "bench: skipping bench/postfix.sh (needs root and postfix)"; fi

## bench-corpus: the paired run on ../shared/corpus-dev (opt-in).
bench-corpus:
	CORPUS=../shared/corpus-dev MEM=0 GO=$(GO) bench/paired.sh

bench-profile:
	GO=$(GO) bench/profile.sh

## soak: a bounded soak run (SOAK=30m for the long one).
SOAK ?= 2m
soak:
	GO=$(GO) bench/soak.sh $(SOAK)

## eval: the dev evaluation (needs ../shared; not part of the tests).
eval:
	eval/run.sh

## eval-halves: the dev evaluation on two halves of the mailboxes (needs ../shared).
eval-halves:
	eval/halves.sh

## eval-modern: synthetic modern mailboxes with history (eval/modern; no ../shared).
eval-modern:
	eval/modern.sh

clean:
	rm -rf $(BIN)
