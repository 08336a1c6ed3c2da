package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough
	}
	switch {
	case true:
		if true {
			fallthrough
		}
	default:
	}
	var i any = x
	switch i.(type) {
	case int:
		fallthrough
	default:
	}
	for {
		fallthrough
	}
}
