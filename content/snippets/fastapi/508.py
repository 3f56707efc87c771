# run: python 508.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.api_route("/Coll/", methods=["PROPFIND"])
def propfind():
    # Depth: infinity met a binding that leads back to /Coll/
    raise HTTPException(status.HTTP_508_LOOP_DETECTED, "Loop found under /Coll/")


uvicorn.run(app, host="127.0.0.1", port=8000)
