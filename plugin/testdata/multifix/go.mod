module example.com/multifix

go 1.26
