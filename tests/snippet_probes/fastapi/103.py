# run: python 103.py
# Probe: a FastAPI view returns 103 with its Link field. ASGI's http.response.start
# opens the one final response, and no 200 can follow it.
import uvicorn
from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/dashboard")
def dashboard():
    return Response(status_code=103, headers={"Link": "</assets/app.css>; rel=preload; as=style"})


uvicorn.run(app, host="127.0.0.1", port=8000)
