// go build -gcflags=-e
// Expressions as gc prints them in messages, and where it reports them.
package main

type T struct{ a, b int }

type I interface{ M() int }

func f(xs ...int) int { return 0 }

func main() {
	a, b, c := 1, 2, 3
	s := []int{1, 2, 3}
	m := map[string]int{}
	var x any = 1
	ch := make(chan int)
	p := &T{}
	a + b*c
	(a + b) * c
	-a
	!(a > b)
	^a &^ b
	a << 1 >> 2
	a == b || b != c && a <= c
	[]int{1, 2}
	map[string]int{}
	T{a: 1}
	&T{1, 2}
	[...]string{"x"}
	struct{ a, b int; c string `tag` }{}
	func(x, y int) (int, error) { return 0, nil }
	func() {}
	x.(T)
	s[1:2:3]
	s[:]
	s[1:]
	m["k"]
	<-ch
	*p
	p.a
	int64(a)
	[]byte("abc")
	interface{ M() int }(nil)
	(func())(nil)
	f(s...)
	'x'
	"str"
	1.5e3
	0x1F
	`raw`
	(chan<- int)(nil)
	(<-chan int)(nil)
	(chan (<-chan int))(nil)
	map[T][]*T{}
	[2][3]int{}
	T{}.a
}

func more() {
	var fn func(int) (string, error)
	var arr [4]int
	type P[T any] struct{ v T }
	var y, z int
	fn
	arr[1:3]
	arr[1:3][0] + 1
	y + z + y*z
	P[int]{}
	(y)
	T{b: 2}.b + y
	func(int) (string, error)(fn)
	fn != nil
	-y * -z
	y % 2
	(T{}).a
	[]func(){}
	x := 1
	x
}
