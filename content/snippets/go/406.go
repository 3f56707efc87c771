// run: go run 406.go
package main

import (
	"net/http"
	"strings"
)

func main() {
	http.HandleFunc("/reports/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Vary", "Accept")
		accept := r.Header.Get("Accept")
		switch {
		case accept == "" || strings.Contains(accept, "*/*") || strings.Contains(accept, "application/json"):
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"year": 2024}`))
		case strings.Contains(accept, "text/csv"):
			w.Header().Set("Content-Type", "text/csv")
			w.Write([]byte("year\n2024\n"))
		default:
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusNotAcceptable)
			w.Write([]byte(`{"available": ["application/json", "text/csv"]}`))
		}
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
