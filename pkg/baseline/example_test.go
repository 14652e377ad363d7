package baseline_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/pkg/baseline"
)

func Example() {
	dir, _ := os.MkdirTemp("", "baseline-example")
	defer os.RemoveAll(dir)
	db, err := bolt.Open(filepath.Join(dir, "firstsight.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	opts := baseline.Options{InternalDomains: []string{"corp.example"}}
	store, err := baseline.New(db, opts)
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close() // in the daemon: go store.Run(ctx)

	now := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	store.Observe(baseline.Observation{Time: now, Sender: "news@vendor.example",
		Recipients: []string{"bob@corp.example"}, LinkDomains: []string{"vendor.example"}})

	facts, err := store.Lookup(baseline.Query{Now: now.Add(time.Hour), Sender: "news@vendor.example",
		Recipients: []string{"bob@corp.example"}, LinkDomains: []string{"vendor.example", "new.example"}})
	if err != nil {
		log.Fatal(err)
	}
	d := facts.Domains["vendor.example"]
	fmt.Println("vendor.example:", d.Messages, "message(s), established:", opts.Established(d))
	fmt.Println("new.example seen:", facts.Domains["new.example"].Seen())
	// Output:
	// vendor.example: 1 message(s), established: false
	// new.example seen: false
}
