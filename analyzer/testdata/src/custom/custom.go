package custom

import "legacy/dbutil"

func uses(cfg *dbutil.Config, v dbutil.Config) {
	db, _ := dbutil.Connect("dsn") // want `^dbutil\.Connect creates a new connection pool`
	_ = dbutil.Ping(db)
	_, _ = cfg.Dial()                     // want `^\(\*dbutil\.Config\)\.Dial creates`
	_, _ = v.Open()                       // want `^\(dbutil\.Config\)\.Open creates`
	_ = &dbutil.Pool{Size: 1}             // want `^dbutil\.Pool\{\} creates`
	t, _ := dbutil.NewTyped[int]("dsn")   // want `^dbutil\.NewTyped creates`
	_, _ = t.Dial()                       // want `^\(\*dbutil\.Typed\)\.Dial creates`
	_, _ = dbutil.NewTyped[string]("dsn") // want `dbutil\.NewTyped creates`
	var _ *dbutil.Pool
}
