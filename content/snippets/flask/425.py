# run: python 425.py
from flask import Flask, request

app = Flask(__name__)


@app.post("/v1/payments")
def pay():
    if request.headers.get("Early-Data") == "1":
        return "Sent in TLS early data; send it again after the handshake", 425
    return {}, 201


app.run(host="127.0.0.1", port=8000)
