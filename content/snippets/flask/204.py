# run: python 204.py
from flask import Flask, request

app = Flask(__name__)


@app.put("/api/notes/<int:note_id>")
def save_note(note_id):
    note = request.get_json()  # save it; there is nothing to send back
    return "", 204, {"ETag": f'"n{note_id}-v7"'}


app.run(host="127.0.0.1", port=8000)
