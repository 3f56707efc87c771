# run: python 422.py
from flask import Flask, request

app = Flask(__name__)


@app.post("/v1/events")
def create_event():
    event = request.get_json()  # well-formed JSON, but its dates disagree
    if event["ends"] < event["starts"]:
        return {"title": "ends is before starts"}, 422
    return event, 201


app.run(host="127.0.0.1", port=8000)
