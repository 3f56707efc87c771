# run: python 506.py
from flask import Flask

app = Flask(__name__)


@app.get("/docs/manual")
def manual():
    # the variant chosen for this request is itself set up to negotiate: a loop
    return "Server misconfigured: the chosen variant negotiates too", 506


app.run(host="127.0.0.1", port=8000)
