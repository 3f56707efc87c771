// run: go run 503.go
package main

import "net/http"

func main() {
	http.HandleFunc("/api/reports/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte(`{"title": "Service Unavailable", "detail": "Down for maintenance."}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
