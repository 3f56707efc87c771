// run: truncate -s 658505728 debian-12.iso && go run 416.go
package main

import "net/http"

func main() {
	http.HandleFunc("/downloads/debian-12.iso", func(w http.ResponseWriter, r *http.Request) {
		// ServeFile answers a Range past the end with 416 and Content-Range: bytes */<size>
		http.ServeFile(w, r, "debian-12.iso")
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
