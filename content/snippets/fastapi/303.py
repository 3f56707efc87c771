# run: python 303.py
import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/orders")
def place_order():
    # saved; show the new order
    return RedirectResponse("/orders/1042", status.HTTP_303_SEE_OTHER)


uvicorn.run(app, host="127.0.0.1", port=8000)
