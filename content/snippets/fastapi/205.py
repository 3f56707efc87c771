# run: python 205.py
import uvicorn
from fastapi import FastAPI, Request, Response, status

app = FastAPI()


@app.post("/timesheet/entries")
def add_entry(request: Request):
    # saved; the form should be cleared for the next entry
    return Response(status_code=status.HTTP_205_RESET_CONTENT)


uvicorn.run(app, host="127.0.0.1", port=8000)
