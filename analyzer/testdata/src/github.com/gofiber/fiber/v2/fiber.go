// Package fiber is a minimal stub of github.com/gofiber/fiber/v2 for poolcheck's tests.
package fiber

type Ctx struct{}
