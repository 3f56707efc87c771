// run: go run 201.go
package main

import "net/http"

func main() {
	http.HandleFunc("/api/orders", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Location", "/api/orders/1043")
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte(`{"id": 1043, "status": "pending"}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
