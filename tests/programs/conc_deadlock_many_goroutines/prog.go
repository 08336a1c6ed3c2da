package main

import (
	"fmt"
	"sync"
)

func packer(id int, jobs <-chan string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		fmt.Println("packer", id, "packed", j)
	}
}

func main() {
	jobs := make(chan string)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go packer(id, jobs, &wg)
	}
	// Forgot close(jobs): the packers wait forever, and so does main.
	wg.Wait()
}
