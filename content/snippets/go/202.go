// run: go run 202.go
package main

import "net/http"

func main() {
	http.HandleFunc("/api/exports", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Location", "/api/exports/jobs/77")
		w.WriteHeader(http.StatusAccepted)
		w.Write([]byte(`{"job": "/api/exports/jobs/77", "status": "queued"}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
