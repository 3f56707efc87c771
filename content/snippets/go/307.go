// run: go run 307.go
package main

import "net/http"

func main() {
	http.HandleFunc("/v1/payments", func(w http.ResponseWriter, r *http.Request) {
		// 307 keeps the method and body: the client repeats its POST there
		http.Redirect(w, r, "https://api-eu2.example.com/v1/payments", http.StatusTemporaryRedirect)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
