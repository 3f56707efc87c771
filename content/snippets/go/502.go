// run: go run 502.go
package main

import "net/http"

func main() {
	http.HandleFunc("/dashboard", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusBadGateway)
		w.Write([]byte(`<p>The application server sent an invalid response.</p>`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
