module prog

go 1.21
