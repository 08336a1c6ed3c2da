// Package doc.

func main() {}
