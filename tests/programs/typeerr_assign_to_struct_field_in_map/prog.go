package main

import "fmt"

type Player struct {
	Score int
}

func main() {
	players := map[string]Player{"ann": {1}}
	players["ann"].Score = 10
	players["ann"].Score++
	fmt.Println(players)
}
