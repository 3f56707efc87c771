// run: go run 204.go
package main

import (
	"net/http"
	"strings"
)

func main() {
	http.HandleFunc("/api/notes/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPut {
			w.Header().Set("Allow", "PUT")
			w.WriteHeader(http.StatusMethodNotAllowed)
			return
		}
		// save r.Body; there is nothing to send back
		id := strings.TrimPrefix(r.URL.Path, "/api/notes/")
		w.Header().Set("ETag", `"n`+id+`-v7"`)
		w.WriteHeader(http.StatusNoContent)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
