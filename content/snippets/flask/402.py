# run: python 402.py
from flask import Flask

app = Flask(__name__)


@app.post("/v1/reports")
def create_report():
    credits = 0  # the account's balance
    if credits < 1:
        return {"title": "Your plan has no report credits left"}, 402
    return {"report": 1}, 201


app.run(host="127.0.0.1", port=8000)
