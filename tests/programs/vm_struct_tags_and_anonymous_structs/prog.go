package main

import "fmt"

type User struct {
	ID    int    `json:"id"`
	Name  string `json:"name,omitempty"`
	email string
}

func main() {
	u := User{1, "ann", "a@x"}
	fmt.Printf("%v\n%+v\n", u, u)
	config := struct {
		Host string
		Port int
		TLS  struct{ Enabled bool }
	}{Host: "localhost", Port: 8080}
	config.TLS.Enabled = true
	fmt.Printf("%+v\n", config)
	var point struct{ X, Y float64 }
	point.X = 1.5
	fmt.Println(point)
	type pair struct{ a, b int }
	ps := map[pair]string{{1, 2}: "x"}
	fmt.Println(ps[pair{1, 2}])
	v := User{ID: 2}
	w := v
	w.Name = "copy"
	fmt.Println(v.Name == "", w.Name, u == User{1, "ann", "a@x"})
}
