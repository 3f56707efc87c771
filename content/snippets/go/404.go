// run: go run 404.go
package main

import "net/http"

func main() {
	http.HandleFunc("/users/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"title": "Not Found", "detail": "No user with this id."}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
