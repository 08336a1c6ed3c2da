package main

import "fmt"

type priceRequest struct {
	sku   string
	reply chan float64
}

func priceServer(reqs <-chan priceRequest) {
	prices := map[string]float64{"TEA-01": 4.5, "MUG-02": 12.0}
	for r := range reqs {
		r.reply <- prices[r.sku]
	}
}

func main() {
	reqs := make(chan priceRequest)
	go priceServer(reqs)
	for _, sku := range []string{"MUG-02", "TEA-01", "PEN-99"} {
		reply := make(chan float64)
		reqs <- priceRequest{sku, reply}
		fmt.Printf("%s costs %.2f\n", sku, <-reply)
	}
	close(reqs)
}
