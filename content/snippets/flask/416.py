# run: python 416.py
import io

from flask import Flask, send_file

app = Flask(__name__)
ISO = bytes(1048576)  # stands for the file on disk


@app.get("/downloads/debian-12.iso")
def iso():
    # a Range past the end gets 416 with Content-Range: bytes */<length>
    return send_file(io.BytesIO(ISO), mimetype="application/octet-stream", conditional=True)


app.run(host="127.0.0.1", port=8000)
