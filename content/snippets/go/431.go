// run: go run 431.go
package main

import "net/http"

func main() {
	http.HandleFunc("/account", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok"))
	})
	// Go itself answers 431 and closes when the header section is larger than this
	server := &http.Server{Addr: "127.0.0.1:8000", MaxHeaderBytes: 8192}
	server.ListenAndServe()
}
