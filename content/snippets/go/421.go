// run: go run 421.go
package main

import "net/http"

func main() {
	http.HandleFunc("/img/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusMisdirectedRequest)
		w.Write([]byte(`This server does not serve static.example.com.`))
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
