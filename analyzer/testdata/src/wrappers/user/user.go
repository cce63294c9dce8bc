package user

import (
	"net/http"

	"wrappers/dbutil"
)

func handler(w http.ResponseWriter, r *http.Request) {
	db, _ := dbutil.Connect("dsn") // want `^dbutil\.Connect runs on every request to handler: each call opens a new pool \(via inner\.Open via sql\.Open\); construct it once in the sanctioned package app/db and share it$`
	_ = db
	_ = dbutil.Get()
}

func main() {
	db, _ := dbutil.Connect("dsn") // want `^dbutil\.Connect creates a new connection pool \(via inner\.Open via sql\.Open\) outside`
	_ = db
}
