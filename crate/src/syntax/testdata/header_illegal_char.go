package ☺main}

import )

func main() <-{
	fmt.Println("a")"fmt"
}
