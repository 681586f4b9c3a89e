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
	"strings"
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
	flag.IntVar(&seeds, "seeds", 1, "average the models of this many sentence orders (seed, seed+1, ...), each trained for the epochs chosen with the first")
	flag.IntVar(&newsRepeat, "news-repeat", 3, "times per epoch a sentence of the news-like sources (UNER PUD, GUM) is seen")
	flag.Parse()
	if err := run(*data, *out, *epochs, *maxEpochs, *minCount, float32(*minWeight), *seed); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

var (
	newsRepeat = 1
	seeds      = 1
)

// repeat shows the sources nearest to news (PUD's news and Wikipedia
// sentences, GUM's Wikinews interviews, biographies and the rest) more
// often than EWT's web text.
func repeat(s ner.Sentence) int {
	if strings.HasPrefix(s.Source, "uner-ewt/") {
		return 1
	}
	return newsRepeat
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
	opts := ner.TrainOptions{Epochs: epochs, MinCount: minCount, Seed: seed, Repeat: repeat}
	var best *ner.Model
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
		best, bestEpoch, bestF = m, epoch, ef
		return true
	}
	ner.Train(p, opts)
	models := []*ner.Model{best}
	for k := 1; k < seeds; k++ {
		o := ner.TrainOptions{Epochs: bestEpoch, MinCount: minCount, Seed: seed + uint64(k), Repeat: repeat}
		models = append(models, ner.Train(p, o))
		fmt.Printf("seed %d trained (%s)\n", seed+uint64(k), time.Since(start).Round(time.Second))
	}
	b, err := ner.Average(models...).Bytes(minWeight)
	if err != nil {
		return err
	}
	m, err := ner.ReadModel(bytes.NewReader(b))
	if err != nil {
		return err
	}
	e := m.Score(dev)
	_, _, tf := e.Token()
	ep, er, ef := e.Entity()
	fmt.Printf("written: epoch %d, %d features, %d bytes; dev token F1 %.4f entity P %.4f R %.4f F1 %.4f (pruned, quantised)\n",
		bestEpoch, m.Features(), len(b), tf, ep, er, ef)
	return os.WriteFile(out, b, 0o644)
}

func mainEval(args []string) {
	fs := flag.NewFlagSet("eval", flag.ExitOnError)
	dir := fs.String("realdev", "generate/testdata/realdev", "realdev folder")
	split := fs.String("split", "dev", "dev or test (look at dev only; test is reported once)")
	model := fs.String("model", "", "model file (default: the embedded one)")
	only := fs.String("only", "", "only the variants whose name contains this")
	verbose := fs.Bool("v", false, "print each article's misses and extras")
	parts := fs.Bool("breakdown", false, "score the actors found by both, by the rules only and by the tagger only, by type")
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
		if *parts {
			return breakdown(os.Stdout, m, *dir, *split)
		}
		return evalRealdev(os.Stdout, m, *dir, *split, *only, *verbose)
	}()
	if err != nil {
		fmt.Fprintln(os.Stderr, "nertrain eval:", err)
		os.Exit(1)
	}
}
