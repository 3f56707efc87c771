# run: python 404.py
from flask import Flask, abort

app = Flask(__name__)


@app.get("/users/<int:user_id>")
def user(user_id):
    users = {1: "Ada"}
    if user_id not in users:
        abort(404)
    return {"id": user_id, "name": users[user_id]}


app.run(host="127.0.0.1", port=8000)
