# run: python 429.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.get("/v1/search")
def search(q: str):
    used, limit = 100, 100  # requests this minute, from your rate limiter
    if used >= limit:
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, "Too many requests", {"Retry-After": "30"})
    return {"results": []}


uvicorn.run(app, host="127.0.0.1", port=8000)
