package effects

import (
	"context"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

// The known context forms are deletable inputs.
func ctxParam(ctx context.Context) error {
	p, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL")) // want `use db\.PG instead$`
	if err != nil {
		return err
	}
	return p.Ping(ctx)
}

func ctxBackground() error {
	p, _ := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL")) // want `use db\.PG instead$`
	return p.Ping(context.Background())
}

func ctxTODO() error {
	p, err := pgxpool.New(context.TODO(), os.Getenv("DATABASE_URL")) // want `use db\.PG instead$`
	if err != nil {
		return err
	}
	return p.Ping(context.TODO())
}

// r.Context() in a function that is not a handler.
func ctxRequest(r *http.Request) error {
	p, err := pgxpool.New(r.Context(), os.Getenv("DATABASE_URL")) // want `use db\.PG instead$`
	if err != nil {
		return err
	}
	return p.Ping(r.Context())
}

func traced(ctx context.Context, span string) context.Context { return ctx }

// Twin: a context made by a call with effects (a span is started).
func ctxTraced(ctx context.Context) error {
	p, err := pgxpool.New(traced(ctx, "db.open"), os.Getenv("DATABASE_URL")) // want `\(no fix: the context argument traced\(ctx, "db\.open"\) has effects that the rewrite would drop\)$`
	if err != nil {
		return err
	}
	return p.Ping(ctx)
}

type key struct{}

// Twin: any other call, even one of package context.
func ctxWithValue(ctx context.Context) error {
	p, err := pgxpool.New(context.WithValue(ctx, key{}, 1), os.Getenv("DATABASE_URL")) // want `\(no fix: the context argument context\.WithValue\(ctx, key\{\}, 1\) has effects that the rewrite would drop\)$`
	if err != nil {
		return err
	}
	return p.Ping(ctx)
}

// job's Context method is not (*http.Request).Context: it has effects.
type job struct{ n int }

func (j *job) Context() context.Context {
	j.n++
	return context.Background()
}

// Twin: a Context method of another type.
func ctxOtherMethod(j *job) error {
	p, err := pgxpool.New(j.Context(), os.Getenv("DATABASE_URL")) // want `\(no fix: the context argument j\.Context\(\) has effects that the rewrite would drop\)$`
	if err != nil {
		return err
	}
	return p.Ping(context.Background())
}
