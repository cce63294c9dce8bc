// Package echo is a minimal stub of github.com/labstack/echo/v4 for poolcheck's tests.
package echo

type Context interface {
	String(code int, s string) error
}
