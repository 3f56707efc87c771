// run: go run 308.go
package main

import "net/http"

func main() {
	http.HandleFunc("/v1/orders", func(w http.ResponseWriter, r *http.Request) {
		// 308 keeps the method and body, and clients may remember the new address
		w.Header().Set("Cache-Control", "max-age=86400")
		http.Redirect(w, r, "https://api.example.com/api/v1/orders", http.StatusPermanentRedirect)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
