# run: python 507.py
import uvicorn
from fastapi import FastAPI, Header, HTTPException, Response, status

app = FastAPI()


@app.put("/remote.php/dav/files/{user}/{name}")
def upload(user: str, name: str, content_length: int = Header()):
    quota_left = 500 * 1024 * 1024  # bytes this user may still store
    if content_length > quota_left:
        raise HTTPException(status.HTTP_507_INSUFFICIENT_STORAGE, "Not enough storage for this file")
    return Response(status_code=status.HTTP_201_CREATED)


uvicorn.run(app, host="127.0.0.1", port=8000)
