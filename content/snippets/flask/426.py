# run: python 426.py
from flask import Flask

app = Flask(__name__)


@app.get("/live/scores")
def scores():
    return "This endpoint only speaks WebSocket", 426, {"Upgrade": "websocket", "Connection": "Upgrade"}


app.run(host="127.0.0.1", port=8000)
