# run: python 425.py
import uvicorn
from fastapi import FastAPI, Header, HTTPException, status

app = FastAPI()


@app.post("/v1/payments")
def pay(early_data: str = Header("")):
    if early_data == "1":
        raise HTTPException(status.HTTP_425_TOO_EARLY, "Sent in TLS early data; send it after the handshake")
    return {"paid": True}


uvicorn.run(app, host="127.0.0.1", port=8000)
