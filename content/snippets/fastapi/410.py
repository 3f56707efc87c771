# run: python 410.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.get("/v1/weather")
def weather():
    # this API version was retired for good
    raise HTTPException(status.HTTP_410_GONE, "v1 is retired; use /v2/weather")


uvicorn.run(app, host="127.0.0.1", port=8000)
