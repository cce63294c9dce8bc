// Package session is a stub of github.com/astaxie/beego/session (v1.12.3):
// the provider interface that the session manager calls per request.
package session

import "net/http"

type Store interface {
	Set(key, value interface{}) error
	Get(key interface{}) interface{}
	Delete(key interface{}) error
	SessionID() string
	SessionRelease(w http.ResponseWriter)
	Flush() error
}

type Provider interface {
	SessionInit(gclifetime int64, config string) error
	SessionRead(sid string) (Store, error)
	SessionExist(sid string) bool
	SessionRegenerate(oldsid, sid string) (Store, error)
	SessionDestroy(sid string) error
	SessionAll() int
	SessionGC()
}

func Register(name string, provide Provider) {}
