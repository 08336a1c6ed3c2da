package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "LOW"
	case 1:
		return "HIGH"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Temp struct{ C float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

type Fail struct{ code int }

func (f Fail) Error() string  { return fmt.Sprint("fail ", f.code) }
func (f Fail) String() string { return "stringer loses to error" }

func main() {
	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Printf("%v %s %d %q %x\n", Level(1), Level(1), Level(1), Level(1), Level(1))
	t := Temp{21.5}
	fmt.Println(t, &t)
	fmt.Println(Fail{3})
	fmt.Printf("%v|%s|%+v|%#v\n", Fail{4}, Fail{4}, Fail{4}, Fail{4})
	levels := []Level{0, 1}
	fmt.Println(levels, map[Level]int{1: 5, 0: 2})
	err := errors.New("plain")
	fmt.Printf("%v %q\n", err, err)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprint())
}
