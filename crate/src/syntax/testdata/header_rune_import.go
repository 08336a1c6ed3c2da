package main

import (
	'f'
)

func main() {}
