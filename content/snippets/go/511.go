// run: go run 511.go
package main

import "net/http"

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNetworkAuthenticationRequired)
		w.Write([]byte(`<p><a href="https://login.example.net/">Log in to the network</a> first.</p>`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
