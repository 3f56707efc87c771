// run: go run 301.go
package main

import (
	"net/http"
	"path"
)

func main() {
	http.HandleFunc("/blog/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "max-age=86400")
		http.Redirect(w, r, "https://blog.example.com/posts/"+path.Base(r.URL.Path), http.StatusMovedPermanently)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
