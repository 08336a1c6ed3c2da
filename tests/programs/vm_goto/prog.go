package main

import "fmt"

func main() {
	i := 0
again:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto again
	}
	fmt.Println()
	n := 17
	d := 2
check:
	if d*d > n {
		fmt.Println(n, "is prime")
		goto done
	}
	if n%d == 0 {
		fmt.Println(n, "divisible by", d)
		goto done
	}
	d++
	goto check
done:
	fmt.Println("done")
}
