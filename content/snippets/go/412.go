// run: go run 412.go
package main

import "net/http"

const etag = `"v42"` // the page's current version

func main() {
	http.HandleFunc("/docs/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", etag)
		// no If-Match: no precondition
		if m := r.Header.Get("If-Match"); m != "" && m != etag {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusPreconditionFailed)
			w.Write([]byte(`{"title": "Precondition Failed", "detail": "The page changed; current is v42."}`))
			return
		}
		w.WriteHeader(http.StatusNoContent) // stored r.Body
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
