// run: go run 410.go
package main

import "net/http"

func main() {
	http.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Cache-Control", "max-age=86400")
		w.WriteHeader(http.StatusGone)
		w.Write([]byte(`{"title": "Gone", "detail": "API v1 was retired. Use /v2/weather."}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
