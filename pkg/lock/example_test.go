package lock_test

import (
	"context"
	"fmt"
	"log"
	"net/http/httptest"
	"os"
	"path/filepath"
	"time"

	"github.com/firstsight/firstsight/pkg/lock"
	bolt "go.etcd.io/bbolt"
)

func Example() {
	dir, _ := os.MkdirTemp("", "lock-example")
	defer os.RemoveAll(dir)
	db, err := bolt.Open(filepath.Join(dir, "firstsight.db"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	store, err := lock.NewStore(db, lock.StoreOptions{})
	if err != nil {
		log.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- store.Run(ctx) }() // write-behind flushes

	// On the SMTP path: store the locks (durable), then queue the verdict.
	ids, err := store.CreateLocks(ctx, []lock.Record{{
		URL: "https://login.example-bank.test/verify", Level: lock.LevelWarn, Score: 6.2,
		Reasons: []lock.Reason{{Code: "new-domain", Text: "First time anyone in your organisation received a link to this domain."}},
		Sender:  "alerts@example-bank.test", Recipient: "bob@corp.test",
	}})
	if err != nil {
		log.Fatal(err)
	}
	store.RecordVerdict(lock.VerdictRecord{Action: "lock", LinkCount: 3, LockedCount: 1, LockIDs: ids})

	// Serve h.Public() to readers and h.Admin() on the loopback admin listener.
	h := lock.NewHandler(store, lock.HandlerOptions{AdminToken: "change-me"}, lock.Deps{}, nil)
	w := httptest.NewRecorder()
	h.Public().ServeHTTP(w, httptest.NewRequest("GET", "/l/"+ids[0], nil))
	fmt.Println(w.Code, w.Header().Get("Referrer-Policy"))

	cancel()
	if err := <-done; err != nil {
		log.Fatal(err)
	}
	// Output: 200 no-referrer
}

func ExampleCommandReleaser() {
	// Release held messages with sudo-wrapped Postfix commands.
	r := lock.CommandReleaser{Commands: [][]string{
		{"sudo", "-n", "/usr/sbin/postsuper", "-H", "{queue_id}"},
		{"sudo", "-n", "/usr/sbin/postqueue", "-i", "{queue_id}"},
	}}
	_ = lock.Deps{Queue: r}
	fmt.Println(lock.ReleaseInstructions("4QaBc9"))
	// Output: postsuper -H 4QaBc9, which must say "Released from hold: 1 message" (0: not held), then postqueue -i 4QaBc9 (Postfix); sendmail -v -qQ -Q -qI4QaBc9, which must say "4QaBc9: Removed quarantine" ("No changes": not held), then sendmail -q (Sendmail)
}
