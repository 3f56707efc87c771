# run: python 409.py
from flask import Flask, request

app = Flask(__name__)


@app.post("/users")
def create_user():
    taken = {"ada@example.com"}
    if request.get_json()["email"] in taken:
        return {"title": "That email address is already registered"}, 409
    return {}, 201


app.run(host="127.0.0.1", port=8000)
