# run: python 417.py
import uvicorn
from fastapi import FastAPI, Header, HTTPException, Response, status

app = FastAPI()


@app.put("/backups/{name}")
def backup(name: str, expect: str = Header(""), content_length: int = Header(0)):
    # this server cannot promise to take uploads this big before reading them
    if expect.lower() == "100-continue" and content_length > 2**30:
        raise HTTPException(status.HTTP_417_EXPECTATION_FAILED, "Send it without Expect, in parts")
    return Response(status_code=status.HTTP_201_CREATED)


uvicorn.run(app, host="127.0.0.1", port=8000)
