# run: python 302.py
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.get("/account/settings")
def settings():
    # not signed in: send the browser to the login page for now
    return redirect(url_for("login", next=request.path), 302)


@app.get("/login")
def login():
    return "Sign in"


app.run(host="127.0.0.1", port=8000)
