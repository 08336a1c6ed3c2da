package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	reviews := []string{
		"fast shipping great price",
		"great quality fast",
		"slow shipping but great support",
	}
	partial := make(chan map[string]int)
	var wg sync.WaitGroup
	for _, r := range reviews {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := map[string]int{}
			for _, w := range strings.Fields(r) {
				m[w]++
			}
			partial <- m
		}()
	}
	go func() { wg.Wait(); close(partial) }()
	total := map[string]int{}
	for m := range partial {
		for w, n := range m {
			total[w] += n
		}
	}
	words := make([]string, 0, len(total))
	for w := range total {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Printf("%-8s %d\n", w, total[w])
	}
}
