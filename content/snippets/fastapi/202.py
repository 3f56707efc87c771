# run: python 202.py
import uvicorn
from fastapi import FastAPI, Response, status

app = FastAPI()


@app.post("/api/exports", status_code=status.HTTP_202_ACCEPTED)
def start_export(export: dict, response: Response):
    job = 77  # queued; a worker does the export later
    response.headers["Location"] = f"/api/exports/jobs/{job}"
    return {"job": job, "status": "queued"}


uvicorn.run(app, host="127.0.0.1", port=8000)
