package generate

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
)

// TestGenerateContextStops: a generation stops soon after its context is
// done (brief generate on SIGINT or SIGTERM), with the context's error and
// no briefing, at whichever stage it is in.
func TestGenerateContextStops(t *testing.T) {
	docs := repoDocs(t)
	var big []Document
	for len(big) < 2000 { // about 6 MB: seconds of work
		big = append(big, docs...)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if b, err := GenerateContext(ctx, big, Options{}); b != nil || !errors.Is(err, context.Canceled) {
		t.Fatalf("a done context: got %v, %v; want nil, context.Canceled", b, err)
	}
	for _, after := range []time.Duration{50 * time.Millisecond, 400 * time.Millisecond, 1500 * time.Millisecond} {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			b, err := GenerateContext(ctx, big, Options{})
			if b != nil {
				err = errors.New("a briefing came back")
			}
			done <- err
		}()
		time.Sleep(after)
		cancel()
		start := time.Now()
		select {
		case err := <-done:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("cancelled after %v: %v, want context.Canceled", after, err)
			}
			t.Logf("cancelled after %v: returned in %v", after, time.Since(start))
		case <-time.After(5 * time.Second):
			t.Fatalf("cancelled after %v: still running 5 s later", after)
		}
	}
}

// TestGenerateContextUncancelled: a context never done changes nothing.
func TestGenerateContextUncancelled(t *testing.T) {
	docs := repoDocs(t)[:5]
	a, err := GenerateContext(context.Background(), docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(briefings.Write(a), briefings.Write(must(Generate(docs, Options{})))) {
		t.Error("GenerateContext and Generate differ")
	}
}
