// run: go run 203.go
package main

import "net/http"

func main() {
	http.HandleFunc("/photos/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Via", "1.1 gateway.example")
		w.Header().Set("Cache-Control", "max-age=3600")
		w.WriteHeader(http.StatusNonAuthoritativeInfo)
		w.Write([]byte(`a copy recompressed by this gateway`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
