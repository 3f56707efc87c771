// run: go run 414.go
package main

import "net/http"

func main() {
	http.HandleFunc("/search", func(w http.ResponseWriter, r *http.Request) {
		if len(r.RequestURI) > 256 {
			msg := "The URI is longer than 256 bytes. Send the ids in a POST."
			http.Error(w, msg, http.StatusRequestURITooLong)
			return
		}
		w.Write([]byte(r.URL.Query().Get("ids")))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
