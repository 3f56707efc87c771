# run: python 507.py
from flask import Flask, request

app = Flask(__name__)


@app.put("/remote.php/dav/files/<user>/<name>")
def upload(user, name):
    quota_left = 500 * 1024 * 1024  # bytes this user may still store
    if request.content_length > quota_left:
        return "Not enough storage for this file", 507
    return "", 201


app.run(host="127.0.0.1", port=8000)
