// run: go run 101.go
package main

import (
	"crypto/sha1"
	"encoding/base64"
	"net/http"
)

func main() {
	http.HandleFunc("/chat", func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("Sec-WebSocket-Key") + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
		sum := sha1.Sum([]byte(key))
		// WriteHeader(101) would only send an interim 101; take over the connection instead
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		buf.WriteString("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
			"Sec-WebSocket-Accept: " + base64.StdEncoding.EncodeToString(sum[:]) + "\r\n\r\n")
		buf.Flush()
		_ = conn // from here on conn carries WebSocket frames (a library reads them)
	})
	http.ListenAndServe("127.0.0.1:8000", nil)
}
