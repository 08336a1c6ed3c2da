module gen_rngcooked

go 1.22
