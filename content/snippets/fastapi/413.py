# run: python 413.py
import uvicorn
from fastapi import FastAPI, Header, HTTPException, Response, status

app = FastAPI()


@app.post("/v1/videos")
def upload_video(content_length: int = Header()):
    if content_length > 100 * 1024 * 1024:  # checked before reading the body
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "Videos can be at most 100 MB")
    return Response(status_code=status.HTTP_201_CREATED)


uvicorn.run(app, host="127.0.0.1", port=8000)
