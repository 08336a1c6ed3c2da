module gen_unicode

go 1.22
