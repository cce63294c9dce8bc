module example.com/fixfixture

go 1.26
