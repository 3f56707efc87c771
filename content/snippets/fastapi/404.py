# run: python 404.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.get("/users/{user_id}")
def user(user_id: int):
    users = {1: "Ada"}
    if user_id not in users:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such user")
    return {"id": user_id, "name": users[user_id]}


uvicorn.run(app, host="127.0.0.1", port=8000)
