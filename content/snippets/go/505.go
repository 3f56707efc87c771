// run: go run 505.go
package main

import "net/http"

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok"))
	})
	// a request line with a version other than HTTP/1.x gets 505 from Go itself
	http.ListenAndServe("127.0.0.1:8000", nil)
}
