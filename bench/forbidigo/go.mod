module github.com/poolcheck/poolcheck/bench/forbidigo

go 1.26.0

require (
	github.com/ashanbrown/forbidigo/v2 v2.3.1
	golang.org/x/tools v0.52.0
)

require (
	github.com/google/go-cmp v0.6.0 // indirect
	go.yaml.in/yaml/v3 v3.0.4 // indirect
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
)
