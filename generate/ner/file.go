package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// The model's file: weights quantized and written in a compact binary form,
// read back by ReadModel.

// Model file format (then gzipped): magic, the counts of emission and
// pair features, the (nTags+1) x nTags transition weights as float32, a
// scale, then each table's features sorted by key: the key as a uvarint
// delta from the previous key, a bit mask of the weights present (one
// uvarint per 64 weights), and each such weight as a zig-zag varint of
// round(w / scale). Sorted keys and integer weights make the same model
// the same bytes.
const magic = "brief-ner-v2\n"

// quantSteps is the number of steps the largest weight is cut into: with
// the pruning of tiny weights it costs about 0.001 of F1 on dev.conll
// (0.6376 → 0.6364 entity F1 for the shipped model), and finer costs bytes.
const quantSteps = 2000

type row struct {
	key uint64
	w   []float32
}

// rowsOf returns a table's rows with a weight of at least minWeight in
// absolute value (the others zeroed), sorted by key, and the largest.
func rowsOf(t *table, minWeight float32) ([]row, float32) {
	var rows []row
	var maxW float32
	t.each(func(k uint64, w []float32) {
		ws := make([]float32, len(w))
		keep := false
		for i, v := range w {
			if abs(v) >= minWeight {
				ws[i] = v
				keep = true
				maxW = max(maxW, abs(v))
			}
		}
		if keep {
			rows = append(rows, row{k, ws})
		}
	})
	sort.Slice(rows, func(a, b int) bool { return rows[a].key < rows[b].key })
	return rows, maxW
}

func (m *Model) write(w io.Writer, minWeight float32) error {
	emit, maxE := rowsOf(&m.emit, minWeight)
	pair, maxP := rowsOf(&m.pair, minWeight)
	scale := max(maxE, maxP) / quantSteps
	if scale == 0 {
		scale = 1
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	bw.WriteString(magic)
	uv(uint64(len(emit)))
	uv(uint64(len(pair)))
	for p := range nTags + 1 {
		for c := range nTags {
			binary.Write(bw, binary.LittleEndian, m.trans[p][c])
		}
	}
	binary.Write(bw, binary.LittleEndian, scale)
	for _, rows := range [][]row{emit, pair} {
		prev := uint64(0)
		for _, r := range rows {
			uv(r.key - prev)
			prev = r.key
			var qs []int64
			for lo := 0; lo < len(r.w); lo += 64 {
				var mask uint64
				for i := lo; i < min(lo+64, len(r.w)); i++ {
					if q := int64(math.Round(float64(r.w[i] / scale))); q != 0 {
						mask |= 1 << (i - lo)
						qs = append(qs, q)
					}
				}
				uv(mask)
			}
			for _, q := range qs {
				sv(q)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Write writes the model in the compact, gzipped form ReadModel reads,
// dropping weights smaller than minWeight in absolute value (pruning: most
// features seen a few times end with tiny weights). The same model always
// gives the same bytes.
func (m *Model) Write(w io.Writer, minWeight float32) error { return m.write(w, minWeight) }

// ReadModel reads a model written by Write.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("ner: not a model file")
	}
	var counts [2]uint64
	for i := range counts {
		if counts[i], err = binary.ReadUvarint(br); err != nil {
			return nil, err
		}
		if counts[i] > 1<<24 {
			return nil, fmt.Errorf("ner: %d features: file damaged", counts[i])
		}
	}
	m := newModel(int(counts[0]), int(counts[1]))
	for p := range nTags + 1 {
		for c := range nTags {
			if err := binary.Read(br, binary.LittleEndian, &m.trans[p][c]); err != nil {
				return nil, err
			}
		}
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, err
	}
	for ti, t := range []*table{&m.emit, &m.pair} {
		key := uint64(0)
		ws := make([]float32, t.width)
		masks := make([]uint64, (t.width+63)/64)
		for range counts[ti] {
			d, err := binary.ReadUvarint(br)
			if err != nil {
				return nil, err
			}
			key += d
			for i := range masks {
				if masks[i], err = binary.ReadUvarint(br); err != nil {
					return nil, err
				}
			}
			for i := range ws {
				ws[i] = 0
				if masks[i/64]&(1<<(i%64)) == 0 {
					continue
				}
				q, err := binary.ReadVarint(br)
				if err != nil {
					return nil, err
				}
				ws[i] = float32(q) * scale
			}
			t.set(key, ws)
		}
	}
	return m, nil
}

// Bytes returns the model as Write writes it.
func (m *Model) Bytes(minWeight float32) ([]byte, error) {
	var b bytes.Buffer
	err := m.write(&b, minWeight)
	return b.Bytes(), err
}

func abs(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}
