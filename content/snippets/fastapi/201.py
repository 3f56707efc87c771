# run: python 201.py
import uvicorn
from fastapi import FastAPI, Response, status

app = FastAPI()


@app.post("/api/orders", status_code=status.HTTP_201_CREATED)
def create_order(order: dict, response: Response):
    order["id"] = 1043
    response.headers["Location"] = app.url_path_for("order", order_id=1043)
    return order


@app.get("/api/orders/{order_id}")
def order(order_id: int):
    return {"id": order_id}


uvicorn.run(app, host="127.0.0.1", port=8000)
