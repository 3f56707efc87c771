# run: python 205.py
from flask import Flask, request

app = Flask(__name__)


@app.post("/timesheet/entries")
def add_entry():
    entry = request.form  # saved; the form should be cleared for the next one
    return "", 205


app.run(host="127.0.0.1", port=8000)
