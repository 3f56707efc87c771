# run: python 401.py
from flask import Flask, request

app = Flask(__name__)


@app.get("/v1/invoices")
def invoices():
    if request.headers.get("Authorization") != "Bearer valid-token":
        challenge = 'Bearer realm="api", error="invalid_token"'
        return {"title": "The access token is missing or expired"}, 401, {"WWW-Authenticate": challenge}
    return {"invoices": []}


app.run(host="127.0.0.1", port=8000)
