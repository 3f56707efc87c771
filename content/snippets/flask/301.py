# run: python 301.py
from flask import Flask, redirect

app = Flask(__name__)


@app.get("/blog/<int:year>/<slug>")
def old_post(year, slug):
    return redirect(f"https://blog.example.com/posts/{slug}", 301)


app.run(host="127.0.0.1", port=8000)
