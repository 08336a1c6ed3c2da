package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Produce Category = iota
	Dairy
	Bakery
)

func (c Category) String() string {
	switch c {
	case Produce:
		return "produce"
	case Dairy:
		return "dairy"
	case Bakery:
		return "bakery"
	}
	return "unknown"
}

type Product struct {
	SKU      string
	Name     string
	Cat      Category
	PriceCts int
	Qty      int
}

var ErrUnknownSKU = errors.New("unknown SKU")
var ErrInsufficient = errors.New("insufficient stock")

type Inventory struct {
	items map[string]*Product
	log   []string
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Product)}
}

func (inv *Inventory) Add(p Product) {
	if existing, ok := inv.items[p.SKU]; ok {
		existing.Qty += p.Qty
		inv.log = append(inv.log, fmt.Sprintf("restock %s +%d", p.SKU, p.Qty))
		return
	}
	cp := p
	inv.items[p.SKU] = &cp
	inv.log = append(inv.log, "add "+p.SKU)
}

func (inv *Inventory) Sell(sku string, n int) (int, error) {
	p, ok := inv.items[sku]
	if !ok {
		return 0, fmt.Errorf("sell %q: %w", sku, ErrUnknownSKU)
	}
	if p.Qty < n {
		return 0, fmt.Errorf("sell %d of %s (have %d): %w", n, sku, p.Qty, ErrInsufficient)
	}
	p.Qty -= n
	inv.log = append(inv.log, fmt.Sprintf("sell %s -%d", sku, n))
	return n * p.PriceCts, nil
}

func (inv *Inventory) Report() string {
	skus := make([]string, 0, len(inv.items))
	for s := range inv.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-6s %-12s %-8s %6s %4s\n", "SKU", "NAME", "CAT", "PRICE", "QTY")
	total := 0
	for _, s := range skus {
		p := inv.items[s]
		fmt.Fprintf(&sb, "%-6s %-12s %-8v %6.2f %4d\n", p.SKU, p.Name, p.Cat, float64(p.PriceCts)/100, p.Qty)
		total += p.PriceCts * p.Qty
	}
	fmt.Fprintf(&sb, "stock value: $%d.%02d\n", total/100, total%100)
	return sb.String()
}

func (inv *Inventory) ByCategory() map[Category][]string {
	out := map[Category][]string{}
	for _, p := range inv.items {
		out[p.Cat] = append(out[p.Cat], p.Name)
	}
	for c := range out {
		sort.Strings(out[c])
	}
	return out
}

func main() {
	inv := NewInventory()
	inv.Add(Product{"A1", "apple", Produce, 45, 100})
	inv.Add(Product{"B7", "sourdough", Bakery, 550, 6})
	inv.Add(Product{"D3", "milk", Dairy, 129, 20})
	inv.Add(Product{"A2", "banana", Produce, 25, 60})
	inv.Add(Product{"A1", "apple", Produce, 45, 50})
	revenue := 0
	orders := []struct {
		sku string
		n   int
	}{{"A1", 30}, {"B7", 7}, {"Z9", 1}, {"D3", 20}, {"B7", 6}}
	for _, o := range orders {
		cents, err := inv.Sell(o.sku, o.n)
		switch {
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("skip:", err)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("short:", err)
		case err == nil:
			revenue += cents
		}
	}
	fmt.Printf("revenue: %d cents\n", revenue)
	fmt.Print(inv.Report())
	fmt.Println(inv.ByCategory())
	fmt.Println(strings.Join(inv.log, "; "))
}
