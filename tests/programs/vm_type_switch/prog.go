package main

import (
	"errors"
	"fmt"
)

type Temp float64

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case Temp:
		return fmt.Sprintf("temp %.1f", float64(x))
	case error:
		return "error: " + x.Error()
	case []int:
		return fmt.Sprint("ints ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, 3, int64(4), "hey", Temp(36.6), errors.New("bad"), []int{1, 2}, func() int { return 7 }, 2.5, struct{}{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
}
