// run: go run 422.go
package main

import "net/http"

func main() {
	http.HandleFunc("/v1/events", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusUnprocessableEntity)
		w.Write([]byte(`{"title": "Unprocessable Content", "detail": "ends is before starts."}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
