module example.com/handlers

go 1.26

require github.com/gin-gonic/gin v1.10.0

replace github.com/gin-gonic/gin => ./third_party/gin
