// Package options is a stub of github.com/qiniu/qmgo/options@v1.1.9.
package options

type ClientOptions struct{}
