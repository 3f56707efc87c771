// run: go run 428.go
package main

import "net/http"

func main() {
	http.HandleFunc("/documents/", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Match") == "" {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusPreconditionRequired)
			w.Write([]byte(`{"title": "Precondition Required", "detail": "Send If-Match with the ETag you read."}`))
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
