# run: python 511.py
from flask import Flask

app = Flask(__name__)


@app.get("/<path:page>")
def portal(page):
    # captive portal: nothing gets through before the user signs in
    html = '<a href="https://login.example.net/">Sign in to use this network</a>'
    return html, 511


app.run(host="127.0.0.1", port=8000)
