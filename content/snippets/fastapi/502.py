# run: python 502.py
from urllib.request import urlopen

import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.get("/dashboard")
def dashboard():
    try:
        return urlopen("http://127.0.0.1:9/dashboard", timeout=5).read()
    except OSError:  # the upstream refused or answered nonsense
        raise HTTPException(status.HTTP_502_BAD_GATEWAY, "The upstream server failed")


uvicorn.run(app, host="127.0.0.1", port=8000)
