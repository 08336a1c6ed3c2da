package main

import (
	"fmt"
	"sort"
)

type job struct {
	id    int
	items int
}

type result struct {
	id     int
	worker int
	cost   int
}

func worker(id int, jobs <-chan job, results chan<- result) {
	for j := range jobs {
		results <- result{j.id, id, j.items * 3}
	}
}

func main() {
	jobs := make(chan job, 9)
	results := make(chan result, 9)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for i := 1; i <= 9; i++ {
		jobs <- job{id: i, items: i + 1}
	}
	close(jobs)
	var all []result
	for i := 0; i < 9; i++ {
		all = append(all, <-results)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	total := 0
	for _, r := range all {
		fmt.Printf("order %d costs %d\n", r.id, r.cost)
		total += r.cost
	}
	fmt.Println("total", total)
}
