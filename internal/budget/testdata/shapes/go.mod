module example.com/shapes

go 1.22

require (
	github.com/gomodule/redigo v1.0.0
	github.com/jackc/pgx/v5 v5.0.0
	github.com/redis/go-redis/v9 v9.0.0
	go.mongodb.org/mongo-driver v1.0.0
)

replace (
	github.com/gomodule/redigo => ../stubs/redigo
	github.com/jackc/pgx/v5 => ../stubs/pgx
	github.com/redis/go-redis/v9 => ../stubs/goredis
	go.mongodb.org/mongo-driver => ../stubs/mongo
)
