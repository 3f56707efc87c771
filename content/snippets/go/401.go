// run: go run 401.go
package main

import "net/http"

const token = "Bearer valid-token" // stands in for real token checking

func main() {
	http.HandleFunc("/v1/invoices", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != token {
			w.Header().Set("WWW-Authenticate", `Bearer realm="api", error="invalid_token"`)
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusUnauthorized)
			w.Write([]byte(`{"title": "Unauthorized", "detail": "The access token is missing or expired."}`))
			return
		}
		w.Write([]byte("[]"))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
