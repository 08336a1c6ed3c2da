module prog

go 1.20
