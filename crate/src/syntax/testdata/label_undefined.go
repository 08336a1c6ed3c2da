package main

func main() {
	goto L
	for {
		break M
	}
	for {
		continue K
	}
}
