package main

import "fmt"

type Parcel struct {
	ID     int
	Weight float64
	Label  string
}

func main() {
	in := make(chan *Parcel)
	out := make(chan *Parcel)
	go func() {
		for p := range in {
			p.Label = fmt.Sprintf("PCL-%d (%.1fkg)", p.ID, p.Weight)
			out <- p
		}
		close(out)
	}()
	go func() {
		for i := 1; i <= 3; i++ {
			in <- &Parcel{ID: i, Weight: float64(i) * 1.5}
		}
		close(in)
	}()
	for p := range out {
		fmt.Println(p.Label)
	}
}
