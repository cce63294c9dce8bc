// Package wrappers opens database/sql pools through libraries that wrap
// them.
package wrappers

import (
	"context"
	"database/sql"

	entsql "entgo.io/ent/dialect/sql"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	jinzhu "github.com/jinzhu/gorm"
	"github.com/jmoiron/sqlx"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"xorm.io/xorm"
)

// sqlx.DB embeds *sql.DB: its SetMaxOpenConns is the pool's.
var X = sqlx.MustConnect("postgres", "dsn") // want `^sqlx\.MustConnect pool has no connection limit \(MaxOpenConns is unlimited by default\): call SetMaxOpenConns$`

var XBounded = sqlx.MustConnect("postgres", "dsn")

var XInner = sqlx.MustConnect("postgres", "dsn")

func init() {
	XBounded.SetMaxOpenConns(10)
	XInner.DB.SetMaxOpenConns(10)
}

// gorm: the dialector is the construction, the limit is set on DB().
type Repo struct{ db *gorm.DB }

func NewRepo(dsn string) (*Repo, error) {
	db, err := gorm.Open(postgres.Open(dsn), &gorm.Config{}) // want `^postgres\.Open pool has no connection limit \(MaxOpenConns is unlimited by default\): call SetMaxOpenConns on its DB\(\)$`
	if err != nil {
		return nil, err
	}
	return &Repo{db: db}, nil
}

func NewBoundedRepo(dsn string) (*Repo, error) {
	db, err := gorm.Open(postgres.Open(dsn))
	if err != nil {
		return nil, err
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	sqlDB.SetMaxOpenConns(10)
	return &Repo{db: db}, nil
}

// The dialector is kept in a variable (of interface type gorm.Dialector)
// first, and the session is derived.
func NewContextRepo(ctx context.Context, dsn string) *Repo {
	d := postgres.Open(dsn) // want `^postgres\.Open pool has no connection limit`
	db, _ := gorm.Open(d)
	return &Repo{db: db.WithContext(ctx)}
}

// ent: the limit is set on the driver's DB().
var Ent, _ = entsql.Open("postgres", "dsn") // want `^entsql\.Open pool has no connection limit \(MaxOpenConns is unlimited by default\): call SetMaxOpenConns on its DB\(\)$`

var EntBounded = entBounded()

func entBounded() *entsql.Driver {
	drv, _ := entsql.Open("postgres", "dsn")
	drv.DB().SetMaxOpenConns(10)
	return drv
}

// jinzhu/gorm v1 opens a pool from a DSN.
var Jinzhu, _ = jinzhu.Open("postgres", "dsn") // want `^jinzhu\.Open pool has no connection limit .*: call SetMaxOpenConns on its DB\(\)$`

// xorm engines have their own SetMaxOpenConns.
var Engine, _ = xorm.NewEngine("postgres", "dsn") // want `^xorm\.NewEngine pool has no connection limit .*: call SetMaxOpenConns$`

var EngineBounded, _ = xorm.NewEngine("postgres", "dsn")

func init() { EngineBounded.SetMaxOpenConns(10) }

// A method constructor.
var EngineDB, _ = EngineBounded.NewDB() // want `^\(\*xorm\.Engine\)\.NewDB pool has no connection limit`

// pgx's stdlib.OpenDB returns a *sql.DB.
var Std = stdlib.OpenDB(pgx.ConnConfig{}) // want `^stdlib\.OpenDB pool has no connection limit`

// sql.OpenDB over a connector.
var Connector = sql.OpenDB(nil) // want `^sql\.OpenDB pool has no connection limit`
