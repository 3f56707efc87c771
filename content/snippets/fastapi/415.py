# run: python 415.py
import uvicorn
from fastapi import FastAPI, HTTPException, Request, status

app = FastAPI()


@app.post("/v1/orders")
async def create_order(request: Request):
    if request.headers.get("content-type") != "application/json":
        headers = {"Accept": "application/json"}
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "Send JSON", headers)
    return await request.json()


uvicorn.run(app, host="127.0.0.1", port=8000)
