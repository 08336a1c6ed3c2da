package main

func main() {
	defer func() {
		panic(true)
	}()
	panic(2.5)
}
