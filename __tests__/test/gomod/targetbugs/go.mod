module example.com/targetbugs

go 1.19
