# run: python 307.py
from flask import Flask, redirect

app = Flask(__name__)


@app.post("/v1/payments")
def payments():
    # this region is being drained: repeat the same POST there
    return redirect("https://api-eu2.example.com/v1/payments", 307)


app.run(host="127.0.0.1", port=8000)
