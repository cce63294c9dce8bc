// Package asynq is a stub of github.com/hibiken/asynq.
package asynq

import "context"

type Task struct{}

func (t *Task) Payload() []byte { return nil }

type HandlerFunc func(context.Context, *Task) error

type ServeMux struct{}

func (mux *ServeMux) HandleFunc(pattern string, handler func(context.Context, *Task) error) {}
