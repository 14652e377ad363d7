package filter

import "sync"

// learner runs Engine.Finish (journal and learning) on one background
// worker, so a decision never waits on the baseline's write lock. When the
// queue is full it finishes inline: back-pressure, never loss.
type learner struct {
	e       *Engine
	sync    bool
	onPanic func(any) // told about a panic while learning; the worker goes on
	q       chan *Result
	done    chan struct{}
	close   func()
}

func newLearner(e *Engine, inline bool) *learner {
	l := &learner{e: e, sync: inline, q: make(chan *Result, 4096), done: make(chan struct{})}
	var once sync.Once
	l.close = func() { once.Do(func() { close(l.q); <-l.done }) }
	go l.run()
	return l
}

func (l *learner) run() {
	defer close(l.done)
	for r := range l.q {
		l.finishSafely(r)
	}
}

// finishSafely keeps one bad message from taking the worker, and with it
// the daemon, down.
func (l *learner) finishSafely(r *Result) {
	defer func() {
		if p := recover(); p != nil && l.onPanic != nil {
			l.onPanic(p)
		}
	}()
	l.e.Finish(r)
}

// finish queues r, or finishes it at once in sync mode, when the queue is
// full, or for a quarantine, whose reason must be stored by the time the
// message sits in the hold queue.
func (l *learner) finish(r *Result) {
	if !l.sync && r.Action != ActionQuarantine {
		select {
		case l.q <- r:
			return
		default:
		}
	}
	l.finishSafely(r)
}
