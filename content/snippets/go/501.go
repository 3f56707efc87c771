// run: go run 501.go
package main

import "net/http"

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodPost:
			w.Write([]byte("image"))
		default:
			http.Error(w, r.Method+" is not implemented here.", http.StatusNotImplemented)
		}
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
