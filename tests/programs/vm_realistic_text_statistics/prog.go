package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go was designed at Google; Go is fast, and go is fun!
The gopher is Go's mascot. Simple things should be simple.`

type wordCount struct {
	word  string
	count int
}

func main() {
	lines := strings.Split(text, "\n")
	fmt.Println("lines:", len(lines))
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	fmt.Println("words:", len(words))
	freq := map[string]int{}
	longest := ""
	letters := 0
	for _, w := range words {
		freq[w]++
		if len(w) > len(longest) {
			longest = w
		}
		letters += len(w)
	}
	fmt.Println("unique:", len(freq), "longest:", longest)
	fmt.Printf("avg word length: %.2f\n", float64(letters)/float64(len(words)))
	var wc []wordCount
	for w, c := range freq {
		wc = append(wc, wordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].count != wc[j].count {
			return wc[i].count > wc[j].count
		}
		return wc[i].word < wc[j].word
	})
	for _, x := range wc[:5] {
		fmt.Printf("%-8s %2d %s\n", x.word, x.count, strings.Repeat("#", x.count))
	}
	sentences := 0
	for _, r := range text {
		if r == '.' || r == '!' || r == '?' {
			sentences++
		}
	}
	fmt.Println("sentences:", sentences)
	vowels := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if strings.ContainsRune("aeiou", r) {
			vowels[r]++
		}
	}
	fmt.Println("vowels:", vowels)
	for i, l := range lines {
		fmt.Printf("%d: %3d chars, %2d words\n", i+1, len(l), len(strings.Fields(l)))
	}
}
