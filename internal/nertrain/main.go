// Command nertrain trains the named-entity tagger of generate/ner on the
// shared training data and writes its weights where the package embeds
// them.
//
//	go run ./internal/nertrain                 # train, choose the epoch on dev.conll, write the model
//	go run ./internal/nertrain -epochs 12      # train a fixed number of epochs
//	go run ./internal/nertrain eval -split dev # score the actors on realdev's dev split
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/brief-team/brief/generate/ner"
)

func main() {
	if len(os.Args) > 2 && os.Args[1] == "show" {
		m, err := ner.Load()
		for _, f := range os.Args[2:] {
			if err == nil {
				err = show(m, f)
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "nertrain show:", err)
			os.Exit(1)
		}
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "eval" {
		mainEval(os.Args[2:])
		return
	}
	data := flag.String("data", "../shared/ner-train", "folder with train.conll and dev.conll")
	out := flag.String("out", "generate/ner/model/ner.gz", "model file to write")
	epochs := flag.Int("epochs", 0, "train this many epochs (0: up to -max-epochs, keeping the best on dev.conll)")
	maxEpochs := flag.Int("max-epochs", 15, "most epochs to try when choosing on dev.conll")
	minCount := flag.Int("min-count", 2, "leave out features seen fewer times")
	minWeight := flag.Float64("min-weight", 0.05, "drop averaged weights smaller than this when writing")
	seed := flag.Uint64("seed", 1, "order of the sentences in each epoch")
	flag.Parse()
	if err := run(*data, *out, *epochs, *maxEpochs, *minCount, float32(*minWeight), *seed); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

func read(path string) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return s, nil
}

func run(data, out string, epochs, maxEpochs, minCount int, minWeight float32, seed uint64) error {
	train, err := read(filepath.Join(data, "train.conll"))
	if err != nil {
		return err
	}
	dev, err := read(filepath.Join(data, "dev.conll"))
	if err != nil {
		return err
	}
	start := time.Now()
	p, skipped := ner.Prepare(train)
	fmt.Printf("train: %d sentences (%d skipped), features in %s\n", len(train), skipped, time.Since(start).Round(time.Millisecond))
	opts := ner.TrainOptions{Epochs: epochs, MinCount: minCount, Seed: seed}
	var best []byte
	bestEpoch, bestF := 0, -1.0
	if epochs == 0 {
		opts.Epochs = maxEpochs
	}
	opts.AfterEpoch = func(epoch int, m *ner.Model) bool {
		e := m.Score(dev)
		_, _, tf := e.Token()
		ep, er, ef := e.Entity()
		fmt.Printf("epoch %2d  %6s  dev token F1 %.4f  entity P %.4f R %.4f F1 %.4f  (%d features)\n",
			epoch, time.Since(start).Round(time.Second), tf, ep, er, ef, m.Features())
		if epochs == 0 && ef <= bestF {
			return epoch-bestEpoch < 3 // stop after three epochs without gain
		}
		b, err := m.Bytes(minWeight)
		if err != nil {
			panic(err)
		}
		best, bestEpoch, bestF = b, epoch, ef
		return true
	}
	ner.Train(p, opts)
	m, err := ner.ReadModel(bytes.NewReader(best))
	if err != nil {
		return err
	}
	e := m.Score(dev)
	_, _, tf := e.Token()
	ep, er, ef := e.Entity()
	fmt.Printf("written: epoch %d, %d features, %d bytes; dev token F1 %.4f entity P %.4f R %.4f F1 %.4f (pruned, quantised)\n",
		bestEpoch, m.Features(), len(best), tf, ep, er, ef)
	return os.WriteFile(out, best, 0o644)
}

func mainEval(args []string) {
	fs := flag.NewFlagSet("eval", flag.ExitOnError)
	dir := fs.String("realdev", "generate/testdata/realdev", "realdev folder")
	split := fs.String("split", "dev", "dev or test (look at dev only; test is reported once)")
	model := fs.String("model", "", "model file (default: the embedded one)")
	only := fs.String("only", "", "only the variants whose name contains this")
	verbose := fs.Bool("v", false, "print each article's misses and extras")
	fs.Parse(args)
	err := func() error {
		m, err := ner.Load()
		if *model != "" {
			f, err := os.Open(*model)
			if err != nil {
				return err
			}
			defer f.Close()
			m, err = ner.ReadModel(f)
			if err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
		return evalRealdev(os.Stdout, m, *dir, *split, *only, *verbose)
	}()
	if err != nil {
		fmt.Fprintln(os.Stderr, "nertrain eval:", err)
		os.Exit(1)
	}
}
