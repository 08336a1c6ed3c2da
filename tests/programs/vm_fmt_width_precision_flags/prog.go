package main

import "fmt"

func main() {
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 7, 6, 7, 3, 3.14159)
	fmt.Printf("[%#x] [%#o] [%#b] [%#X]\n", 255, 8, 5, 3054)
	fmt.Printf("[% d] [% d] [%+.1e]\n", 5, -5, 12345.678)
	fmt.Printf("[%08.3f] [%-08.3f] [%+08d]\n", -3.14159, 3.14159, 42)
	fmt.Printf("[%x] [%X] [%08b]\n", -255, "Hello", int8(-1))
	fmt.Printf("[%5.1q] [%.3v] [%10.4v]\n", "abcdef", "abcdef", 3.14159265)
	fmt.Printf("[%3c] [%-3c]\n", 'a', 'b')
	fmt.Printf("[%v] [%6v] [%-6v]\n", []string{"a", "b"}, 12, true)
	fmt.Printf("[%05s] [%.0f] [%.0f] [%.0f]\n", "ab", 0.5, 1.5, 2.5)
	fmt.Printf("[%g] [%g] [%g] [%.3g] [%g]\n", 100000.0, 1000000.0, 1e-4, 1234.5678, 1e-5)
	fmt.Printf("[%v] [%v]\n", float32(0.1), 1.0)
	fmt.Printf("[%d] [%s]\n", "str", 5)
	fmt.Printf("[%d %d]\n", 1)
	fmt.Printf("[%d]\n", 1, 2)
	fmt.Printf("[%!] [%z]\n", 3)
}
