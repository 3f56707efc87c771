// run: go run 415.go
package main

import (
	"mime"
	"net/http"
)

func main() {
	http.HandleFunc("/v1/orders", func(w http.ResponseWriter, r *http.Request) {
		if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
			w.Header().Set("Accept", "application/json")
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusUnsupportedMediaType)
			w.Write([]byte(`{"title": "Unsupported Media Type", "detail": "Send the order as application/json."}`))
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
