// Package db is sanctioned by the settings of TestSettingsReachAnalyzer.
package db

import "database/sql"

func Open(dsn string) (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(10) // bounded, so the unbounded-pool rule stays quiet
	return db, nil
}
