// run: go run 506.go
package main

import "net/http"

func main() {
	http.HandleFunc("/docs/manual", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusVariantAlsoNegotiates)
		w.Write([]byte(`Variant negotiation is misconfigured on this server.`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
