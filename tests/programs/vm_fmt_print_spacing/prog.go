package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.0, true, false, '\n')
	fmt.Print("\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("a", "b", 1, 2)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)
	fmt.Fprint(os.Stderr, "err line\n")
	s := fmt.Sprintf("%3d|%-3d|", 1, 2)
	fmt.Println(s, len(s))
	print("builtin print\n")
	println("builtin println", 1, true)
}
