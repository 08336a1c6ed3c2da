package

func main() {}
