# run: python 403.py
from flask import Flask, abort

app = Flask(__name__)


@app.delete("/projects/<int:project_id>")
def delete_project(project_id):
    # the token is valid, but this user is not an owner of the project
    abort(403)


app.run(host="127.0.0.1", port=8000)
