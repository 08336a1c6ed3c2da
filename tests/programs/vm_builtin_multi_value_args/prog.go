package main

import "fmt"

type Temp float64

func coords() (float64, float64)   { return 3, -4 }
func batch() ([]int, int, int)     { return []int{1}, 2, 3 }
func named() ([]any, Temp, string) { return nil, 21.5, "warm" }
func small() (float32, float32)    { return 0.5, 0.25 }

func main() {
	println(coords())
	print(coords())
	print("\n")
	z := complex(coords())
	fmt.Println(z, complex(small()), real(complex(coords())))
	s := append(batch())
	fmt.Println(s, len(s), cap(s))
	fmt.Println(append(named()))
}
