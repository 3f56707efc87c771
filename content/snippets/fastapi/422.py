# run: python 422.py
import uvicorn
from fastapi import FastAPI, HTTPException, status
from pydantic import BaseModel

app = FastAPI()


class Event(BaseModel):
    title: str
    starts: str
    ends: str


@app.post("/v1/events")
def create_event(event: Event):
    # a body that does not match Event gets 422 from FastAPI itself
    if event.ends < event.starts:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "ends is before starts")
    return event


uvicorn.run(app, host="127.0.0.1", port=8000)
