// run: go run 200.go
package main

import "net/http"

func main() {
	http.HandleFunc("/api/orders/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("ETag", `"a3f9c2"`)
		w.Header().Set("Cache-Control", "private, max-age=60")
		w.WriteHeader(http.StatusOK)
		w.Write([]byte(`{"id": 1042, "status": "shipped"}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
