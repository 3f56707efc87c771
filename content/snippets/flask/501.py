# run: python 501.py
from flask import Flask, abort, request

app = Flask(__name__)


@app.before_request
def known_methods():
    if request.method not in ("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"):
        abort(501)  # PURGE and other methods this server does not implement


app.run(host="127.0.0.1", port=8000)
