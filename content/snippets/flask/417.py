# run: python 417.py
from flask import Flask, request

app = Flask(__name__)


@app.put("/backups/<name>")
def backup(name):
    # this server cannot promise to take uploads this big before reading them
    if request.headers.get("Expect", "").lower() == "100-continue" and request.content_length > 2**30:
        return "Send it without Expect, in smaller parts", 417
    return "", 201


app.run(host="127.0.0.1", port=8000)
