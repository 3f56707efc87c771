# run: python 408.py
from flask import Flask, request
from werkzeug.exceptions import ClientDisconnected
from werkzeug.serving import WSGIRequestHandler

app = Flask(__name__)


@app.put("/uploads/<name>")
def upload(name):
    try:
        request.stream.read()  # the upload stops arriving
    except ClientDisconnected:  # no byte came within the timeout
        return "The upload did not arrive in time", 408, {"Connection": "close"}
    return "", 204


WSGIRequestHandler.timeout = 1  # seconds to wait for each read of the request
app.run(host="127.0.0.1", port=8000)
