package main

import (
	"fmt"
	"sync"
)

type Parcel struct {
	Weight int
	Zone   int
}

func main() {
	p := &Parcel{Weight: 2, Zone: 1}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		p.Zone = 5 // one field
	}()
	*p = Parcel{Weight: 3, Zone: 4} // the whole struct: every field is written
	wg.Wait()
	fmt.Println(p.Weight)
}
