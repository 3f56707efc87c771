# run: python 431.py
from flask import Flask, request

app = Flask(__name__)


@app.before_request
def limit_cookies():
    if len(request.headers.get("Cookie", "")) > 48:  # a low limit, to show it
        return "Your cookies are too large; clear them for this site", 431, {"Connection": "close"}


@app.get("/account")
def account():
    return "Your account"


app.run(host="127.0.0.1", port=8000)
