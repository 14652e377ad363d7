package bench

import (
	"context"
	"fmt"
	"io"
	"sync/atomic"
	"testing"
	"time"

	"github.com/d--j/go-milter"
	"github.com/d--j/go-milter/mailfilter"

	"github.com/firstsight/firstsight/internal/config"
	"github.com/firstsight/firstsight/internal/milterclient"
	"github.com/firstsight/firstsight/pkg/filter"
)

// BenchmarkProtocolMilterd serves milterd's adapter over loopback with the
// daemon's mailfilter options and drives it with 20 client sessions in the
// same process: the profile shows the whole server side (protocol, body
// buffering, decision, learning, GC) next to the client.
func BenchmarkProtocolMilterd(b *testing.B) {
	r := newRig(b)
	protocol(b, r, r.milter.Decide)
}

// BenchmarkProtocolNull is the same with the null decision (read the body, accept).
func BenchmarkProtocolNull(b *testing.B) {
	r := newRig(b)
	protocol(b, r, func(_ context.Context, trx mailfilter.Trx) (mailfilter.Decision, error) {
		_, err := io.Copy(io.Discard, trx.Body())
		return mailfilter.Accept, err
	})
}

func protocol(b *testing.B, r *rig, decide mailfilter.DecisionModificationFunc) {
	c := config.Default()
	mf, err := mailfilter.New("tcp", "127.0.0.1:0", decide,
		mailfilter.WithDecisionAt(mailfilter.DecisionAtEndOfMessage),
		mailfilter.WithBody(c.Limits.MaxMemBytes, c.Limits.MaxBodyBytes+1, mailfilter.TruncateWhenTooBig),
		mailfilter.WithHeader(2048, mailfilter.TruncateWhenTooBig),
		mailfilter.WithErrorHandling(mailfilter.AcceptWhenError))
	if err != nil {
		b.Fatal(err)
	}
	defer mf.Close()
	client := milter.NewClient("tcp", mf.Addr().String())
	envs := make([]milterclient.Envelope, len(r.test))
	for i, m := range r.test {
		e := filter.HeaderEnvelope(m, time.Now())
		envs[i] = milterclient.Envelope{MailFrom: e.MailFrom, Recipients: e.Recipients}
	}
	var next atomic.Int64
	b.SetParallelism(10) // 20 sessions on 2 CPUs
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		var s *milterclient.Session
		sent := 0
		for pb.Next() {
			if s == nil || sent == 50 {
				if s != nil {
					s.Close()
				}
				var err error
				if s, err = milterclient.Dial(client); err != nil {
					b.Error(err)
					return
				}
				sent = 0
			}
			i := int(next.Add(1)) % len(r.test)
			env := envs[i]
			env.QueueID = fmt.Sprintf("Q%d", i)
			if _, err := s.Send(env, r.test[i]); err != nil {
				b.Error(err)
				return
			}
			sent++
		}
		if s != nil {
			s.Close()
		}
	})
}
