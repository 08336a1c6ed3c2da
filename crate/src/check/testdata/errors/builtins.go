package main

func g(a int, b string) {}
func v(a int, b ...string) {}

func main() {
	var x int
	var m map[string]int
	var s []int
	_ = int("a")
	_ = m
	close(x)
	_ = new(x)
	_ = cap(m)
	_ = min("a", 1)
}
func k() {
	var x int
	var s []int
	var c <-chan int
	var sc chan<- int
	_ = new(x)
	panic()
	_ = append(s, "a")
	_ = append(s)
	println(1)
	s.foo()
	close(c)
	<-sc
	c <- 1
	var f func()
	go f
	defer 1
	_ = len(s, s)
	_ = complex(1)
	_ = max(s)
}
