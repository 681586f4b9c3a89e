package generate

import "context"

// stopper ends a generation whose context is done, so that `brief
// generate` stops promptly on SIGINT or SIGTERM whatever its input: the
// loops over documents, paragraphs and sentences call check, which panics
// with stopped once the context is done, and GenerateContext recovers it
// as the context's error. A nil stopper never stops.
type stopper struct {
	ctx context.Context
	n   int
}

// stopped carries the context's error out of the loops.
type stopped struct{ err error }

// check looks at the context every 64 calls (a call is a sentence or a
// paragraph: microseconds of work each).
func (s *stopper) check() {
	if s == nil {
		return
	}
	s.n++
	if s.n&63 == 0 {
		s.now()
	}
}

// now looks at the context at once.
func (s *stopper) now() {
	if s == nil {
		return
	}
	if err := s.ctx.Err(); err != nil {
		panic(stopped{err})
	}
}
