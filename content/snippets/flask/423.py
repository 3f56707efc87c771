# run: python 423.py
from flask import Flask

app = Flask(__name__)


@app.delete("/projects/<name>")
def delete_file(name):
    locked = True  # someone holds a WebDAV lock on it
    if locked:
        xml = '<?xml version="1.0"?><d:error xmlns:d="DAV:"><d:lock-token-submitted/></d:error>'
        return xml, 423, {"Content-Type": 'application/xml; charset="utf-8"'}
    return "", 204


app.run(host="127.0.0.1", port=8000)
