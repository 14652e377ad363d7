package scoring

import "sync"

// scratch is the working storage of one message's judgement that no
// verdict keeps: the links' recipient-independent judgements, the first
// chunk of their evidence, the recipients' judgements with their
// evidence, lookalikeHistory's answers, linkDecision's working buffer,
// rcptClasses' keys and lists, and the context and notice scans' buffers.
// scoreOnce takes one from scratches and gives it back, so that a message
// of common size allocates little more than its verdict keeps.
//
// Reuse carries nothing from one message to the next: every buffer is
// handed out zeroed (buffer.take), and release clears what the message
// used, so a pooled scratch keeps no message's strings alive.
type scratch struct {
	links   buffer[linkBase]
	chunk   buffer[evid]
	les     buffer[linkEval]
	evs     buffer[evid]
	hist    buffer[histAnswer]
	reasons buffer[Reason]  // linkDecision's working buffer
	keys    buffer[rcptKey] // rcptClasses' keys
	classes buffer[string]  // rcptClasses' first recipients of each class
	linkIdx [2][]int32      // rcptClasses' link lists (atLinks, b64Links), which hold no pointers
	words   [2][]ctxWord    // the context scan's records (ctxScan), which hold no pointers
	hits    [2][]cueRef
	notice  []byte // noticeScan's lowercase copy
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// maxKept bounds the values a buffer keeps for the next message: a
// message with thousands of links gets its storage allocated, not kept.
const maxKept = 4096

// buffer is reusable storage for values of T.
type buffer[T any] struct {
	s    []T
	used int // how many values of s were handed out (take) since the last clear
}

// take returns n zero values from b's storage (grown to n first when
// smaller), or newly allocated when b was taken from since it was
// cleared or n is over maxKept. The slice is capped at n: an append
// beyond it moves.
func (b *buffer[T]) take(n int) []T {
	if b.used > 0 || n > maxKept {
		return make([]T, n)
	}
	if cap(b.s) < n {
		b.s = make([]T, n)
	}
	b.used = n
	return b.s[:n:n]
}

// clear zeroes what take handed out, for the next message.
func (b *buffer[T]) clear() {
	clear(b.s[:b.used])
	b.used = 0
}

// useScratch gives m a scratch from the pool, and m's context and notice
// scans their buffers.
func (m *message) useScratch() {
	s := scratches.Get().(*scratch)
	m.s = s
	m.ctx.last.words, m.ctx.next.words = s.words[0][:0], s.words[1][:0]
	m.ctx.last.hits, m.ctx.next.hits = s.hits[0][:0], s.hits[1][:0]
	m.notice.buf = s.notice[:0]
}

// release clears m's scratch and gives it back to the pool, keeping the
// scans' buffers (grown or not) for the next message. m must not be used
// afterwards.
func (m *message) release() {
	s := m.s
	if s == nil {
		return
	}
	s.links.clear()
	s.chunk.clear()
	s.les.clear()
	s.evs.clear()
	s.hist.clear()
	s.reasons.clear()
	s.keys.clear()
	s.classes.clear()
	s.words = [2][]ctxWord{keepBuf(m.ctx.last.words, maxKept), keepBuf(m.ctx.next.words, maxKept)}
	s.hits = [2][]cueRef{keepBuf(m.ctx.last.hits, maxKept), keepBuf(m.ctx.next.hits, maxKept)}
	s.notice = keepBuf(m.notice.buf, 16*maxKept)
	m.s = nil
	scratches.Put(s)
}

// keepBuf is b emptied when it holds at most n values, else nil.
func keepBuf[T any](b []T, n int) []T {
	if cap(b) > n {
		return nil
	}
	return b[:0]
}
