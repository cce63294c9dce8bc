// Package readpref is a minimal stub of go.mongodb.org/mongo-driver@v1.17.10 for poolcheck's tests.
package readpref

type ReadPref struct {
	maxStaleness    int64
	maxStalenessSet bool
}

func Primary() *ReadPref { return &ReadPref{} }
