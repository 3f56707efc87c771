# run: python 421.py
from flask import Flask, request

app = Flask(__name__)


@app.get("/img/<name>")
def image(name):
    if request.host != "www.example.com":
        return f"This connection does not serve {request.host}. Reconnect.", 421
    return b"PNG..."


app.run(host="127.0.0.1", port=8000)
