// Package xtest has a construction in its external test package, which
// imports the sanctioned package itself.
package xtest

// Name is what the tests check.
const Name = "xtest"
