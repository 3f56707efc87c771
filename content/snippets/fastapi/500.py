# run: python 500.py
import uvicorn
from fastapi import FastAPI

app = FastAPI()


@app.post("/orders")
def place_order():
    raise RuntimeError("database down")  # FastAPI answers 500


uvicorn.run(app, host="127.0.0.1", port=8000)
