# run: python 408.py
import asyncio

import uvicorn
from fastapi import FastAPI, HTTPException, Request, Response, status

app = FastAPI()


@app.put("/uploads/{name}")
async def upload(name: str, request: Request):
    try:
        await asyncio.wait_for(request.body(), timeout=1)  # the upload stops arriving
    except TimeoutError:
        headers = {"Connection": "close"}
        raise HTTPException(status.HTTP_408_REQUEST_TIMEOUT, "The upload did not arrive in time", headers)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


uvicorn.run(app, host="127.0.0.1", port=8000)
