# run: python 301.py
import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/blog/{year}/{slug}")
def old_post(year: int, slug: str):
    return RedirectResponse(f"https://blog.example.com/posts/{slug}", status.HTTP_301_MOVED_PERMANENTLY)


uvicorn.run(app, host="127.0.0.1", port=8000)
