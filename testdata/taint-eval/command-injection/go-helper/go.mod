module example.com/evalcase

go 1.24

require github.com/modelcontextprotocol/go-sdk v1.4.1
