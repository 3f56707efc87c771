// run: go run 425.go
package main

import "net/http"

func main() {
	// a TLS terminator in front marks requests it received as 0-RTT early data
	http.HandleFunc("/v1/payments", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Early-Data") == "1" {
			http.Error(w, "Send this again after the TLS handshake.", http.StatusTooEarly)
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
