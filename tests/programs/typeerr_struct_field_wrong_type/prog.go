package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	u := User{Name: 42, Age: "old"}
	u.Age = 3.5
	fmt.Println(u)
}
