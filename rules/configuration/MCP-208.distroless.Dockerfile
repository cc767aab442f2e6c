FROM golang:1.24 AS build
RUN go build -o /server .
# ok: MCP-208 -- a non-root base image
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /server /server
ENTRYPOINT ["/server"]
