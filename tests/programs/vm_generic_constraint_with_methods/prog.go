package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type Meters int

func (m Meters) String() string { return strconv.Itoa(int(m)) + "m" }

type NumberStringer interface {
	~int | ~float64
	String() string
}

func Total[T NumberStringer](xs []T) (T, string) {
	var t T
	for _, x := range xs {
		t += x
	}
	return t, t.String()
}

type Container[T any] interface {
	Put(T)
	Items() []T
}

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Put(v T)    { b.items = append(b.items, v) }
func (b *Bag[T]) Items() []T { return b.items }

func Fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Put(v)
	}
	return c
}

func main() {
	t, s := Total([]Celsius{20.5, 1.25})
	fmt.Println(t, s)
	m, ms := Total([]Meters{100, 250})
	fmt.Println(m, ms, int(m))
	bag := Fill[string](&Bag[string]{}, "x", "y")
	fmt.Println(bag.Items(), len(bag.Items()))
	fmt.Printf("%T\n", bag)
}
