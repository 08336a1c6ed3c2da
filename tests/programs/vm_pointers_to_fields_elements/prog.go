package main

import "fmt"

type Player struct {
	Name  string
	Score int
}

func main() {
	p := Player{"ann", 10}
	sp := &p.Score
	*sp += 5
	fmt.Println(p)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	e := &s[0]
	s = append(s, 4)
	*e = 100
	fmt.Println(s)
	players := []Player{{"a", 1}, {"b", 2}}
	best := &players[1]
	best.Score = 50
	fmt.Println(players)
	pp := &Player{Name: "c"}
	pp.Score = 7
	(*pp).Name = "cc"
	fmt.Println(*pp, pp.Name)
	fmt.Printf("%v %+v\n", pp, pp)
}
