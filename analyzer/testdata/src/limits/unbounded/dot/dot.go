// Package dot opens its pool through a dot import.
package dot

import . "database/sql"

var Pool, _ = Open("postgres", "dot") // want `^Open pool has no connection limit`
