package main

import "fmt"

func find(matrix [][]int, target int) (int, int) {
	for i, row := range matrix {
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("attempt", attempts, "failed")
		goto retry
	}
	fmt.Println("succeeded after", attempts)
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(find(m, 5))
	fmt.Println(find(m, 9))
	count := 0
rows:
	for _, row := range m {
		for _, v := range row {
			switch {
			case v%2 == 0:
				continue
			case v > 4:
				break rows
			}
			count += v
		}
	}
	fmt.Println("count", count)
	i := 0
	for {
		select {
		default:
			i++
		}
		if i == 3 {
			break
		}
	}
	fmt.Println(i)
}
