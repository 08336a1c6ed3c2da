package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	}
}

func loop() int {
	for i := 0; i < 3; i++ {
		return i
	}
}

func main() {
	fmt.Println(grade(85), loop())
}
