# run: python 412.py
from flask import Flask, request

app = Flask(__name__)


@app.put("/docs/<name>")
def save_doc(name):
    current = '"v42"'
    if request.if_match and not request.if_match.contains_raw(current):
        return {"title": "The document changed since you read it"}, 412, {"ETag": current}
    return "", 204, {"ETag": '"v43"'}


app.run(host="127.0.0.1", port=8000)
