package gocqlcases

import "github.com/gocql/gocql"

type myCluster struct {
	*gocql.ClusterConfig
}

func sessions() {
	cluster := gocql.NewCluster("127.0.0.1")     // a config: no connection yet
	s1, _ := cluster.CreateSession()             // want `^\(\*gocql\.ClusterConfig\)\.CreateSession creates a new connection pool outside the sanctioned package db: construct it there once and share it$`
	create := cluster.CreateSession              // want `\(\*gocql\.ClusterConfig\)\.CreateSession creates`
	expr := (*gocql.ClusterConfig).CreateSession // want `\(\*gocql\.ClusterConfig\)\.CreateSession creates`
	m := myCluster{cluster}
	s2, _ := m.CreateSession()          // want `\(\*gocql\.ClusterConfig\)\.CreateSession creates`
	s3, _ := gocql.NewSession(*cluster) // want `gocql\.NewSession creates`
	_, _, _, _, _ = s1, create, expr, s2, s3
}
