# run: python 206.py
import io

from flask import Flask, send_file

app = Flask(__name__)
VIDEO = bytes(73400320)  # stands for the file on disk


@app.get("/media/keynote.mp4")
def keynote():
    # send_file answers a Range request with 206 and Content-Range
    video = io.BytesIO(VIDEO)
    response = send_file(video, mimetype="video/mp4", etag="kn-2026-v3", conditional=True)
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response


app.run(host="127.0.0.1", port=8000)
