# run: python 400.py
import json

import uvicorn
from fastapi import FastAPI, HTTPException, Request, status

app = FastAPI()


@app.post("/orders")
async def place_order(request: Request):
    try:
        order = json.loads(await request.body())
    except ValueError:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "The body is not valid JSON")
    return order


uvicorn.run(app, host="127.0.0.1", port=8000)
