// Package internal is a minimal stub of google.golang.org/api@v0.288.0 for poolcheck's tests.
package internal

type DialSettings struct {
	Endpoint        string
	CredentialsFile string
	NoAuth          bool
	GRPCConnPool    int
}
