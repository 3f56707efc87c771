// run: go run 409.go
package main

import "net/http"

func main() {
	http.HandleFunc("/users", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusConflict)
		w.Write([]byte(`{"title": "Conflict", "detail": "The username is already taken."}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
