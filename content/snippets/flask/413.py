# run: python 413.py
from flask import Flask, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 100 * 1024 * 1024


@app.post("/v1/videos")
def upload_video():
    request.get_data()  # over MAX_CONTENT_LENGTH: Flask answers 413
    return "", 201


app.run(host="127.0.0.1", port=8000)
