package gormcases

import (
	"database/sql"

	glebarez "github.com/glebarez/sqlite"
	jinzhu "github.com/jinzhu/gorm"
	"gorm.io/driver/mysql"
	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
)

// The dialector is the construction: gorm.Open calls its Initialize, which
// opens a pool unless the dialector carries an existing connection.
func dsn(dsn string) {
	_, _ = gorm.Open(postgres.Open(dsn), &gorm.Config{})                                  // want `^postgres\.Open makes gorm\.Open create a new connection pool outside the sanctioned package db: construct it there once and share it$`
	_, _ = gorm.Open(mysql.Open(dsn))                                                     // want `mysql\.Open makes gorm\.Open create`
	_, _ = gorm.Open(sqlite.Open(dsn))                                                    // want `sqlite\.Open makes gorm\.Open create`
	_, _ = gorm.Open(glebarez.Open(dsn))                                                  // want `glebarez\.Open makes gorm\.Open create`
	_, _ = gorm.Open(postgres.New(postgres.Config{DSN: dsn, PreferSimpleProtocol: true})) // want `postgres\.New makes gorm\.Open create`
	_, _ = gorm.Open(postgres.New(postgres.Config{DSN: dsn, Conn: nil}))                  // want `postgres\.New makes gorm\.Open create`
	_, _ = gorm.Open(&postgres.Dialector{Config: &postgres.Config{DSN: dsn}})             // want `postgres\.Dialector\{\} makes gorm\.Open create`
	d := postgres.Open(dsn)                                                               // want `postgres\.Open makes gorm\.Open create`
	_, _ = gorm.Open(d)
}

// A dialector over an existing *sql.DB reuses its pool.
func existing(db *sql.DB, g *gorm.DB) {
	_, _ = gorm.Open(postgres.New(postgres.Config{Conn: db}))
	_, _ = gorm.Open(mysql.New(mysql.Config{Conn: db}))
	_, _ = gorm.Open(&glebarez.Dialector{Conn: db})
	_, _ = gorm.Open(&postgres.Dialector{Config: &postgres.Config{Conn: db}})
	cfg := postgres.Config{Conn: db}
	_, _ = gorm.Open(postgres.New(cfg))
	sqlDB, _ := g.DB()
	_ = sqlDB
}

// A config built from a literal in the same function is followed.
func localConfig(dsn string) {
	cfg := postgres.Config{DSN: dsn}
	_, _ = gorm.Open(postgres.New(cfg)) // want `postgres\.New makes gorm\.Open create`
}

// A config from elsewhere cannot be judged: no finding.
func unknown(cfg postgres.Config) {
	_, _ = gorm.Open(postgres.New(cfg))
}

// Legacy jinzhu/gorm opens a pool for a DSN string and wraps a *sql.DB.
func legacy(dsn string, db *sql.DB) {
	_, _ = jinzhu.Open("postgres", dsn) // want `jinzhu\.Open creates a new connection pool`
	_, _ = jinzhu.Open("postgres", db)
}
