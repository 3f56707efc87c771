# run: python 426.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.get("/live/scores")
def scores():
    headers = {"Upgrade": "websocket", "Connection": "Upgrade"}
    raise HTTPException(status.HTTP_426_UPGRADE_REQUIRED, "This endpoint only speaks WebSocket", headers)


uvicorn.run(app, host="127.0.0.1", port=8000)
