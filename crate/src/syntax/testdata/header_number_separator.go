package

1_func main() {}
