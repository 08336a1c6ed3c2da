// Every syntactic form of the subset, in a program gc accepts.
package main

import (
	"errors"
	f "fmt"
	_ "strings"
	. "sort"
)

import "sync"

const (
	A = iota * 10
	B
	C, D = iota, -iota
	E, F
)

const big = 1 << 62

type (
	Celsius float64
	Alias   = Celsius
	Point   struct {
		X, Y int `json:"x"`
		*sync.Mutex
		name string
	}
	Shape interface {
		Area() float64
		f.Stringer
	}
	Number interface {
		~int | ~int64 | float64
	}
	List[T any]          []T
	Pair[K comparable, V any] struct {
		Key K
		Val V
	}
	Fn     func(int, ...string) (n int, err error)
	RO     <-chan int
	WO     chan<- int
	Nested chan (<-chan int)
	Arr    [4][2]int
	M      map[string][]*Point
)

var (
	x, y int = 1, 2
	z        = "raw\tstring"
	r        = `raw
string`
	ru     = '\u4e16'
	fl     = 1_000.5e-3
	hx     = 0x1.8p1
	im     = 2i
	oc     = 0o17 + 017 + 0b1010 + 0xFF
	ch     = make(chan int, 1)
	errBad = errors.New("bad")
)

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func (p Point) String() string { return f.Sprint(p.X, p.Y) }

func Map[T, U any](s []T, fn func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, fn(v))
	}
	return out
}

func Sum[N Number](ns ...N) (total N) {
	for i := range ns {
		total += ns[i]
	}
	return
}

func named() (a, b int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = errBad
		}
	}()
	a, b = 1, 2
	return a, b, nil
}

func control(v any) int {
	n := 0
outer:
	for i := 0; i < 3; i++ {
		for j := range 3 {
			if j == 1 {
				continue outer
			} else if j == 2 {
				break outer
			} else {
				n++
			}
		}
	}
	for n < 10 {
		n++
	}
	for {
		break
	}
	for range 2 {
		n--
	}
	switch n := n * 2; {
	case n > 5, n < 0:
		n++
		fallthrough
	case n == 3:
	default:
	}
	switch t := v.(type) {
	case int, int64:
		_ = t
	case nil:
	case []int:
		return len(t)
	}
	switch v.(type) {
	}
	select {
	case c := <-ch:
		n += c
	case ch <- 1:
	case <-ch:
	default:
	}
	var k, val int
	m := map[int]int{1: 2}
	for k, val = range m {
	}
	_, _ = k, val
	goto done
done:
	n <<= 1
	n &^= 3
	n %= 7
	n--
	return n
}

func literals() {
	p := &Point{X: 1, Y: 2}
	ps := []Point{{1, 2, nil, "a"}, {X: 3}}
	pps := []*Point{{X: 1}, &Point{}}
	mm := map[Point]string{{X: 1}: "a", {}: "b"}
	arr := [...]int{1, 2, 5: 3}
	nested := [][]int{{1}, {2, 3}}
	s := arr[1:3]
	s3 := arr[:2:4]
	s = s[:]
	str := "héllo"[1:]
	fn := func(a int) (int, error) { return a, nil }
	v, _ := fn(1)
	var sh Shape
	_, ok := sh.(f.Stringer)
	pair := Pair[string, int]{"a", 1}
	l := List[int]{1, 2}
	mapped := Map[int, string](l, func(i int) string { return f.Sprint(i) })
	total := Sum(1, 2, 3)
	tf := Sum[float64]
	conv := Celsius(3.5) + Alias(1)
	ptr := (*Point)(p)
	method := (*Point).Move
	method(ptr, 1, 1)
	bound := p.String
	args := []any{1, "a"}
	f.Println(args...)
	cmp := !(v > 1 && v < 10) || v == 3 != false
	x := -v + ^v*2/1%3<<1>>1&7|8 ^ 9&^1
	recv := <-ch
	go f.Println("go")
	defer f.Println("defer")
	var iface interface{ M() } = nil
	Ints(s)
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = ps, pps, mm, nested, s3, str, ok, pair, mapped, total, tf, conv, bound, cmp, x, recv, iface, r, ru, fl, hx, im
	_, _ = oc, big
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		f.Println(control(1))
	}()
	wg.Wait()
	literals()
	if _, _, err := named(); err != nil {
		return
	}
	if x := y; x > 0 {
		f.Println(x, A, B, C, D, E, F)
	}
	if (Point{} == Point{}) {
	}
	for i := range []int{1} {
		_ = i
	}
	{
		;
	}
	f.Println(z, min(1, 2), max(2, 3))
}
