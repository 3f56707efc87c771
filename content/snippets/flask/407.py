# run: python 407.py
from flask import Flask, request

app = Flask(__name__)


@app.before_request
def proxy_login():
    if "Proxy-Authorization" not in request.headers:
        return "Proxy login required", 407, {"Proxy-Authenticate": 'Basic realm="proxy"'}


app.run(host="127.0.0.1", port=8000)
