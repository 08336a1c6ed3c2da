package main

func main() {
	items := []string{"a", "b"}
	go len(items)
	go append(items, "c")
}
