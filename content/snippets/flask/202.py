# run: python 202.py
from flask import Flask

app = Flask(__name__)


@app.post("/api/exports")
def start_export():
    job = 77  # queued; a worker does the export later
    return {"job": job, "status": "queued"}, 202, {"Location": f"/api/exports/jobs/{job}"}


app.run(host="127.0.0.1", port=8000)
