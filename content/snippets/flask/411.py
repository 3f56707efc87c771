# run: python 411.py
from flask import Flask, request

app = Flask(__name__)


@app.post("/v1/jobs/<int:job_id>/cancel")
def cancel(job_id):
    if request.content_length is None:
        return "Send Content-Length (0 for no content)", 411
    return "", 204


app.run(host="127.0.0.1", port=8000)
