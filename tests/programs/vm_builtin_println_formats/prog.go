package main

func main() {
	println("ints:", 42, -7, uint8(200))
	println("floats:", 1.5, 0.1, 1e21, -2.0)
	println("bools:", true, false)
	var p *int
	println("nil ptr:", p)
	var e error
	println("nil iface:", e == nil)
	print("no", "spaces", 1, 2, "\n")
	println()
	println("float32:", float32(0.1))
}
