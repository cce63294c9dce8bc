// Package gin is a minimal stub of github.com/gin-gonic/gin for poolcheck's
// tests (the test modules load offline).
package gin

type Context struct{}

type HandlerFunc func(*Context)

type Engine struct{}

func Default() *Engine { return &Engine{} }

func (e *Engine) GET(path string, handlers ...HandlerFunc) {}
