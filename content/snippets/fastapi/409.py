# run: python 409.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.post("/users")
def create_user(user: dict):
    taken = {"ada@example.com"}
    if user["email"] in taken:
        raise HTTPException(status.HTTP_409_CONFLICT, "That email address is already registered")
    return user


uvicorn.run(app, host="127.0.0.1", port=8000)
