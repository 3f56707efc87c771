# run: python 504.py
import socket
from urllib.request import urlopen

import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()
upstream = socket.create_server(("127.0.0.1", 0))  # accepts, never answers


@app.get("/reports/annual")
def report(year: int):
    try:
        return urlopen(f"http://127.0.0.1:{upstream.getsockname()[1]}/", timeout=1).read()
    except TimeoutError:
        raise HTTPException(status.HTTP_504_GATEWAY_TIMEOUT, "The upstream server did not answer in time")


uvicorn.run(app, host="127.0.0.1", port=8000)
