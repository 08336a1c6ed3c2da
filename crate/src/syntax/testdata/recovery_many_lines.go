package main

func main() {
	x := 1 +
	y := )
	z = [
	if {
	}
	for i := 0; i < ; i++ {
	}
	return 1 2
}

func g() {
	var a = 
}
