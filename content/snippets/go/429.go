// run: go run 429.go
package main

import "net/http"

func main() {
	http.HandleFunc("/v1/search", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Retry-After", "30")
		w.WriteHeader(http.StatusTooManyRequests)
		w.Write([]byte(`{"title": "Too Many Requests", "detail": "Try again in 30 seconds."}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
