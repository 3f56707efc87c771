// run: go run 403.go
package main

import "net/http"

func main() {
	http.HandleFunc("/projects/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusForbidden)
		w.Write([]byte(`{"title": "Forbidden", "detail": "Only project owners can delete a project."}`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
