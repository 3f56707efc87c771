# run: python 200.py
import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/api/orders/{order_id}")
def order(order_id: int):
    order = {"id": order_id, "status": "shipped"}
    return JSONResponse(order, status_code=status.HTTP_200_OK, headers={"ETag": '"a3f9c2"'})


uvicorn.run(app, host="127.0.0.1", port=8000)
