package main

import (
	"fmt"
	"sort"
)

func source(items ...string) <-chan string {
	ch := make(chan string)
	go func() {
		for _, it := range items {
			ch <- it
		}
		close(ch)
	}()
	return ch
}

func main() {
	web := source("web-1", "web-2", "web-3")
	store := source("store-1", "store-2")
	var all []string
	for web != nil || store != nil {
		select {
		case o, ok := <-web:
			if !ok {
				web = nil
				continue
			}
			all = append(all, o)
		case o, ok := <-store:
			if !ok {
				store = nil
				continue
			}
			all = append(all, o)
		}
	}
	sort.Strings(all)
	fmt.Println(len(all), "orders:", all)
}
