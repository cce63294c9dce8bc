// Package graphql is a stub of github.com/99designs/gqlgen/graphql.
package graphql

type ExecutableSchema interface {
	Schema() string
}
