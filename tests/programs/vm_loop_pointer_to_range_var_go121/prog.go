package main

import "fmt"

type User struct{ Name string }

func main() {
	users := []User{{"ann"}, {"bob"}, {"cy"}}
	var ptrs []*User
	for _, u := range users {
		ptrs = append(ptrs, &u)
	}
	for _, p := range ptrs {
		fmt.Print(p.Name, " ")
	}
	fmt.Println()
	byName := map[string]*User{}
	for i, u := range users {
		if i < 2 {
			byName[u.Name] = &u
		}
	}
	fmt.Println(byName["ann"].Name, byName["bob"].Name)
}
