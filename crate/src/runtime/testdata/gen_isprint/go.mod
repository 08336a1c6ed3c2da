module gen_isprint

go 1.22
