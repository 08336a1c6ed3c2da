module prog

go 1.23
