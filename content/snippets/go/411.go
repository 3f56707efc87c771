// run: go run 411.go
package main

import "net/http"

func main() {
	http.HandleFunc("/v1/jobs/", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Content-Length") == "" && len(r.TransferEncoding) == 0 {
			http.Error(w, "POST requests need a Content-Length header field.", http.StatusLengthRequired)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
