// run: go run 500.go
package main

import "net/http"

func main() {
	http.HandleFunc("/orders", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusInternalServerError)
		w.Write([]byte(`{"title": "Internal Server Error", "detail": "Something broke on our side."}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
