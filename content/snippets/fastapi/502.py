# run: python 502.py
from urllib.error import HTTPError
from urllib.request import urlopen

import uvicorn
from fastapi import FastAPI, HTTPException, Response, status

app = FastAPI()


@app.get("/dashboard")
def dashboard():
    try:
        return urlopen("http://127.0.0.1:9/dashboard", timeout=5).read()
    except HTTPError as error:  # a valid answer, a 404 or a 500 too: pass it on
        return Response(error.read(), error.code)
    except OSError:  # the upstream refused, timed out or answered nonsense
        raise HTTPException(status.HTTP_502_BAD_GATEWAY, "The upstream server failed")


uvicorn.run(app, host="127.0.0.1", port=8000)
