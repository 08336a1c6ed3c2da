package main

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"unicode"
)

// runUnicode prints `rune<TAB>class flags<TAB>ToUpper<TAB>ToLower<TAB>ToTitle<TAB>SimpleFold`.
func runUnicode() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	preds := []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsSpace, unicode.IsUpper,
		unicode.IsLower, unicode.IsTitle, unicode.IsPunct, unicode.IsMark, unicode.IsSymbol, unicode.IsGraphic,
		unicode.IsPrint, unicode.IsControl}
	runes := []rune{-1, unicode.MaxRune, unicode.MaxRune + 1, 0x1E9E, 0x212A, 0x17F, 0x130, 0x131, 0x3A3, 0x3C2, 0x1C4, 0x1C5, 0x1C6}
	for r := rune(0); r < 0x2100; r++ {
		runes = append(runes, r)
	}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 3000 {
		runes = append(runes, rune(rng.IntN(0x110000)))
	}
	for _, r := range runes {
		flags := make([]byte, len(preds))
		for i, p := range preds {
			flags[i] = '0'
			if p(r) {
				flags[i] = '1'
			}
		}
		fmt.Fprintf(out, "%d\t%s\t%d\t%d\t%d\t%d\n", r, flags, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
}
